/**
 * How a chart's data is written as downloadable files, built from the same
 * ChartSeries as the chart and its table so the three cannot disagree.
 * CSV follows RFC 4180 (CRLF, quotes doubled) and starts with a UTF-8 BOM so
 * Excel opens Vietnamese text correctly; numbers keep a dot decimal (172.9)
 * so every spreadsheet and script reads them the same way. Text a spreadsheet
 * would run as a formula is neutralised (OWASP's CSV injection rule).
 */
import type { ChartRow, ChartSeries } from "./chart-data.ts";
import type { Figure, Qualifier } from "./figures.ts";

export const BOM = "\uFEFF";

/** One source of a row's figures, as the files carry it. */
export interface RowSource {
  name: string;
  authors?: string[];
  url?: string;
  /** YYYY-MM-DD the source itself published the figures, when it says. */
  published?: string;
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
  sourceUrl: string;
  licence: string;
  citation: string;
  /** Words for "over"/"about" and for yes/no in the derived columns. */
  qualifierWords: Record<Qualifier, string>;
  yes: string;
  no: string;
  /** Written for a source that gives no publication date, beside one that does. */
  dateUnknown: string;
}

export interface Licence {
  /** "CC BY 4.0" */
  name: string;
  url: string;
}

export interface OpenDataMeta {
  title: string;
  /** Absolute URL of the page that shows the chart. */
  page: string;
  /** YYYY-MM-DD the files were generated (the build date in Hà Nội). */
  generated: string;
  licence: Licence;
  /** How to cite the data: one line, the same as on the page. */
  citation: string;
}

export interface OpenDataSource {
  name: string;
  authors: string[] | null;
  url: string | null;
  published: string | null;
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
  /** The sources' names, "; " between them. */
  source: string | null;
  /** The latest day a source of the row published its figures (not the day this site wrote about them). */
  sourceDate: string | null;
  sources: OpenDataSource[];
}

export function openDataRows(series: ChartSeries, sourcesOf: (row: ChartRow) => RowSource[]): OpenDataRow[] {
  return series.rows.map((row) => {
    const sources = sourcesOf(row);
    const dates = sources.map((s) => s.published).filter((d): d is string => d !== undefined);
    return {
      label: row.label,
      unitsCollected: row.collected?.value ?? null,
      unitsQualifier: row.collected?.qualifier ?? null,
      unitTarget: row.target?.value ?? null,
      unitTargetDerived: isDerived(row.target),
      percentOfTarget: row.percent?.value ?? null,
      percentOfTargetDerived: isDerived(row.percent),
      source: sources.length === 0 ? null : sources.map((s) => s.name).join("; "),
      sourceDate: dates.length === 0 ? null : [...dates].sort().at(-1)!,
      sources: sources.map((s) => ({
        name: s.name,
        authors: s.authors ?? null,
        url: s.url ?? null,
        published: s.published ?? null,
      })),
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

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, or a tab or
 * carriage return before one) gets a leading apostrophe, which spreadsheets
 * show as text. Numbers are written as numbers, so -5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Each source's date in the order of the names, or nothing when no source gives one. */
function sourceDates(row: OpenDataRow, unknown: string): string | null {
  if (row.sources.every((s) => s.published === null)) return null;
  return row.sources.map((s) => s.published ?? unknown).join("; ");
}

function sourceUrls(row: OpenDataRow): string | null {
  const urls = row.sources.map((s) => s.url).filter((u): u is string => u !== null);
  return urls.length === 0 ? null : urls.join(" ");
}

export function toCsv(
  rows: OpenDataRow[],
  c: OpenDataColumns,
  meta: Pick<OpenDataMeta, "licence" | "citation">,
): string {
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
    c.sourceUrl,
    c.licence,
    c.citation,
  ];
  const yesNo = (b: boolean, present: boolean) => (present ? (b ? c.yes : c.no) : null);
  // The licence and citation sit in every row: a line of notes above or below the table would
  // break every program that reads the file as a table.
  const licence = `${meta.licence.name} (${meta.licence.url})`;
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
      sourceDates(r, c.dateUnknown),
      sourceUrls(r),
      licence,
      meta.citation,
    ]),
  ];
  return BOM + lines.map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toJson(rows: OpenDataRow[], meta: OpenDataMeta): string {
  const sources = rows.flatMap((r) => r.sources);
  const key = (s: OpenDataSource) => JSON.stringify([s.name, s.url, s.published]);
  return `${JSON.stringify(
    {
      title: meta.title,
      page: meta.page,
      generated: meta.generated,
      figuresDate: figuresDate(rows),
      licence: meta.licence,
      citation: meta.citation,
      sources: sources.filter((s, i) => sources.findIndex((o) => key(o) === key(s)) === i),
      rows,
    },
    null,
    2,
  )}\n`;
}
