import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getSiteContent } from "../site-content.ts";
import { chapter } from "../chapter.config.ts";
import { t } from "../i18n/vi.ts";
import { rssItems } from "../lib/feeds.ts";
import { href, paths } from "../url.ts";

/** The news as RSS 2.0, newest first, every published article. */
export const GET: APIRoute = async (context) => {
  const site = await getSiteContent();
  return rss({
    title: t.feeds.rssTitle(chapter.shortName),
    description: t.feeds.rssDescription,
    site: new URL(href(paths.home()), context.site ?? "https://example.invalid/").href,
    items: rssItems(site.articles, (id) => href(paths.article(id))),
    customData: "<language>vi</language>",
    trailingSlash: true,
  });
};
