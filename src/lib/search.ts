/**
 * Helpers for the static search. Pagefind matches words as they are written,
 * and readers often type Vietnamese without diacritics ("tu liem", "duong").
 * Each indexed page therefore carries a folded copy of its text (see
 * SearchFold.astro) and the search box folds the query the same way, so a
 * query with or without diacritics finds the page. đ is handled by
 * foldVietnamese because Unicode does not decompose it into d + a mark.
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

/** The folded copy of a page's searchable parts (title, summary, body …). */
export function searchFoldText(parts: (string | undefined)[]): string {
  return foldForSearch(parts.filter((p): p is string => Boolean(p)).join(" "));
}

/**
 * Whether an excerpt came from the folded copy rather than the page's own
 * text: the folded copy is plain ASCII, Vietnamese prose almost never is. The
 * search page then shows the page's summary instead of unaccented words.
 */
export function isFoldedExcerpt(excerpt: string): boolean {
  const text = excerpt.replace(/<[^>]*>/g, "");
  return /[a-z]/i.test(text) && !/\P{ASCII}/u.test(text);
}
