import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/sequencer.ts";

/** Tests that run a whole `astro build` or read one: the build project, apart from the quick unit tests. */
const BUILD_TESTS = ["test/build/**/*.test.ts", "test/scripts/build.test.ts"];

export default defineConfig({
  test: {
    // Build and browser tests wait for whole Astro builds; give them room on a busy 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // One file more than there are cores (vitest's default is one fewer): browser files spend much of their
    // time waiting on Chromium and the server, and any file may wait on a shared build.
    maxWorkers: availableParallelism() + 1,
    // Builds each site several files read once per run (test/support/sites.ts), when a file first asks.
    globalSetup: ["test/support/site-broker.ts"],
    // The longest files start first, whatever their project (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...BUILD_TESTS, "test/fixtures/**", "test/browser/**", "test/components/**", "node_modules/**"],
        },
      },
      // Read the shared builds of the fixture, real, held-out and ward sites; build what is theirs alone.
      { extends: true, test: { name: "build", include: BUILD_TESTS } },
      // Real Chromium against the shared builds (npm run test:browser runs this project alone). Pages in
      // describe.concurrent blocks run three at a time; a test's limit leaves room for a machine busy with others.
      {
        extends: true,
        test: { name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 120_000, maxConcurrency: 3 },
      },
      // .astro components need Astro's Vite plugins, so they run under getViteConfig.
      "test/components/vitest.config.ts",
    ],
  },
});
