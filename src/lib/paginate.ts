export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
}

/** Splits a list into pages of `size`; an empty list still gives one empty page. */
export function paginate<T>(items: T[], size: number): Page<T>[] {
  if (size < 1) throw new RangeError("page size must be at least 1");
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** Path of a news list page, relative to the site root: page 1 is the list itself. */
export function newsPagePath(page: number): string {
  return page <= 1 ? "tin-tuc/" : `tin-tuc/trang/${page}/`;
}
