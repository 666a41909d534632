/**
 * The site's open data sets: one per chart, each served as a CSV and a JSON
 * file under /du-lieu/. Listed once here for the /du-lieu/ endpoints, the
 * links and citation under each chart and the Dataset description on /so-lieu/.
 */
import type { ChartRow, ChartSeries } from "./lib/chart-data.ts";
import {
  openDataRows,
  toCsv,
  toJson,
  type Licence,
  type OpenDataColumns,
  type RowSource,
} from "./lib/data-file-format.ts";
import { todayIso } from "./lib/format.ts";
import { sourcesOf } from "./lib/sources.ts";
import type { Source } from "./schemas/common.ts";
import type { ArticleRef, SiteIndex } from "./lib/site-index.ts";
import { chapter } from "./chapter.config.ts";
import { t } from "./i18n/vi.ts";

export interface DataSet {
  /** The chart series id, also the file name: du-lieu/<id>.csv */
  id: string;
  title: string;
  series: ChartSeries;
  /** Site path of the page that shows the chart. */
  page: string;
  /** The sources of a row's charted figures (units, target, percent). */
  sourcesOf(row: ChartRow): RowSource[];
}

export const dataPaths = {
  csv: (id: string) => `du-lieu/${id}.csv`,
  json: (id: string) => `du-lieu/${id}.json`,
};

/** The chapter's licence for its figures; CC BY 4.0 unless src/chapter.config.ts names another. */
export const dataLicence: Licence = chapter.dataLicence ?? {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.vi",
};

/** How to cite one data set, the same line on the page and in its files. */
export function citation(title: string, pageUrl: string): string {
  return t.records.openData.citation(chapter.name, title, pageUrl, dataLicence.name);
}

/** The figures a chart row draws: a source that gives none of them does not support the row. */
const CHARTED = ["unitsCollected", "unitTarget", "percentOfTarget"];

function chartedSources(sources: readonly Source[]): RowSource[] {
  const giving = sources.filter((s) => CHARTED.some((field) => sourcesOf([s], field).length > 0));
  return giving.map((s) => ({ name: s.name, authors: s.authors, url: s.url, published: s.published }));
}

export function dataSets(site: SiteIndex<ArticleRef>): DataSet[] {
  const yearByLabel = new Map(site.years.map((y) => [String(y.year), y]));
  const years: DataSet = {
    id: site.yearChart.id,
    title: t.stats.perYear,
    series: site.yearChart,
    page: "so-lieu/",
    sourcesOf: (row) => chartedSources(yearByLabel.get(row.label)?.sources ?? []),
  };
  const campaignByPath = new Map(site.campaigns.map((c) => [`chien-dich/${c.id}/`, c]));
  const campaigns = [...site.campaignCharts].map(([year, series]): DataSet => ({
    id: series.id,
    title: `${t.stats.perCampaign} ${t.campaigns.year(year).toLowerCase()}`,
    series,
    page: "so-lieu/",
    sourcesOf: (row) => chartedSources((row.path ? campaignByPath.get(row.path)?.data.sources : undefined) ?? []),
  }));
  return [years, ...campaigns].filter((set) => set.series.rows.length > 0);
}

const columns = (label: string): OpenDataColumns => ({
  label,
  ...t.openData.columns,
  ...t.records.openData.columns,
});

export function csvFile(set: DataSet, pageUrl: string): string {
  const label = set.id === "nam" ? t.stats.year : t.stats.campaign;
  return toCsv(openDataRows(set.series, set.sourcesOf), columns(label), {
    licence: dataLicence,
    citation: citation(set.title, pageUrl),
  });
}

export function jsonFile(set: DataSet, pageUrl: string, generated = todayIso()): string {
  return toJson(openDataRows(set.series, set.sourcesOf), {
    title: set.title,
    page: pageUrl,
    generated,
    licence: dataLicence,
    citation: citation(set.title, pageUrl),
  });
}
