import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/fixtures/**", "node_modules/**"],
    // Build tests run a whole Astro build; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
