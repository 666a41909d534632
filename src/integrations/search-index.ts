/**
 * Builds the Pagefind search index inside `astro build`, so every pipeline
 * that builds the site (npm run build, CI, a fixture build in a test) ships a
 * working search without a separate command to forget.
 *
 * Pagefind runs as its own process. Reading the finished `dist/` at the end
 * left the machine's second core idle for the whole render and then made the
 * build wait (~50 s of CPU at 10,000 articles). Instead, src/middleware.ts
 * hands each indexed page to Pagefind as soon as Astro has rendered it, so
 * Pagefind works while Astro renders the next pages. Every SEARCH_BUNDLE_PAGES
 * pages the bundle so far is written and its Pagefind process ended; the next
 * bundle starts in a new one (src/lib/search.ts says why).
 * Should the middleware never run (a prerenderer in another process, say),
 * the index is built from `dist/` as before.
 * Only elements marked data-pagefind-body (articles and campaigns) are indexed.
 */
import { fileURLToPath } from "node:url";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { SEARCH_BUNDLE_PAGES, SEARCH_BUNDLES_FILE, searchBundleDir, type SearchBundles } from "../lib/search.ts";

/** What the middleware sees of the index while pages are rendered. */
export interface SearchCollector {
  /**
   * Sends one rendered page; `url` is site-relative (no base path), e.g. "/tin-tuc/bai/".
   * Resolves at once, or, when Pagefind has fallen behind, once it has caught up.
   */
  add(url: string, html: string): Promise<void>;
}

/**
 * Pages sent to Pagefind and not yet taken. Pagefind's client queues every
 * message in Node's memory without limit (about 10 KB a page), so past this
 * many the middleware waits, and the queue stays bounded at any size. While a
 * full bundle is written and its process replaced (a second or two), pages
 * for the next bundle queue up: with room for 32, Astro stopped rendering for
 * most of that time; 1,000 (about 10 MB) covers it. A 3,000-article rebuild
 * took 22.9 s instead of 26.9 to 28.6 s.
 */
export const MAX_PAGES_IN_FLIGHT = 1000;

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

export interface BundledSearchIndexOptions {
  /** Pages per bundle (default SEARCH_BUNDLE_PAGES). */
  perBundle?: number;
  /** Pages sent and not yet taken before add() makes the renderer wait (default MAX_PAGES_IN_FLIGHT). */
  maxInFlight?: number;
  /**
   * Ends the Pagefind process once a bundle is written, so the next bundle
   * starts in a fresh one. Pagefind's process kept about 300 MB after writing
   * and deleting an index (measured with bundles of 1,000 and 2,000 pages):
   * only its exit gives that back.
   */
  restart?: () => Promise<void>;
}

interface OpenBundle {
  number: number;
  index: Promise<PagefindIndex>;
  /** Each page's errors, once Pagefind has taken it. */
  added: Promise<string[]>[];
}

/**
 * Pages into bundles of at most `perBundle`, in the order they arrive. A full
 * bundle is written to `<outDir>/<searchBundleDir(n)>` and deleted from
 * Pagefind's memory while the next one fills.
 */
export class BundledSearchIndex implements SearchCollector {
  #open: OpenBundle | undefined;
  #written: Promise<string[]>[] = [];
  #pages = 0;
  #inFlight = 0;
  /** Callers of add() waiting for Pagefind to catch up, first come first served. */
  #waiting: (() => void)[] = [];

  private readonly perBundle: number;
  private readonly maxInFlight: number;
  private readonly restart: (() => Promise<void>) | undefined;

  constructor(
    private readonly createIndex: () => Promise<PagefindIndex>,
    private readonly outDir: string,
    options: BundledSearchIndexOptions = {},
  ) {
    this.perBundle = options.perBundle ?? SEARCH_BUNDLE_PAGES;
    this.maxInFlight = options.maxInFlight ?? MAX_PAGES_IN_FLIGHT;
    this.restart = options.restart;
    if (!Number.isInteger(this.perBundle) || this.perBundle < 1) {
      throw new Error(`Pages per search bundle must be a whole number above 0, not ${this.perBundle}`);
    }
  }

  add(url: string, html: string): Promise<void> {
    if (!this.#open || this.#open.added.length === this.perBundle) {
      const previous = this.#open && this.#write(this.#open);
      if (previous) this.#written.push(previous);
      // With a restart, the next bundle's pages wait (within maxInFlight) for the fresh process.
      const index = previous && this.restart ? previous.then(this.restart).then(this.createIndex) : this.createIndex();
      this.#open = { number: this.#written.length, index, added: [] };
    }
    this.#pages++;
    this.#inFlight++;
    this.#open.added.push(
      this.#open.index
        .then((index) => index.addHTMLFile({ url, content: html }))
        .then(
          (added) => added.errors.map((e) => `${url}: ${e}`),
          (error: unknown) => [`${url}: ${String(error)}`],
        )
        .finally(() => {
          this.#inFlight--;
          this.#waiting.shift()?.();
        }),
    );
    if (this.#inFlight <= this.maxInFlight) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Never rejects: a failure is reported as errors, once, by finish(). */
  async #write(bundle: OpenBundle): Promise<string[]> {
    try {
      const index = await bundle.index;
      const errors = (await Promise.all(bundle.added)).flat();
      if (errors.length === 0) {
        const outputPath = path.join(this.outDir, searchBundleDir(bundle.number));
        errors.push(...(await index.writeFiles({ outputPath })).errors);
      }
      await index.deleteIndex();
      return errors;
    } catch (error) {
      return [String(error)];
    }
  }

  /**
   * Writes the last bundle and the list of bundles to merge; throws if any
   * page or bundle failed. Returns how many pages and bundles were written.
   */
  async finish(): Promise<{ pages: number; bundles: number }> {
    if (this.#open) this.#written.push(this.#write(this.#open));
    this.#open = undefined;
    const errors = (await Promise.all(this.#written)).flat();
    if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join("; ")}`);
    const bundles = this.#written.length;
    if (bundles > 0) await writeBundleList(this.outDir, bundles);
    return { pages: this.#pages, bundles };
  }
}

/** The search page reads which bundles to merge from the first one. */
async function writeBundleList(outDir: string, bundles: number): Promise<void> {
  const list: SearchBundles = { merge: Array.from({ length: bundles - 1 }, (_, i) => searchBundleDir(i + 1)) };
  await writeFile(path.join(outDir, SEARCH_BUNDLES_FILE), JSON.stringify(list));
}

/** The site has its own search page (src/scripts/search.ts); Pagefind's ready-made UIs are dead weight. */
async function removeReadyMadeUis(bundle: string): Promise<void> {
  for (const file of await readdir(bundle)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) await rm(path.join(bundle, file));
  }
}

export interface SearchIndexOptions {
  /** Pages per bundle (default SEARCH_BUNDLE_PAGES); tests set it low to see bundles merged. */
  bundlePages?: number;
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let collector: BundledSearchIndex | undefined;
  let outDir = "";

  const createIndex = async (): Promise<PagefindIndex> => {
    const created = await pagefind.createIndex({ forceLanguage: "vi" });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    return created.index;
  };

  const stop = async () => {
    delete registry[KEY];
    await pagefind.close();
    collector = undefined;
  };

  return {
    name: "giot-hong-search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": async () => {
        collector = new BundledSearchIndex(createIndex, outDir, {
          perBundle: options.bundlePages,
          restart: async () => {
            await pagefind.close();
          },
        });
        registry[KEY] = collector;
      },
      "astro:build:done": async ({ dir, logger }) => {
        try {
          if (!collector) throw new Error("Pagefind was not started");
          // The bundles were written during rendering, to the outDir Astro announced then.
          if (path.resolve(fileURLToPath(dir)) !== path.resolve(outDir)) {
            throw new Error(`Pagefind wrote to ${outDir}, but the pages are in ${fileURLToPath(dir)}`);
          }
          let { pages, bundles } = await collector.finish();
          const during = pages > 0;
          if (!during) {
            const index = await createIndex();
            const read = await index.addDirectory({ path: outDir });
            const written = await index.writeFiles({ outputPath: path.join(outDir, searchBundleDir(0)) });
            const errors = [...read.errors, ...written.errors];
            if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join("; ")}`);
            await writeBundleList(outDir, 1);
            pages = read.page_count;
            bundles = 1;
          }
          for (let n = 0; n < bundles; n++) await removeReadyMadeUis(path.join(outDir, searchBundleDir(n)));
          logger.info(
            `search index: ${pages} pages in ${bundles} bundle(s), ${during ? "while rendering" : "from dist/"}`,
          );
        } finally {
          await stop();
        }
      },
    },
  };
}
