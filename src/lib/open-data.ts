/**
 * The data behind each chart as downloadable files, built from the same
 * ChartSeries as the chart and its table so the three cannot disagree.
 * CSV follows RFC 4180 (CRLF, quotes doubled) and starts with a UTF-8 BOM so
 * Excel opens Vietnamese text correctly; numbers keep a dot decimal (172.9)
 * so every spreadsheet and script reads them the same way.
 */
import type { ChartRow, ChartSeries } from "./chart-data.ts";
import type { Figure, Qualifier } from "./figures.ts";

export const BOM = "\uFEFF";

/** Where one row's figures come from. */
export interface RowSource {
  name: string;
  url?: string;
  /** YYYY-MM-DD the source published the figures, when known. */
  date?: string;
}

export interface OpenDataColumns {
  /** "Năm" or "Chiến dịch". */
  label: string;
  collected: string;
  qualifier: string;
  target: string;
  targetDerived: string;
  percent: string;
  percentDerived: string;
  source: string;
  sourceDate: string;
  /** Words for "over"/"about" and for yes/no in the derived columns. */
  qualifierWords: Record<Qualifier, string>;
  yes: string;
  no: string;
}

export interface OpenDataMeta {
  title: string;
  /** Absolute URL of the page that shows the chart. */
  page: string;
  /** YYYY-MM-DD the files were generated (the build date in Hà Nội). */
  generated: string;
}

export interface OpenDataRow {
  label: string;
  unitsCollected: number | null;
  /** "over" when the source says "hơn". */
  unitsQualifier: Qualifier | null;
  unitTarget: number | null;
  unitTargetDerived: boolean;
  percentOfTarget: number | null;
  percentOfTargetDerived: boolean;
  source: string | null;
  sourceUrl: string | null;
  sourceDate: string | null;
}

export function openDataRows(series: ChartSeries, sourceOf: (row: ChartRow) => RowSource | undefined): OpenDataRow[] {
  return series.rows.map((row) => {
    const source = sourceOf(row);
    return {
      label: row.label,
      unitsCollected: row.collected?.value ?? null,
      unitsQualifier: row.collected?.qualifier ?? null,
      unitTarget: row.target?.value ?? null,
      unitTargetDerived: isDerived(row.target),
      percentOfTarget: row.percent?.value ?? null,
      percentOfTargetDerived: isDerived(row.percent),
      source: source?.name ?? null,
      sourceUrl: source?.url ?? null,
      sourceDate: source?.date ?? null,
    };
  });
}

function isDerived(figure?: Figure): boolean {
  return Boolean(figure?.derivation);
}

/** The latest date any row's source published its figures: "the date of the figures". */
export function figuresDate(rows: OpenDataRow[]): string | null {
  const dates = rows.map((r) => r.sourceDate).filter((d): d is string => d !== null);
  return dates.length === 0 ? null : [...dates].sort().at(-1)!;
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: OpenDataRow[], c: OpenDataColumns): string {
  const header = [
    c.label,
    c.collected,
    c.qualifier,
    c.target,
    c.targetDerived,
    c.percent,
    c.percentDerived,
    c.source,
    c.sourceDate,
  ];
  const yesNo = (b: boolean, present: boolean) => (present ? (b ? c.yes : c.no) : null);
  const lines = [
    header,
    ...rows.map((r) => [
      r.label,
      r.unitsCollected,
      r.unitsQualifier ? c.qualifierWords[r.unitsQualifier] : null,
      r.unitTarget,
      yesNo(r.unitTargetDerived, r.unitTarget !== null),
      r.percentOfTarget,
      yesNo(r.percentOfTargetDerived, r.percentOfTarget !== null),
      r.source,
      r.sourceDate,
    ]),
  ];
  return BOM + lines.map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toJson(rows: OpenDataRow[], meta: OpenDataMeta): string {
  return `${JSON.stringify(
    {
      title: meta.title,
      page: meta.page,
      generated: meta.generated,
      figuresDate: figuresDate(rows),
      sources: [...new Set(rows.map((r) => r.source).filter((s): s is string => s !== null))],
      rows,
    },
    null,
    2,
  )}\n`;
}
