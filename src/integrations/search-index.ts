/**
 * Builds the Pagefind search index as the last step of `astro build`, so
 * every pipeline that builds the site (npm run build, CI, a fixture build in a
 * test) ships a working search without a separate command to forget.
 * Only elements marked data-pagefind-body (articles and campaigns) are indexed.
 */
import { fileURLToPath } from "node:url";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";

export function searchIndex(): AstroIntegration {
  return {
    name: "giot-hong-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pagefind = await import("pagefind");
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join("; ")}`);
          // The site has its own search page (src/scripts/search.ts); Pagefind's ready-made UIs are dead weight.
          const bundle = path.join(outDir, "pagefind");
          for (const file of await readdir(bundle)) {
            if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) await rm(path.join(bundle, file));
          }
          logger.info(`search index: ${added.page_count} HTML files read`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
