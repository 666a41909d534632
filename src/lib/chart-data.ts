/**
 * Typed series for the two charts. A chart component takes one of these, the
 * table under the chart is rendered from the same rows, and the browser gets
 * `toChartJson(series)`: so the drawing and the table cannot disagree.
 */
import type { CampaignRecord } from "../schemas/campaign.ts";
import type { YearRecord } from "../schemas/year.ts";
import { campaignFigures, yearFigures, type Figure } from "./figures.ts";

export interface ChartRow {
  /** Category label on the x axis: a year, or a campaign name. */
  label: string;
  /** Page the row links to in the table, relative to the site root. */
  path?: string;
  collected?: Figure;
  target?: Figure;
  percent?: Figure;
}

export interface ChartSeries {
  /** Stable id, used for the canvas and the JSON island. */
  id: string;
  rows: ChartRow[];
}

/** What the browser needs to draw: plain numbers, null where a figure is missing. */
export interface ChartJson {
  labels: string[];
  collected: (number | null)[];
  target: (number | null)[];
  /** True where the target is derived, so the bar can be marked. */
  targetDerived: boolean[];
  collectedLabel: string;
  targetLabel: string;
}

export function yearSeries(years: YearRecord[]): ChartSeries {
  const rows = [...years]
    .sort((a, b) => a.year - b.year)
    .map((record): ChartRow => {
      const f = yearFigures(record);
      return {
        label: String(record.year),
        collected: f.unitsCollected,
        target: f.unitTarget,
        percent: f.percentOfTarget,
      };
    });
  return { id: "nam", rows };
}

export interface CampaignEntry {
  id: string;
  data: CampaignRecord;
}

/** Campaigns of one year that report units received, largest first (a planned drive's goal alone is not a result). */
export function campaignSeries(campaigns: CampaignEntry[], year: number): ChartSeries {
  const rows = campaigns
    .filter((c) => c.data.year === year)
    .map((c): ChartRow => {
      const f = campaignFigures(c.data);
      return {
        label: c.data.name,
        path: `chien-dich/${c.id}/`,
        collected: f.unitsCollected,
        target: f.unitTarget,
        percent: f.percentOfTarget,
      };
    })
    .filter((r) => r.collected)
    .sort((a, b) => (b.collected?.value ?? 0) - (a.collected?.value ?? 0) || a.label.localeCompare(b.label, "vi"));
  return { id: `chien-dich-${year}`, rows };
}

export function toChartJson(series: ChartSeries, labels: { collected: string; target: string }): ChartJson {
  return {
    labels: series.rows.map((r) => r.label),
    collected: series.rows.map((r) => r.collected?.value ?? null),
    target: series.rows.map((r) => r.target?.value ?? null),
    targetDerived: series.rows.map((r) => Boolean(r.target?.derivation)),
    collectedLabel: labels.collected,
    targetLabel: labels.target,
  };
}

/** Whether any row has a target, so the chart and table can leave the column out. */
export function hasTargets(series: ChartSeries): boolean {
  return series.rows.some((r) => r.target);
}
