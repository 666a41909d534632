/**
 * Builds the Pagefind search index inside `astro build`, so every pipeline
 * that builds the site (npm run build, CI, a fixture build in a test) ships a
 * working search without a separate command to forget.
 *
 * Pagefind runs as its own process. Reading the finished `dist/` at the end
 * left the machine's second core idle for the whole render and then made the
 * build wait (~50 s of CPU at 10,000 articles). Instead, src/middleware.ts
 * hands each indexed page to Pagefind as soon as Astro has rendered it, so
 * Pagefind works while Astro renders the next pages; at the end only the
 * index files are written. Should the middleware never run (a prerenderer in
 * another process, say), the index is built from `dist/` as before.
 * Only elements marked data-pagefind-body (articles and campaigns) are indexed.
 */
import { fileURLToPath } from "node:url";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import type { PagefindIndex } from "pagefind";

/** What the middleware sees of the index while pages are rendered. */
export interface SearchCollector {
  /** Queues one rendered page; `url` is site-relative (no base path), e.g. "/tin-tuc/bai/". */
  add(url: string, html: string): void;
}

/**
 * Where the integration leaves the collector for the middleware: both run in
 * Astro's process but reach it through different module graphs (the config's
 * and the build's), so a module-level variable would not be shared.
 */
const KEY = Symbol.for("giot-hong.search-index");
const registry = globalThis as { [KEY]?: SearchCollector };

/** The collector of the build in progress, if any (none in `astro dev`). */
export function searchCollector(): SearchCollector | undefined {
  return registry[KEY];
}

/** Only pages that mark content for the index are worth sending. */
export function isIndexedPage(html: string): boolean {
  return html.includes("data-pagefind-body");
}

export function searchIndex(): AstroIntegration {
  let pagefind: typeof import("pagefind") | undefined;
  let index: PagefindIndex | undefined;
  const pending: Promise<{ errors: string[] }>[] = [];

  const stop = async () => {
    delete registry[KEY];
    await pagefind?.close();
    pagefind = undefined;
    index = undefined;
  };

  return {
    name: "giot-hong-search-index",
    hooks: {
      "astro:build:start": async () => {
        pagefind = await import("pagefind");
        const created = await pagefind.createIndex({ forceLanguage: "vi" });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
        const started = created.index;
        index = started;
        const collector: SearchCollector = {
          add: (url, html) =>
            void pending.push(
              started
                .addHTMLFile({ url, content: html })
                .catch((error: unknown) => ({ errors: [`${url}: ${String(error)}`] })),
            ),
        };
        registry[KEY] = collector;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          if (!index) throw new Error("Pagefind was not started");
          const added = await Promise.all(pending);
          const errors = added.flatMap((a) => a.errors);
          let pages = added.length;
          if (pages === 0) {
            const read = await index.addDirectory({ path: outDir });
            errors.push(...read.errors);
            pages = read.page_count;
          }
          if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join("; ")}`);
          // The site has its own search page (src/scripts/search.ts); Pagefind's ready-made UIs are dead weight.
          const bundle = path.join(outDir, "pagefind");
          for (const file of await readdir(bundle)) {
            if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) await rm(path.join(bundle, file));
          }
          logger.info(`search index: ${pages} pages indexed${added.length > 0 ? " while rendering" : " from dist/"}`);
        } finally {
          pending.length = 0;
          await stop();
        }
      },
    },
  };
}
