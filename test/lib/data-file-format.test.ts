import { describe, expect, it } from "vitest";
import { buildSiteIndex } from "../../src/lib/site-index.ts";
import {
  BOM,
  figuresDate,
  neutraliseFormula,
  openDataRows,
  toCsv,
  toJson,
  type OpenDataColumns,
} from "../../src/lib/data-file-format.ts";
import { csvFile, dataSets, jsonFile } from "../../src/data-sets.ts";
import type { ChartSeries } from "../../src/lib/chart-data.ts";
import { fixtureArticles, fixtureCampaigns, fixtureYears } from "./fixture-data.ts";

// The files exactly as the site serves them (.txt so prettier leaves the JSON as generated).
const GOLDEN = new URL("./__golden__/", import.meta.url).pathname;

const columns: OpenDataColumns = {
  label: "Năm",
  collected: "Tiếp nhận",
  qualifier: "Nguồn ghi",
  target: "Chỉ tiêu",
  targetDerived: "Chỉ tiêu suy ra",
  percent: "Đạt (%)",
  percentDerived: "Tỷ lệ suy ra",
  source: "Nguồn",
  sourceDate: "Ngày",
  sourceUrl: "Địa chỉ",
  licence: "Giấy phép",
  citation: "Trích dẫn",
  qualifierWords: { over: "hơn", about: "khoảng" },
  yes: "có",
  no: "không",
  dateUnknown: "không rõ",
};

const meta = {
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  citation: "Hội hư cấu, “Thử”, https://example.org/so-lieu/.",
};

const series: ChartSeries = {
  id: "thu",
  rows: [
    {
      label: 'Ngày hội "Giọt hồng", phường A',
      collected: { value: 1200, qualifier: "over" },
      target: { value: 1000 },
      percent: { value: 120, derivation: { kind: "percent-from-target", units: 1200, target: 1000 } },
    },
    { label: "Dòng\nhai", collected: { value: 5 } },
  ],
};

describe("toCsv", () => {
  const csv = toCsv(
    openDataRows(series, (row) =>
      row.label.startsWith("Ngày")
        ? [{ name: "Nguồn; A", published: "2025-01-02", url: "https://example.org/a" }, { name: "Nguồn B" }]
        : [],
    ),
    columns,
    meta,
  );
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });
  it("quotes fields with commas, quotes or line breaks, leaves missing figures empty, and carries licence and citation", () => {
    const licence = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";
    const cite = '"Hội hư cấu, “Thử”, https://example.org/so-lieu/."';
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Năm,Tiếp nhận,Nguồn ghi,Chỉ tiêu,Chỉ tiêu suy ra,Đạt (%),Tỷ lệ suy ra,Nguồn,Ngày,Địa chỉ,Giấy phép,Trích dẫn",
      `"Ngày hội ""Giọt hồng"", phường A",1200,hơn,1000,không,120,có,Nguồn; A; Nguồn B,2025-01-02; không rõ,https://example.org/a,${licence},${cite}`,
      `"Dòng\nhai",5,,,,,,,,,${licence},${cite}`,
      "",
    ]);
  });
});

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Ngày hội", "Ngày hội"],
    ["2025", "2025"],
  ])("%j → %j", (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it("neutralises a campaign name or source written as a formula, and keeps real negative numbers as numbers", () => {
    const rows = openDataRows({ id: "x", rows: [{ label: "=1+2", collected: { value: -5 } }] }, () => [
      { name: "@nguồn" },
    ]);
    const line = toCsv(rows, columns, meta).split("\r\n")[1];
    expect(line.startsWith("'=1+2,-5,")).toBe(true);
    expect(line).toContain(",'@nguồn,");
  });
});

describe("figuresDate", () => {
  it("is the latest date a source published, or null when no source is dated", () => {
    const rows = openDataRows(series, (row) => [
      { name: "A", published: row.label === "Dòng\nhai" ? "2025-03-01" : "2024-12-31" },
    ]);
    expect(figuresDate(rows)).toBe("2025-03-01");
    expect(figuresDate(openDataRows(series, () => [{ name: "A" }]))).toBeNull();
  });
});

describe("toJson", () => {
  it("carries the title, page, dates, licence, citation and every source with its own date", () => {
    const json = JSON.parse(
      toJson(
        openDataRows(series, () => [{ name: "Nguồn A", published: "2025-01-02", authors: ["Tác giả hư cấu"] }]),
        { title: "Thử", page: "https://example.org/so-lieu/", generated: "2025-02-03", ...meta },
      ),
    );
    expect(json).toMatchObject({
      title: "Thử",
      generated: "2025-02-03",
      figuresDate: "2025-01-02",
      licence: meta.licence,
      citation: meta.citation,
      sources: [{ name: "Nguồn A", authors: ["Tác giả hư cấu"], url: null, published: "2025-01-02" }],
    });
    expect(json.rows[0]).toEqual({
      label: 'Ngày hội "Giọt hồng", phường A',
      unitsCollected: 1200,
      unitsQualifier: "over",
      unitTarget: 1000,
      unitTargetDerived: false,
      percentOfTarget: 120,
      percentOfTargetDerived: true,
      source: "Nguồn A",
      sourceDate: "2025-01-02",
      sources: [{ name: "Nguồn A", authors: ["Tác giả hư cấu"], url: null, published: "2025-01-02" }],
    });
  });
});

describe("the fixture site's data files (golden files)", () => {
  const site = buildSiteIndex(
    fixtureArticles().filter((a) => !a.data.draft),
    fixtureYears(),
    fixtureCampaigns(),
  );
  const sets = dataSets(site);
  it("has one file pair per chart with rows", () => {
    expect(sets.map((s) => s.id)).toEqual(["nam", ...site.chartYears.map((y) => `chien-dich-${y}`)]);
  });
  for (const id of ["nam", "chien-dich-2023"]) {
    it(`${id}.csv and ${id}.json`, async () => {
      const set = sets.find((s) => s.id === id)!;
      await expect(csvFile(set, "https://example.org/so-lieu/")).toMatchFileSnapshot(`${GOLDEN}open-data-${id}.csv`);
      await expect(jsonFile(set, "https://example.org/so-lieu/", "2025-01-01")).toMatchFileSnapshot(
        `${GOLDEN}open-data-${id}.json.txt`,
      );
    });
  }
});
