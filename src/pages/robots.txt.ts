import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/seo.ts";
import { absoluteUrl } from "../url.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl("sitemap-index.xml", site)), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
