import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Component tests render .astro files with the container API, which needs
 * Astro's compiler and virtual modules: getViteConfig loads astro.config.mjs.
 */
export default getViteConfig(
  {
    root,
    test: {
      name: "components",
      root,
      include: ["test/components/**/*.test.ts"],
    },
  },
  { root },
);
