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
import { createHash } from "node:crypto";
import { readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { cachedFolder } from "../lib/file-cache.ts";
import { compareText } from "../lib/compare.ts";
import {
  planSearchBundles,
  SEARCH_BUNDLE_PAGES,
  SEARCH_BUNDLES_FILE,
  searchBundleDir,
  type PlannedBundle,
  type PlannedPage,
  type SearchBundles,
} from "../lib/search.ts";

/** What the middleware sees of the index while pages are rendered. */
export interface SearchCollector {
  /**
   * Sends one rendered page; `url` is site-relative (no base path), e.g. "/tin-tuc/bai/".
   * Resolves at once, or, when Pagefind has fallen behind, once it has caught up.
   */
  add(url: string, html: string): Promise<void>;
  /** Sets the stable bundles (src/lib/search.ts) before the first page comes. */
  plan(lists: PlannedPage[][]): void;
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
  /** Pages handed to Pagefind and not yet taken before add() makes the renderer wait (default MAX_PAGES_IN_FLIGHT). */
  maxInFlight?: number;
  /**
   * Ends the Pagefind process once a bundle is written, so the next bundle
   * starts in a fresh one. Pagefind's process kept about 300 MB after writing
   * and deleting an index (measured with bundles of 1,000 and 2,000 pages):
   * only its exit gives that back.
   */
  restart?: () => Promise<void>;
  /**
   * Where bundles are kept between builds, by a hash of their pages: a bundle
   * whose pages are all as the last build indexed them is linked from there
   * instead of indexed again. None: every bundle is indexed.
   */
  cacheDir?: string;
}

interface Bundle {
  position: number;
  /** Pages it waits for; a bundle of unplanned pages fills up to perBundle. */
  size: number;
  pages: { url: string; html: string }[];
}

/**
 * Pages into bundles, each written to `<outDir>/<searchBundleDir(position)>`.
 * A page in the plan (planSearchBundles) goes to its planned bundle; others
 * fill bundles of `perBundle` in the order they arrive, numbered after the
 * planned ones. A bundle is indexed once all its pages have come, in URL
 * order, so the same pages always make the same bundle, and one bundle at a
 * time: Pagefind holds a bundle in memory until it is written.
 */
export class BundledSearchIndex implements SearchCollector {
  #plan: Map<string, PlannedBundle> | undefined;
  /** Planned bundles: unplanned ones are numbered after them. */
  #planned = 0;
  #open = new Map<number, Bundle>();
  #unplanned: Bundle | undefined;
  #nextUnplanned = 0;
  /** Each closed bundle's position and errors. */
  #closed: Promise<{ position: number; errors: string[] }>[] = [];
  /** Pagefind runs one bundle at a time: the end of the last one queued. */
  #turn: Promise<unknown> = Promise.resolve();
  #pages = 0;
  #reused = 0;
  /** Pages of closed bundles that Pagefind has not taken yet. */
  #queued = 0;
  /** Callers of add() waiting for Pagefind to catch up, first come first served. */
  #waiting: (() => void)[] = [];

  private readonly perBundle: number;
  private readonly maxInFlight: number;
  private readonly restart: (() => Promise<void>) | undefined;
  private readonly cacheDir: string | undefined;

  constructor(
    private readonly createIndex: () => Promise<PagefindIndex>,
    private readonly outDir: string,
    options: BundledSearchIndexOptions = {},
  ) {
    this.perBundle = options.perBundle ?? SEARCH_BUNDLE_PAGES;
    this.maxInFlight = options.maxInFlight ?? MAX_PAGES_IN_FLIGHT;
    this.restart = options.restart;
    this.cacheDir = options.cacheDir;
    if (!Number.isInteger(this.perBundle) || this.perBundle < 1) {
      throw new Error(`Pages per search bundle must be a whole number above 0, not ${this.perBundle}`);
    }
  }

  plan(lists: PlannedPage[][]): void {
    if (this.#pages > 0) throw new Error("The search plan must be set before the first page");
    this.#plan = planSearchBundles(lists, this.perBundle);
    // A loop, not Math.max(...spread): a spread of one value a page overflows the call stack on a large archive.
    this.#planned = 0;
    for (const { position } of this.#plan.values()) this.#planned = Math.max(this.#planned, position + 1);
  }

  add(url: string, html: string): Promise<void> {
    this.#pages++;
    const planned = this.#plan?.get(url);
    let bundle: Bundle;
    if (planned) {
      bundle = this.#open.get(planned.position) ?? { position: planned.position, size: planned.size, pages: [] };
      this.#open.set(planned.position, bundle);
    } else {
      bundle = this.#unplanned ??= { position: this.#planned + this.#nextUnplanned++, size: this.perBundle, pages: [] };
    }
    bundle.pages.push({ url, html });
    if (bundle.pages.length >= bundle.size) this.#close(bundle);
    if (this.#queued <= this.maxInFlight) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #close(bundle: Bundle): void {
    this.#open.delete(bundle.position);
    if (this.#unplanned === bundle) this.#unplanned = undefined;
    this.#queued += bundle.pages.length;
    this.#closed.push(this.#index(bundle).then((errors) => ({ position: bundle.position, errors })));
  }

  #taken(pages: number): void {
    this.#queued -= pages;
    while (this.#waiting.length > 0 && this.#queued <= this.maxInFlight) this.#waiting.shift()?.();
  }

  /** Never rejects: a failure is reported as errors, once, by finish(). */
  async #index(bundle: Bundle): Promise<string[]> {
    const pages = bundle.pages.sort((a, b) => compareText(a.url, b.url));
    const target = path.join(this.outDir, searchBundleDir(bundle.position));
    const errors: string[] = [];
    let untaken = pages.length;
    const take = (n: number) => {
      untaken -= n;
      this.#taken(n);
    };
    const write = async (outputPath: string) => {
      const run = this.#turn.then(() => this.#runPagefind(pages, outputPath, take));
      this.#turn = run.catch(() => undefined);
      errors.push(...(await run));
      if (errors.length > 0) throw new Error(errors.join("; "));
    };
    try {
      if (this.cacheDir) {
        const hash = createHash("sha256");
        for (const page of pages) hash.update(`${page.url}\0${page.html}\0`);
        if (await cachedFolder(this.cacheDir, hash.digest("hex"), target, write)) this.#reused++;
      } else {
        await write(target);
      }
      return errors;
    } catch (error) {
      return errors.length > 0 ? errors : [String(error)];
    } finally {
      // Whatever happened, the renderer must not wait for these pages any more.
      take(untaken);
    }
  }

  /** One bundle through a Pagefind index of its own; returns the errors. Pages count as taken as Pagefind takes them. */
  async #runPagefind(pages: Bundle["pages"], outputPath: string, take: (n: number) => void): Promise<string[]> {
    let index: PagefindIndex;
    try {
      index = await this.createIndex();
    } catch (error) {
      return [String(error)];
    }
    try {
      const added = await Promise.all(
        pages.map(({ url, html }) =>
          index
            .addHTMLFile({ url, content: html })
            .then(
              (result) => result.errors.map((e) => `${url}: ${e}`),
              (error: unknown) => [`${url}: ${String(error)}`],
            )
            .finally(() => take(1)),
        ),
      );
      const errors = added.flat();
      if (errors.length === 0) {
        errors.push(...(await index.writeFiles({ outputPath })).errors);
        if (errors.length === 0) await removeReadyMadeUis(outputPath);
      }
      await index.deleteIndex();
      return errors;
    } catch (error) {
      return [String(error)];
    } finally {
      await this.restart?.();
    }
  }

  /**
   * Indexes the bundles still open, then writes the list of bundles to merge;
   * throws if any page or bundle failed. Returns how many pages and bundles
   * were written, and how many bundles were reused from the last build.
   */
  async finish(): Promise<{ pages: number; bundles: number; reused: number }> {
    for (const bundle of [...this.#open.values(), ...(this.#unplanned ? [this.#unplanned] : [])]) {
      if (bundle.pages.length > 0) this.#close(bundle);
    }
    const closed = (await Promise.all(this.#closed)).sort((a, b) => a.position - b.position);
    const errors = closed.flatMap((c) => c.errors);
    if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join("; ")}`);
    if (closed.length > 0) {
      // A planned bundle whose pages never came was not written: the first written one becomes pagefind/.
      const dirs = closed.map((c) => searchBundleDir(c.position));
      if (dirs[0] !== searchBundleDir(0)) {
        await rename(path.join(this.outDir, dirs[0]), path.join(this.outDir, searchBundleDir(0)));
        dirs[0] = searchBundleDir(0);
      }
      await writeBundleList(this.outDir, dirs);
    }
    return { pages: this.#pages, bundles: closed.length, reused: this.#reused };
  }
}

/** The search page reads which bundles to merge from the first one. */
async function writeBundleList(outDir: string, dirs: string[]): Promise<void> {
  const list: SearchBundles = { merge: dirs.slice(1) };
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
  /** Where bundles are kept between builds (BundledSearchIndexOptions.cacheDir). */
  cacheDir?: string;
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
          cacheDir: options.cacheDir,
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
          const finished = await collector.finish();
          let { pages, bundles } = finished;
          const during = pages > 0;
          if (!during) {
            const index = await createIndex();
            const read = await index.addDirectory({ path: outDir });
            const written = await index.writeFiles({ outputPath: path.join(outDir, searchBundleDir(0)) });
            const errors = [...read.errors, ...written.errors];
            if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join("; ")}`);
            await writeBundleList(outDir, [searchBundleDir(0)]);
            await removeReadyMadeUis(path.join(outDir, searchBundleDir(0)));
            pages = read.page_count;
            bundles = 1;
          }
          const how = during ? `while rendering, ${finished.reused} reused from the last build` : "from dist/";
          logger.info(`search index: ${pages} pages in ${bundles} bundle(s), ${how}`);
        } finally {
          await stop();
        }
      },
    },
  };
}
