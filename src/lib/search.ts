/**
 * Helpers for the static search. Readers often type Vietnamese without
 * diacritics ("tu liem", "duong"). Pagefind (1.6) already matches a query
 * without marks against words with them, by Unicode decomposition; but đ is
 * a letter of its own, not d plus a mark, so "duong" would never find
 * "đường". Each indexed page therefore carries the folded form of its words
 * with đ, and only those (see SearchFold.astro). An earlier version folded
 * the whole page, which doubled the index and Pagefind's build time.
 */
import { compareText } from "./compare.ts";
import { foldVietnamese } from "./slug.ts";

/** Lower-cased, diacritic-free text; the form both the index copy and the query take. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Markdown or MDX source as plain words: enough for a search index, not for
 * display. Drops front matter, import/export lines, JSX tags, link targets,
 * emphasis marks and heading/list markers.
 */
export function markdownToPlainText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n?/, "")
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, "")
    .replace(/[*_`~|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of a page's searchable parts (title, summary, body …) that have
 * đ, folded and each given once: "Đường Phạm Văn Đồng" → "duong dong".
 */
export function searchFoldText(parts: (string | undefined)[]): string {
  const words = new Set<string>();
  for (const part of parts) {
    // đ never decomposes, so a part without it can be skipped before it is split into words.
    if (!part || !/[đĐ]/.test(part)) continue;
    for (const token of part.split(/\s+/)) {
      if (!token.includes("đ") && !token.includes("Đ")) continue;
      // "(Đoàn," → "Đoàn"; "đỏ/đen" → "đỏ", "đen".
      for (const word of token.normalize("NFC").split(/[^\p{L}\p{M}\p{N}]+/u)) {
        if (word.includes("đ") || word.includes("Đ")) words.add(word);
      }
    }
  }
  // Fold each distinct word once; "Đường" and "đường" fold to the same word.
  return [...new Set([...words].map(foldForSearch))].join(" ");
}

/**
 * The part of a Pagefind excerpt that comes from the page's own text. The
 * folded copy is the last thing on an indexed page, and each of its words is
 * lower-case ASCII with a d (it was folded from a word with đ), so it is the
 * excerpt's tail of such words; a Vietnamese sentence seldom ends on one.
 * Returns undefined when no hit is left in the page's own words, so the
 * search page shows the page's summary instead of unaccented text.
 */
export function ownExcerpt(excerpt: string): string | undefined {
  const words = excerpt.trim().split(/\s+/);
  // Pagefind joins the page's blocks with ". ", so the copy's last word may end with a full stop.
  const folded = (word: string) => /^[a-z0-9]*d[a-z0-9]*\.?$/.test(word.replace(/<\/?mark>/g, ""));
  let cut = words.length;
  while (cut > 0 && folded(words[cut - 1])) cut--;
  const text = words.slice(0, cut).join(" ");
  if (!text.includes("<mark>")) return undefined;
  // A cut may leave a <mark> open: close it so the text stays well formed.
  const open = (text.match(/<mark>/g) ?? []).length - (text.match(/<\/mark>/g) ?? []).length;
  return open > 0 ? `${text}</mark>` : text;
}

/**
 * What of a rendered page the search index needs: its language and its
 * <main>, where the indexed elements (data-pagefind-body) and the headline
 * are. The <head> (CSP, SEO tags, JSON-LD), header and footer are about half
 * of an article page, and sending them to Pagefind only cost time on both ends.
 */
export function searchableHtml(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>", start);
  if (start === -1 || end === -1) return html;
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html.slice(0, 500))?.[1];
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ""}><body>${html.slice(start, end + "</main>".length)}</body></html>`;
}

/**
 * Pages per search bundle. Pagefind holds about 150 KB per page in memory
 * until it writes its index, and about twice that while writing (2.8 GB for
 * 10,000 articles in one index), so a large archive is indexed as several
 * bundles, each written by its own Pagefind process, which then exits; the
 * search page merges them (Pagefind's mergeIndex). Pagefind's peak is about
 * 0.3 GB per 1,000 pages, on top of Astro's ~1.1 GB while it renders: 750
 * pages keep a 10,000-article build under its 1.5 GB budget with room for the
 * run-to-run spread (1,000 pages: 1.36-1.41 GiB, 2,000: ~1.8 GiB). A
 * chapter's own archive, a few hundred articles, stays one bundle: its readers
 * fetch only the short list. Each more bundle costs a reader of a large
 * archive about four requests on a first search.
 */
export const SEARCH_BUNDLE_PAGES = 750;

/**
 * GIOT_HONG_SEARCH_BUNDLE_PAGES as a number of pages; unset or empty means
 * the default. Anything but a whole number above 0 stops the build.
 */
export function bundlePagesSetting(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^[1-9]\d*$/.test(raw)) {
    throw new Error(
      `GIOT_HONG_SEARCH_BUNDLE_PAGES (số trang mỗi gói chỉ mục tìm kiếm) cần một số nguyên dương, ` +
        `nhận được "${raw}" (must be a whole number above 0). Cách sửa: bỏ biến này, hoặc đặt ví dụ ${SEARCH_BUNDLE_PAGES}.`,
    );
  }
  return Number(raw);
}

/** Site-relative folder of bundle `n` (from 0): Pagefind's usual pagefind/ first, then pagefind-2/ … */
export function searchBundleDir(n: number): string {
  return n === 0 ? "pagefind/" : `pagefind-${n + 1}/`;
}

/** The search bundle folder a site-relative file belongs to ("pagefind-2/"), if any. */
export function searchBundleOf(file: string): string | undefined {
  return /^pagefind(?:-\d+)?\//.exec(file)?.[0];
}

/** Whether a site-relative file belongs to a search bundle (not a page of the site). */
export function isSearchBundleFile(file: string): boolean {
  return searchBundleOf(file) !== undefined;
}

/** The list of the other bundles, written into the first: the search page merges each. */
export const SEARCH_BUNDLES_FILE = "pagefind/bundles.json";

export interface SearchBundles {
  /** Site-relative folders of the bundles after the first, e.g. ["pagefind-2/"]. */
  merge: string[];
}

/** An indexed page as the search plan sees it: its site-relative URL and the period it belongs to. */
export interface PlannedPage {
  url: string;
  /** Pages of one period ("2024-05") always share a bundle. */
  period: string;
}

/** Where a planned page goes: its bundle's position (from 0) and how many pages that bundle gets. */
export interface PlannedBundle {
  position: number;
  size: number;
}

/**
 * Stable bundles: each list (articles by month, campaigns by year) is sorted
 * oldest first and cut into bundles of at least `perBundle` pages, only where
 * the period changes. A new article joins the newest bundle, so a rebuild
 * finds every older bundle exactly as the last build indexed it and can reuse
 * it (src/integrations/search-index.ts). Bundles are numbered list after
 * list, in the order given. A site that fits in one bundle keeps one: its
 * readers fetch one bundle, not one a list.
 */
export function planSearchBundles(lists: PlannedPage[][], perBundle: number): Map<string, PlannedBundle> {
  const plan = new Map<string, PlannedBundle>();
  let position = 0;
  const all = lists.flat();
  for (const list of all.length <= perBundle ? [all] : lists) {
    const sorted = [...list].sort((a, b) => compareText(a.period, b.period) || compareText(a.url, b.url));
    let bundle: string[] = [];
    const close = () => {
      for (const url of bundle) plan.set(url, { position, size: bundle.length });
      position++;
      bundle = [];
    };
    sorted.forEach((page, i) => {
      if (bundle.length >= perBundle && page.period !== sorted[i - 1].period) close();
      bundle.push(page.url);
    });
    if (bundle.length > 0) close();
  }
  return plan;
}
