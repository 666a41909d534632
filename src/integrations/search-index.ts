/**
 * Builds the Pagefind search index of the finished site, as Starlight and
 * astro-pagefind do, so every pipeline that builds the site ships a working
 * search without a separate command to forget. Pagefind reads the written
 * pages from the output folder; only elements marked data-pagefind-body
 * (articles and campaigns) are indexed.
 *
 * Where it runs: a plain `astro build` (npm run build:site, the test builds)
 * indexes in Astro's astro:build:done hook below. npm run build and the
 * benchmark start Astro through scripts/build-site.ts, which sets
 * SEARCH_INDEX_AFTER_ASTRO and calls indexSite itself once Astro's process has
 * ended, so Astro's memory is returned before Pagefind's peak. Either way the
 * index is made by indexSite.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { SEARCH_INDEX_DIR } from "../lib/search.ts";

/** The site has its own search page (src/scripts/search.ts); Pagefind's ready-made UIs are dead weight. */
async function removeReadyMadeUis(dir: string): Promise<void> {
  for (const file of await readdir(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) await rm(path.join(dir, file));
  }
}

/** Indexes `siteDir` into `siteDir/pagefind/`; throws with Pagefind's own errors. Returns the number of HTML files read. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const read = await index.addDirectory({ path: siteDir });
    const outputPath = path.join(siteDir, SEARCH_INDEX_DIR);
    const written = read.errors.length === 0 ? await index.writeFiles({ outputPath }) : { errors: [] };
    const failed = [...read.errors, ...written.errors];
    if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join("; ")}`);
    await removeReadyMadeUis(outputPath);
    return read.page_count;
  } finally {
    // Pagefind runs as a process of its own: end it, so its memory goes back before the build ends.
    await pagefind.close();
  }
}

/** Set (to anything) by scripts/build-site.ts: the index is made after Astro exits, not in the hook. */
export const SEARCH_INDEX_AFTER_ASTRO = "GIOT_HONG_SEARCH_INDEX_AFTER_ASTRO";

export function searchIndex(): AstroIntegration {
  return {
    name: "giot-hong-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_ASTRO]) {
          logger.info("search index: made by scripts/build-site.ts once astro build ends");
          return;
        }
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`search index: ${pages} HTML files read`);
      },
    },
  };
}
