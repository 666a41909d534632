/**
 * What the yearly report of one year contains, from the site index: the
 * year's figures, its campaigns with theirs, the articles of the year and
 * every source the figures come from.
 */
import type { CampaignEntry } from "./chart-data.ts";
import {
  campaignFigures,
  campaignHasResults,
  yearFigures,
  yearHasResults,
  type CampaignFigures,
  type YearFigures,
} from "./figures.ts";
import type { Source } from "../schemas/common.ts";
import type { ArticleRef, SiteIndex } from "./site-index.ts";

export interface YearReport<A extends ArticleRef> {
  year: number;
  /** Undefined when years.json has no record for the year (only campaigns). */
  figures?: YearFigures;
  campaigns: { campaign: CampaignEntry; figures: CampaignFigures }[];
  /** Published in the year, or about one of its campaigns; newest first. */
  articles: A[];
  /** The year record's sources, then each campaign's, each piece once. */
  sources: Source[];
}

/**
 * Every year with results, newest first: a year record that reports what was
 * collected, or a campaign that does. A year with only a plan (a target, or
 * planned drives) has nothing to report yet.
 */
export function reportYears(site: Pick<SiteIndex<ArticleRef>, "years" | "campaigns">): number[] {
  const years = new Set([
    ...site.years.filter(yearHasResults).map((y) => y.year),
    ...site.campaigns.filter((c) => campaignHasResults(c.data)).map((c) => c.data.year),
  ]);
  return [...years].sort((a, b) => b - a);
}

export function yearReport<A extends ArticleRef>(site: SiteIndex<A>, year: number): YearReport<A> {
  const record = site.years.find((y) => y.year === year);
  // Oldest first reads like the year itself; site.campaigns is already sorted by date within a year.
  const campaigns = site.campaigns.filter((c) => c.data.year === year);
  const ids = new Set(campaigns.map((c) => c.id));
  const articles = site.articles.filter(
    (a) => a.data.date.startsWith(`${year}-`) || a.data.campaigns.some((id) => ids.has(id)),
  );
  const all = [...(record?.sources ?? []), ...campaigns.flatMap((c) => c.data.sources)];
  const key = (s: Source) => [s.name, s.url, s.published, s.article].join("\u0000");
  const sources = all.filter((s, i) => all.findIndex((other) => key(other) === key(s)) === i);
  return {
    year,
    figures: record ? yearFigures(record) : undefined,
    campaigns: campaigns.map((campaign) => ({ campaign, figures: campaignFigures(campaign.data) })),
    articles,
    sources,
  };
}
