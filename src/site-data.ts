/**
 * Loads the three collections and builds the site index once per build; every
 * page asks for it here instead of calling getCollection on each render.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { buildSiteIndex, type SiteIndex } from "./lib/site-index.ts";
import type { CampaignEntry } from "./lib/chart-data.ts";

export type Article = CollectionEntry<"articles">;
export type Campaign = CampaignEntry;
export type SiteData = SiteIndex<Article>;

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  // Drafts are visible in the dev server so an editor can preview them, never in a build.
  const [articles, years, campaigns] = await Promise.all([
    getCollection("articles", ({ data }) => import.meta.env.DEV || !data.draft),
    getCollection("years"),
    getCollection("campaigns"),
  ]);
  return buildSiteIndex(
    articles,
    years.map((y) => y.data),
    campaigns,
  );
}

export function getSiteData(): Promise<SiteData> {
  // In the dev server content changes while the process lives, so only a build may cache.
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
