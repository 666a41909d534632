/**
 * The downloadable data files: one CSV and one JSON per chart of the site,
 * listed once here for the /du-lieu/ endpoint, the links under each chart and
 * the Dataset description on /so-lieu/.
 */
import type { ChartRow, ChartSeries } from "./lib/chart-data.ts";
import { openDataRows, toCsv, toJson, type OpenDataColumns, type RowSource } from "./lib/open-data.ts";
import { todayIso } from "./lib/format.ts";
import type { Source } from "./schemas/common.ts";
import type { ArticleRef, ContentIndex } from "./lib/content-index.ts";
import { t } from "./i18n/vi.ts";

export interface DataSet {
  /** The chart series id, also the file name: du-lieu/<id>.csv */
  id: string;
  title: string;
  series: ChartSeries;
  /** Site path of the page that shows the chart. */
  page: string;
  sourceOf(row: ChartRow): RowSource | undefined;
}

export const dataPaths = {
  csv: (id: string) => `du-lieu/${id}.csv`,
  json: (id: string) => `du-lieu/${id}.json`,
};

export function dataSets(site: ContentIndex<ArticleRef>): DataSet[] {
  const articleDate = new Map(site.articles.map((a) => [a.id, a.data.date]));
  const rowSource = (source: Source): RowSource => ({
    name: source.name,
    url: source.url,
    date: source.article ? articleDate.get(source.article) : undefined,
  });
  const yearByLabel = new Map(site.years.map((y) => [String(y.year), y]));
  const years: DataSet = {
    id: site.yearChart.id,
    title: t.stats.perYear,
    series: site.yearChart,
    page: "so-lieu/",
    sourceOf: (row) => {
      const year = yearByLabel.get(row.label);
      return year ? rowSource(year.source) : undefined;
    },
  };
  const campaignByPath = new Map(site.campaigns.map((c) => [`chien-dich/${c.id}/`, c]));
  const campaigns = [...site.campaignCharts].map(([year, series]): DataSet => ({
    id: series.id,
    title: `${t.stats.perCampaign} ${t.campaigns.year(year).toLowerCase()}`,
    series,
    page: "so-lieu/",
    sourceOf: (row) => {
      const campaign = row.path ? campaignByPath.get(row.path) : undefined;
      return campaign ? rowSource(campaign.data.source) : undefined;
    },
  }));
  return [years, ...campaigns].filter((set) => set.series.rows.length > 0);
}

const columns = (label: string): OpenDataColumns => ({ label, ...t.openData.columns });

export function csvFile(set: DataSet): string {
  const label = set.id === "nam" ? t.stats.year : t.stats.campaign;
  return toCsv(openDataRows(set.series, set.sourceOf), columns(label));
}

export function jsonFile(set: DataSet, pageUrl: string, generated = todayIso()): string {
  return toJson(openDataRows(set.series, set.sourceOf), { title: set.title, page: pageUrl, generated });
}
