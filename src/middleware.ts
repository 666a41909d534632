/**
 * Two things for each page a build renders:
 * - a page whose getStaticPaths gave it a `cacheKey` is served from the last
 *   build's page cache when the key (and the build's code) is unchanged, and
 *   kept for the next build (src/integrations/page-cache.ts);
 * - a page with searchable content is handed to the Pagefind index of the
 *   build in progress (src/integrations/search-index.ts), so indexing runs
 *   beside rendering instead of after it.
 * Outside a build (astro dev) there is neither, and pages pass through untouched.
 */
import { defineMiddleware } from "astro:middleware";
import { isIndexedPage, searchCollector, type SearchCollector } from "./integrations/search-index.ts";
import { pageCache } from "./integrations/page-cache.ts";
import { showsBuiltImage } from "./lib/page-cache.ts";
import { withoutBase } from "./lib/url.ts";
import { searchableHtml } from "./lib/search.ts";
import { getSiteData } from "./site-data.ts";
import { paths } from "./url.ts";

const HTML = { "content-type": "text/html" };

const plans = new WeakMap<SearchCollector, Promise<void>>();

/**
 * The pages with searchable content, for stable search bundles: articles by
 * month of publication, campaigns by year. A page missing here is still
 * indexed, in a bundle filled as pages come.
 */
function planSearch(collector: SearchCollector): Promise<void> {
  let planned = plans.get(collector);
  if (!planned) {
    planned = getSiteData().then((site) =>
      collector.plan([
        site.articles.map((a) => ({ url: `/${paths.article(a.id)}`, period: a.data.date.slice(0, 7) })),
        site.campaigns.map((c) => ({ url: `/${paths.campaign(c.id)}`, period: String(c.data.year) })),
      ]),
    );
    plans.set(collector, planned);
  }
  return planned;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const collector = searchCollector();
  const cache = pageCache();
  const key = (context.props as { cacheKey?: unknown }).cacheKey;
  const cacheable = cache && typeof key === "string";
  const pathname = context.url.pathname;

  let html = cacheable ? cache.get(pathname, key) : undefined;
  let response: Response | undefined;
  if (html === undefined) {
    response = await next();
    if (!(collector || cacheable) || !response.headers.get("content-type")?.startsWith("text/html")) return response;
    html = await response.text();
  }
  if (cacheable && (response?.status ?? 200) === 200 && !showsBuiltImage(html)) cache.put(pathname, key, html);
  if (collector && isIndexedPage(html)) {
    await planSearch(collector);
    // Pagefind's URLs are site-relative; the search page adds the base path back.
    await collector.add(withoutBase(import.meta.env.BASE_URL, pathname), searchableHtml(html));
  }
  if (!response) return new Response(html, { headers: HTML });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
