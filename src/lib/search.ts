/**
 * Helpers for the static search. Readers often type Vietnamese without
 * diacritics ("tu liem", "duong"). Pagefind (1.6) already matches a query
 * without marks against words with them, by Unicode decomposition; but đ is
 * a letter of its own, not d plus a mark, so "duong" would never find
 * "đường". Each indexed page therefore carries the folded form of its words
 * with đ, and only those. An earlier version folded the whole page, which
 * doubled the index and Pagefind's build time.
 *
 * What a search costs a reader is mostly the index chunk of each word typed,
 * and a chunk holds every place the word occurs on every page. Pagefind
 * indexes a page's text word by word only for its summary (and a photo's
 * caption); the title is Pagefind's own `title` field, and the rest of the
 * page's words (the article's text, its topics and source, a campaign's place
 * and organiser, the folded đ-words) go into one more field, `terms`, each
 * word once (SearchTerms.astro). Pagefind searches its fields too. A word
 * every article repeats ("hiến", "máu") then costs a few places a page
 * instead of about forty; docs/kien-truc.md has the measurements.
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

/** A page's text, by whether Pagefind indexes it word by word. */
export interface SearchTermParts {
  /** Text Pagefind indexes as the page's text (title, summary): only its words with đ are added, folded. */
  indexed: (string | undefined)[];
  /** Text it does not (an article's text, topics, a campaign's place …): every word, once. */
  other: (string | undefined)[];
}

/**
 * The `terms` of a page: every word of its other text, each once (the first
 * spelling met; letter case and precomposed or combining marks do not make a
 * new word), with the punctuation around it dropped, then the folded form of
 * all its words with đ: other "Hiến máu, hiến máu trên đường Hoa." →
 * "Hiến máu trên đường Hoa duong". Pagefind splits and folds each word
 * itself, as in any text.
 */
export function searchTerms({ indexed, other }: SearchTermParts): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const part of other) {
    if (!part) continue;
    for (const token of part.normalize("NFC").split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      const key = word.toLowerCase();
      if (!word || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
  }
  const folded = searchFoldText([...indexed, ...other])
    .split(" ")
    .filter((word) => word && !seen.has(word));
  return [...words, ...folded].join(" ");
}

/**
 * A Pagefind excerpt worth showing: one with a hit in it. A page found by its
 * `terms` field alone has an excerpt without one (the field is not part of
 * the page's text); the search page shows the page's summary instead.
 */
export function hitExcerpt(excerpt: string | undefined): string | undefined {
  return excerpt?.includes("<mark>") ? excerpt : undefined;
}

/** Site-relative folder of the Pagefind index (Pagefind's own default). */
export const SEARCH_INDEX_DIR = "pagefind/";

/** Whether a site-relative file belongs to the search index (not a page of the site). */
export function isSearchIndexFile(file: string): boolean {
  return file.startsWith(SEARCH_INDEX_DIR);
}
