/**
 * Helpers for the static search. Readers often type Vietnamese without
 * diacritics ("tu liem", "duong"). Pagefind (1.6) already matches a query
 * without marks against words with them, by Unicode decomposition; but đ is
 * a letter of its own, not d plus a mark, so "duong" would never find
 * "đường". Each indexed page therefore carries the folded form of its words
 * with đ, and only those (see SearchFold.astro). An earlier version folded
 * the whole page, which doubled the index and Pagefind's build time.
 */
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

/** Site-relative folder of the Pagefind index (Pagefind's own default). */
export const SEARCH_INDEX_DIR = "pagefind/";

/** Whether a site-relative file belongs to the search index (not a page of the site). */
export function isSearchIndexFile(file: string): boolean {
  return file.startsWith(SEARCH_INDEX_DIR);
}
