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
 * workflow: the content store, share images and articles' rendered HTML.
 */
export function cacheDir(): string {
  return process.env.GIOT_HONG_CACHE_DIR ?? "node_modules/.astro";
}

/** Where markdown articles' rendered HTML is kept (src/lib/article-html.ts). */
export function articleHtmlDir(): string {
  return `${cacheDir()}/article-html`;
}

/** Where the share images are kept between builds (src/pages/xem-truoc/, src/lib/file-cache.ts). */
export function shareImageCacheDir(): string {
  return `${cacheDir()}/share-images`;
}

/** Where rendered pages are kept between builds (src/lib/page-cache.ts). */
export function pageCacheDir(): string {
  return `${cacheDir()}/pages`;
}

/** Where search bundles are kept between builds, by a hash of their pages (src/integrations/search-index.ts). */
export function searchBundleCacheDir(): string {
  return `${cacheDir()}/search-bundles`;
}
