/**
 * Rendered pages kept between builds, so a rebuild after one new article does
 * not render 10,000 article pages again. A page is reused only when its key
 * (everything the page shows: its article, related and neighbouring articles,
 * campaigns, the chart data) and the build's code key (the site's source,
 * dependencies and settings) are both unchanged.
 *
 * All pages live in one pack file with a JSON index beside it, not a file per
 * page: 10,000 more files to create in every cold build, and on this VM's disk
 * creating one took up to ~1 ms of kernel time soon after many were removed
 * (docs/hieu-nang.md), about as much as the cache saves. Each build writes
 * a new pack (the pages it reused and the ones it rendered), which replaces the
 * old one only when the build succeeded, so the pack never grows with pages
 * that no longer exist and a failed build leaves the last good cache.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { hashKey } from "./file-cache.ts";

/** Where each page is in the pack: byte offset, byte length, the page's key. */
type Entry = [offset: number, length: number, key: string];

interface PackIndex {
  version: 1;
  code: string;
  pages: Record<string, Entry>;
}

const PACK = "pages.pack";
const INDEX = "pages.json";

export class PageCache {
  readonly #dir: string;
  readonly #code: string;
  #previous: Record<string, Entry> = {};
  #reader = -1;
  #writer = -1;
  #written = 0;
  #next: Record<string, Entry> = {};
  #reused = 0;
  #stored = 0;
  /** Set when the cache could not be written: the build goes on, only without keeping pages. */
  #broken = false;

  /** Opens the cache in `dir` for a build whose code has the key `code`; an unreadable cache is an empty one. */
  constructor(dir: string, code: string) {
    this.#dir = dir;
    this.#code = code;
    try {
      const index = JSON.parse(readFileSync(path.join(dir, INDEX), "utf8")) as PackIndex;
      if (index.version === 1 && index.code === code) {
        this.#reader = openSync(path.join(dir, PACK), "r");
        this.#previous = index.pages;
      }
    } catch {
      // No cache yet, or one from another layout: every page is rendered.
    }
  }

  /** The page at `pathname` from the last build, if its key is `key`. */
  get(pathname: string, key: string): string | undefined {
    const entry = this.#previous[pathname];
    if (!entry || entry[2] !== key || this.#reader < 0) return undefined;
    const bytes = Buffer.allocUnsafe(entry[1]);
    if (readSync(this.#reader, bytes, 0, entry[1], entry[0]) !== entry[1]) return undefined;
    this.#reused++;
    return bytes.toString("utf8");
  }

  /**
   * Keeps a page for the next build: one this build rendered, or one it
   * reused. A cache that cannot be written (read-only or full disk) only
   * costs the next build's reuse, never this build.
   */
  put(pathname: string, key: string, html: string): void {
    if (this.#broken) return;
    try {
      if (this.#writer < 0) {
        mkdirSync(this.#dir, { recursive: true });
        this.#writer = openSync(path.join(this.#dir, `${PACK}.part`), "w");
      }
      const bytes = Buffer.from(html, "utf8");
      writeSync(this.#writer, bytes, 0, bytes.length, this.#written);
      this.#next[pathname] = [this.#written, bytes.length, key];
      this.#written += bytes.length;
      this.#stored++;
    } catch {
      this.#broken = true;
      this.#dropWriter();
    }
  }

  /**
   * After a build that succeeded: the pages put in this build become the
   * cache. Returns how many pages were reused and how many kept.
   */
  commit(): { reused: number; kept: number } {
    this.#closeReader();
    if (this.#writer < 0) return { reused: this.#reused, kept: 0 };
    try {
      closeSync(this.#writer);
      this.#writer = -1;
      const index: PackIndex = { version: 1, code: this.#code, pages: this.#next };
      // The index names the pack it describes: write both aside, then move the pack before the index.
      const indexPart = path.join(this.#dir, `${INDEX}.part`);
      writeFileSync(indexPart, JSON.stringify(index));
      rmSync(path.join(this.#dir, INDEX), { force: true });
      renameSync(path.join(this.#dir, `${PACK}.part`), path.join(this.#dir, PACK));
      renameSync(indexPart, path.join(this.#dir, INDEX));
      return { reused: this.#reused, kept: this.#stored };
    } catch {
      // Without its index the pack is never read: the next build renders every page.
      quietly(() => rmSync(path.join(this.#dir, INDEX), { force: true }));
      this.#dropWriter();
      return { reused: this.#reused, kept: 0 };
    }
  }

  /** After a build that failed: the last good cache stays as it was. */
  abort(): void {
    this.#closeReader();
    this.#dropWriter();
  }

  /** Closes and removes the pack being written, if any. */
  #dropWriter(): void {
    if (this.#writer >= 0) quietly(() => closeSync(this.#writer));
    this.#writer = -1;
    quietly(() => rmSync(path.join(this.#dir, `${PACK}.part`), { force: true }));
  }

  #closeReader(): void {
    if (this.#reader >= 0) closeSync(this.#reader);
    this.#reader = -1;
  }
}

/** Runs `f`, ignoring its failure: cleaning up a cache must never fail a build. */
function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // Nothing to do: the cache is only an optimisation.
  }
}

/** What an article page is made of, besides the code (an entry is its id, digest and front matter). */
export interface ArticlePageInputs<A extends { id: string; digest?: string | number; data: unknown }, C> {
  article: A & { filePath?: string };
  related: A[];
  previous?: A;
  next?: A;
  campaigns: C[];
}

/**
 * The page-cache key of an article page, or undefined when the page must be
 * rendered every time: an MDX article may embed charts and components whose
 * data is not in the key.
 */
export function articlePageKey<A extends { id: string; digest?: string | number; data: unknown }, C>(
  inputs: ArticlePageInputs<A, C>,
): string | undefined {
  if (!inputs.article.filePath?.endsWith(".md")) return undefined;
  const entry = (a: A | undefined) => a && { id: a.id, digest: a.digest, data: a.data };
  return hashKey({
    article: entry(inputs.article),
    related: inputs.related.map(entry),
    previous: entry(inputs.previous),
    next: entry(inputs.next),
    campaigns: inputs.campaigns,
  });
}

/**
 * Whether a page shows an image Astro optimised (`/_astro/…` in a src or
 * srcset). Astro writes such an image only while it renders a page that
 * shows it, so a page served from the cache would point at a missing file:
 * these pages are never kept.
 */
export function showsBuiltImage(html: string): boolean {
  return /\s(?:src|srcset)="[^"]*\/_astro\/[^"]*\.(?:avif|webp|png|jpe?g|gif|svg)\b/.test(html);
}
