/**
 * Hands each rendered page that has searchable content to the Pagefind index
 * of the build in progress (src/integrations/search-index.ts), so indexing
 * runs beside rendering instead of after it. Outside a build (astro dev)
 * there is no collector and pages pass through untouched.
 */
import { defineMiddleware } from "astro:middleware";
import { isIndexedPage, searchCollector } from "./integrations/search-index.ts";
import { withoutBase } from "./lib/url.ts";
import { searchableHtml } from "./lib/search.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = searchCollector();
  if (!collector || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  if (isIndexedPage(html)) {
    // Pagefind's URLs are site-relative; the search page adds the base path back.
    await collector.add(withoutBase(import.meta.env.BASE_URL, context.url.pathname), searchableHtml(html));
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
