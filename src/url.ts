import { withBase } from "./lib/url.ts";

/** A site path ("tin-tuc/", "chien-dich/abc/") as a link under the configured base. */
export function href(path = ""): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export const paths = {
  home: () => "",
  news: () => "tin-tuc/",
  article: (slug: string) => `tin-tuc/${slug}/`,
  campaigns: () => "chien-dich/",
  campaign: (id: string) => `chien-dich/${id}/`,
  stats: () => "so-lieu/",
  search: () => "tim-kiem/",
} as const;
