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
  // Curly quotes, dashes and the like become spaces: the copy must be plain ASCII
  // for ownExcerpt to recognise it in an excerpt.
  return foldForSearch(
    parts
      .filter((p): p is string => Boolean(p))
      .join(" ")
      .replace(/\P{ASCII}/gu, (c) => (/\p{L}|\p{M}/u.test(c) ? c : " ")),
  );
}

/**
 * The part of a Pagefind excerpt that comes from the page's own text. The
 * folded copy is the last thing on an indexed page and is plain ASCII, so it
 * is the excerpt's ASCII-only tail; Vietnamese prose almost never has three
 * such words in a row. Returns undefined when no hit is left in the page's
 * own words, so the search page shows the page's summary instead of
 * unaccented text.
 */
export function ownExcerpt(excerpt: string): string | undefined {
  const words = excerpt.trim().split(/\s+/);
  const plain = (word: string) => !/\P{ASCII}/u.test(word.replace(/<\/?mark>/g, ""));
  let cut = words.length;
  while (cut > 0 && plain(words[cut - 1])) cut--;
  const tail = words.slice(cut).filter((w) => /[a-z]/i.test(w.replace(/<\/?mark>/g, "")));
  const own = tail.length >= 3 ? words.slice(0, cut) : words;
  const text = own.join(" ");
  if (!text.includes("<mark>")) return undefined;
  // A cut may leave a <mark> open: close it so the text stays well formed.
  const open = (text.match(/<mark>/g) ?? []).length - (text.match(/<\/mark>/g) ?? []).length;
  return open > 0 ? `${text}</mark>` : text;
}
