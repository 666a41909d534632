/**
 * The site's addresses: every page's path, and how a path becomes a link
 * under the configured base path or an absolute URL on the configured site.
 */

/**
 * Joins a base path and a site path, so every internal link works under
 * https://<org>.github.io/<repo>/ as well as at a domain's root.
 */
export function withBase(base: string, path = ""): string {
  const left = base.endsWith("/") ? base : `${base}/`;
  return left + path.replace(/^\/+/, "");
}

/** A site path ("tin-tuc/", "chien-dich/abc/") as a link under the configured base. */
export function href(path = ""): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** A site path as an absolute URL on the configured site (for feeds, canonical and share tags). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? "https://example.invalid/").href;
}

/** The folder of the share images (the Open Graph preview a link shows on Facebook or Zalo), src/pages/og/. */
export const SHARE_IMAGE_DIR = "og";

export const paths = {
  home: () => "",
  news: () => "tin-tuc/",
  article: (slug: string) => `tin-tuc/${slug}/`,
  campaigns: () => "chien-dich/",
  campaign: (id: string) => `chien-dich/${id}/`,
  stats: () => "so-lieu/",
  search: () => "tim-kiem/",
  reports: () => "bao-cao/",
  upcoming: () => "lich-hien-mau/",
  topics: () => "chu-de/",
  shareImage: (path: string) => `${SHARE_IMAGE_DIR}/${path.replace(/\/+$/, "") || "trang-chu"}.jpg`,
  topic: (slug: string) => `chu-de/${slug}/`,
  calendar: () => "lich-hien-mau.ics",
  report: (year: number) => `bao-cao/${year}/`,
} as const;
