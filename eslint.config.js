import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";

export default [
  {
    ignores: [
      "dist/",
      "dist.building/",
      "dist.previous/",
      ".astro/",
      "node_modules/",
      "test-output/",
      "test/fixtures/**/dist/",
      // Content written by comms staff: the content check (npm run check) is its gate.
      "src/content/",
      "data/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
];
