/**
 * Turns a Vietnamese title into a URL slug of lowercase ASCII and hyphens:
 * "Quận Bắc Từ Liêm phấn đấu" → "quan-bac-tu-liem-phan-dau".
 */
export function slugify(title: string): string {
  return (
    foldVietnamese(title)
      .toLowerCase()
      // "4.000 đơn vị" → "4000-don-vi": a thousands separator is not a word break.
      .replace(/(\d)\.(?=\d{3}(?!\d))/g, "$1")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/**
 * Drops diacritics and maps đ/Đ to d/D. NFD splits most letters into base +
 * marks, but đ is its own letter and has to be mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** What a slug (file or folder name of an article, id of a campaign) must look like. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * Longest slug `npm run new` and the form editor make. A file name has room
 * for 255 bytes, and an address this long is already hard to read or share.
 */
export const SLUG_MAX_LENGTH = 80;

/**
 * A slug cut down to `max` characters at a word boundary (a hyphen), so a
 * 270-character headline gives a readable address instead of a file name the
 * system refuses; a single word longer than `max` is cut where it must be.
 */
export function shortenSlug(slug: string, max: number = SLUG_MAX_LENGTH): string {
  if (slug.length <= max) return slug;
  const boundary = slug.slice(0, max + 1).lastIndexOf("-");
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, max);
}
