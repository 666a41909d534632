/**
 * The site's content: Astro's three collections (articles, years, campaigns)
 * loaded and indexed (src/lib/content-index.ts) once per build; every page
 * asks for it here instead of calling getCollection on each render.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { buildContentIndex, type ContentIndex } from "./lib/content-index.ts";
import type { CampaignEntry } from "./lib/chart-data.ts";

export type Article = CollectionEntry<"articles">;
export type Campaign = CampaignEntry;
export type SiteContent = ContentIndex<Article>;

let cached: Promise<SiteContent> | undefined;

/**
 * Only `astro dev` shows drafts. This asks for the mode, not import.meta.env.DEV:
 * DEV follows NODE_ENV, so a build run with NODE_ENV=test or development (vitest,
 * some CI shells) would otherwise publish every draft.
 */
const showDrafts = import.meta.env.MODE === "development";

async function load(): Promise<SiteContent> {
  // Drafts are visible in the dev server so an editor can preview them, never in a build.
  const [articles, years, campaigns] = await Promise.all([
    getCollection("articles", ({ data }) => showDrafts || !data.draft),
    getCollection("years"),
    getCollection("campaigns"),
  ]);
  return buildContentIndex(
    articles,
    years.map((y) => y.data),
    campaigns,
  );
}

export function getSiteContent(): Promise<SiteContent> {
  // In the dev server content changes while the process lives, so only a build may cache.
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
