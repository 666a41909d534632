import { defineConfig } from "vitest/config";

/** Tests that run a whole `astro build`: the build project, apart from the quick unit tests. */
const BUILD_TESTS = ["test/build/**/*.test.ts", "test/scripts/build.test.ts"];

export default defineConfig({
  test: {
    // Build tests run a whole Astro build; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          // test/browser runs real Chromium against full builds: npm run test:browser (vitest.browser.config.ts).
          exclude: [...BUILD_TESTS, "test/fixtures/**", "test/browser/**", "test/components/**", "node_modules/**"],
        },
      },
      // Builds the fixture site and the real site once each, then reads their HTML.
      { extends: true, test: { name: "build", include: BUILD_TESTS } },
      // .astro components need Astro's Vite plugins, so they run under getViteConfig.
      "test/components/vitest.config.ts",
    ],
  },
});
