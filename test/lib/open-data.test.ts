import { describe, expect, it } from "vitest";
import { buildContentIndex } from "../../src/lib/content-index.ts";
import { BOM, figuresDate, openDataRows, toCsv, toJson, type OpenDataColumns } from "../../src/lib/open-data.ts";
import { csvFile, dataSets, jsonFile } from "../../src/open-data-files.ts";
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
  qualifierWords: { over: "hơn", about: "khoảng" },
  yes: "có",
  no: "không",
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
      row.label.startsWith("Ngày") ? { name: "Nguồn; A", date: "2025-01-02" } : undefined,
    ),
    columns,
  );
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });
  it("quotes fields with commas, quotes or line breaks and leaves missing figures empty", () => {
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Năm,Tiếp nhận,Nguồn ghi,Chỉ tiêu,Chỉ tiêu suy ra,Đạt (%),Tỷ lệ suy ra,Nguồn,Ngày",
      '"Ngày hội ""Giọt hồng"", phường A",1200,hơn,1000,không,120,có,Nguồn; A,2025-01-02',
      '"Dòng\nhai",5,,,,,,,',
      "",
    ]);
  });
});

describe("figuresDate", () => {
  it("is the latest source date, or null when no source is dated", () => {
    const rows = openDataRows(series, (row) => ({
      name: "A",
      date: row.label === "Dòng\nhai" ? "2025-03-01" : "2024-12-31",
    }));
    expect(figuresDate(rows)).toBe("2025-03-01");
    expect(figuresDate(openDataRows(series, () => undefined))).toBeNull();
  });
});

describe("toJson", () => {
  it("carries the title, page, dates and distinct sources with the rows", () => {
    const json = JSON.parse(
      toJson(
        openDataRows(series, () => ({ name: "Nguồn A", date: "2025-01-02" })),
        {
          title: "Thử",
          page: "https://example.org/so-lieu/",
          generated: "2025-02-03",
        },
      ),
    );
    expect(json).toMatchObject({
      title: "Thử",
      generated: "2025-02-03",
      figuresDate: "2025-01-02",
      sources: ["Nguồn A"],
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
      sourceUrl: null,
      sourceDate: "2025-01-02",
    });
  });
});

describe("the fixture site's data files (golden files)", () => {
  const site = buildContentIndex(
    fixtureArticles().filter((a) => !a.data.draft),
    fixtureYears(),
    fixtureCampaigns(),
  );
  const sets = dataSets(site);
  it("has one file pair per chart with rows", () => {
    expect(sets.map((s) => s.id)).toEqual(["nam", ...site.campaignYears.map((y) => `chien-dich-${y}`)]);
  });
  for (const id of ["nam", "chien-dich-2023"]) {
    it(`${id}.csv and ${id}.json`, async () => {
      const set = sets.find((s) => s.id === id)!;
      await expect(csvFile(set)).toMatchFileSnapshot(`${GOLDEN}open-data-${id}.csv`);
      await expect(jsonFile(set, "https://example.org/so-lieu/", "2025-01-01")).toMatchFileSnapshot(
        `${GOLDEN}open-data-${id}.json.txt`,
      );
    });
  }
});
