/**
 * The collection-wide view of the site, computed once per build from plain
 * records: sorted lists, look-ups and cross references that several pages need.
 */
import type { ArticleFrontmatter } from "../schemas/article.ts";
import type { CampaignRecord } from "../schemas/campaign.ts";
import type { YearRecord } from "../schemas/year.ts";
import { campaignSeries, yearSeries, type CampaignEntry, type ChartSeries } from "./chart-data.ts";
import { latestReportedYear } from "./figures.ts";

export interface ArticleRef {
  id: string;
  data: Pick<ArticleFrontmatter, "title" | "date" | "campaigns" | "description">;
}

export interface SiteIndex<A extends ArticleRef> {
  /** Newest first; ties broken by title so the order is stable. */
  articles: A[];
  /** Oldest first. */
  years: YearRecord[];
  /** Newest year first, then by start date, then by name. */
  campaigns: CampaignEntry[];
  campaignById: Map<string, CampaignEntry>;
  /** Look-ups for pages rendered once per article or campaign: a Map, never a scan of every article. */
  articleById: Map<string, A>;
  /** Each year's campaigns, in the order of `campaigns`. */
  campaignsByYear: Map<number, CampaignEntry[]>;
  articlesByCampaign: Map<string, A[]>;
  /** Years that have campaigns, newest first. */
  campaignYears: number[];
  /** Years with a campaign that reports units received, newest first: the years the per-campaign chart covers. */
  chartYears: number[];
  latestYear?: YearRecord;
  /** A year after the latest reported one that states a target: the plan. */
  plannedYear?: YearRecord;
  yearChart: ChartSeries;
  campaignCharts: Map<number, ChartSeries>;
}

export function buildSiteIndex<A extends ArticleRef>(
  articles: A[],
  years: YearRecord[],
  campaigns: { id: string; data: CampaignRecord }[],
): SiteIndex<A> {
  const sortedArticles = [...articles].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, "vi"),
  );
  const sortedYears = [...years].sort((a, b) => a.year - b.year);
  const sortedCampaigns = [...campaigns].sort(
    (a, b) =>
      b.data.year - a.data.year ||
      (a.data.startDate ?? "9999").localeCompare(b.data.startDate ?? "9999") ||
      a.data.name.localeCompare(b.data.name, "vi"),
  );
  const campaignById = new Map(sortedCampaigns.map((c) => [c.id, c]));
  const campaignsByYear = new Map<number, CampaignEntry[]>();
  for (const c of sortedCampaigns) {
    const list = campaignsByYear.get(c.data.year) ?? [];
    list.push(c);
    campaignsByYear.set(c.data.year, list);
  }
  const articlesByCampaign = new Map<string, A[]>();
  for (const article of sortedArticles) {
    for (const id of article.data.campaigns) {
      if (!campaignById.has(id)) continue;
      const list = articlesByCampaign.get(id) ?? [];
      list.push(article);
      articlesByCampaign.set(id, list);
    }
  }
  const campaignYears = [...new Set(sortedCampaigns.map((c) => c.data.year))].sort((a, b) => b - a);
  const campaignCharts = new Map(
    campaignYears
      .map((year) => [year, campaignSeries(sortedCampaigns, year)] as const)
      .filter(([, series]) => series.rows.length > 0),
  );
  const chartYears = [...campaignCharts.keys()];
  const latestYear = latestReportedYear(sortedYears);
  const plannedYear = sortedYears.find(
    (y) => y.unitsCollected === undefined && y.unitTarget !== undefined && (!latestYear || y.year > latestYear.year),
  );
  return {
    articles: sortedArticles,
    years: sortedYears,
    campaigns: sortedCampaigns,
    campaignById,
    articleById: new Map(sortedArticles.map((a) => [a.id, a])),
    campaignsByYear,
    articlesByCampaign,
    campaignYears,
    chartYears,
    latestYear,
    plannedYear,
    yearChart: yearSeries(sortedYears),
    campaignCharts,
  };
}
