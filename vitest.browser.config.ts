import { defineConfig } from "vitest/config";

/**
 * The browser tests (npm run test:browser): real Chromium against real
 * builds. Kept apart from the unit tests because each file builds a site.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    // One site at a time: a build and a browser already fill a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
