/**
 * Where the content lives. GIOT_HONG_ROOT points the whole site (and the
 * command-line check) at another tree with the same layout, which is how
 * the tests build the fictional fixture sites.
 */
export interface ContentPaths {
  root: string;
  articles: string;
  years: string;
  campaigns: string;
}

export function contentPaths(root: string = process.env.GIOT_HONG_ROOT ?? "."): ContentPaths {
  const base = root.replace(/\/+$/, "");
  return {
    root: base,
    articles: `${base}/src/content/articles`,
    years: `${base}/data/years.json`,
    campaigns: `${base}/data/campaigns`,
  };
}

/**
 * Astro's cache folder (astro.config.mjs), kept between deploys by the
 * workflow: the content store, articles' rendered HTML, and the pages and
 * share images of Astro's incremental build.
 */
export function cacheDir(): string {
  return process.env.GIOT_HONG_CACHE_DIR ?? "node_modules/.astro";
}

/** Where markdown articles' rendered HTML is kept (src/lib/article-html.ts). */
export function articleHtmlDir(): string {
  return `${cacheDir()}/article-html`;
}
