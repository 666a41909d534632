import { describe, expect, test } from "vitest";
import { campaignSeries, hasTargets, toChartJson, yearSeries, type ChartSeries } from "../../src/lib/chart-data.ts";
import { fixtureCampaigns, fixtureYears } from "./fixture-data.ts";
import { goldenJson, goldenPath } from "./golden.ts";

const labels = { collected: "Tiếp nhận", target: "Chỉ tiêu" };

describe("yearSeries", () => {
  test("over the fixture years (golden file)", async () => {
    const path = goldenPath("year-series");
    await expect(await goldenJson(yearSeries(fixtureYears()), path)).toMatchFileSnapshot(path);
  });

  test("one row a year, oldest first, whatever order the file has", () => {
    const series = yearSeries([...fixtureYears()].reverse());
    expect(series.id).toBe("nam");
    expect(series.rows.map((r) => r.label)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
  });

  test("derived targets are marked; stated ones are not", () => {
    const rows = yearSeries(fixtureYears()).rows;
    const derived = rows.filter((r) => r.target?.derivation).map((r) => r.label);
    // 2020 and 2023 state only a percent of target.
    expect(derived).toEqual(["2020", "2023"]);
    expect(rows.find((r) => r.label === "2023")?.target).toMatchObject({ value: 3000, qualifier: "about" });
  });

  test("an empty list gives an empty series", () => {
    expect(yearSeries([])).toEqual({ id: "nam", rows: [] });
  });
});

describe("campaignSeries", () => {
  test("over the fixture campaigns of 2023 (golden file)", async () => {
    const path = goldenPath("campaign-series-2023");
    await expect(await goldenJson(campaignSeries(fixtureCampaigns(), 2023), path)).toMatchFileSnapshot(path);
  });

  test("only that year's campaigns with units or a target, largest first, linking to the campaign", () => {
    const series = campaignSeries(fixtureCampaigns(), 2023);
    expect(series.id).toBe("chien-dich-2023");
    expect(series.rows.map((r) => r.collected?.value)).toEqual([1500, 1126, 900, 400]);
    expect(series.rows[1]).toMatchObject({
      label: "Chiến dịch “Giọt máu yêu thương” (hư cấu)",
      path: "chien-dich/2023-chien-dich-giot-mau-yeu-thuong/",
      collected: { value: 1126, qualifier: "over" },
      target: { value: 1000 },
      percent: { value: 112.6 },
    });
  });

  test("a campaign with neither units nor a target is left out of the chart", () => {
    const rows = campaignSeries(fixtureCampaigns(), 2021).rows;
    expect(rows.map((r) => r.path)).not.toContain("chien-dich/2021-toa-dam-hien-mau/");
    expect(rows).toHaveLength(2);
  });

  test("planned campaigns with only a goal are left out: a chart of results has no row for them", () => {
    expect(fixtureCampaigns().filter((c) => c.data.year === 2024 && c.data.unitTarget !== undefined)).toHaveLength(2);
    expect(campaignSeries(fixtureCampaigns(), 2024).rows).toEqual([]);
  });

  test("ties on units are broken by name in Vietnamese order", () => {
    const source = { name: "x" };
    const rows = campaignSeries(
      [
        {
          id: "b",
          data: { name: "Ước", kind: "other", year: 2020, status: "done", unitsCollected: 5, sources: [source] },
        },
        {
          id: "a",
          data: { name: "Ân", kind: "other", year: 2020, status: "done", unitsCollected: 5, sources: [source] },
        },
        {
          id: "c",
          data: { name: "Bình", kind: "other", year: 2020, status: "done", unitsCollected: 5, sources: [source] },
        },
      ],
      2020,
    ).rows;
    expect(rows.map((r) => r.label)).toEqual(["Ân", "Bình", "Ước"]);
  });

  test("a year without campaigns gives an empty series", () => {
    expect(campaignSeries(fixtureCampaigns(), 1999)).toEqual({ id: "chien-dich-1999", rows: [] });
  });
});

describe("toChartJson", () => {
  test("one entry a row, null where a figure is missing, derived targets flagged", () => {
    const json = toChartJson(yearSeries(fixtureYears()), labels);
    expect(json).toEqual({
      labels: ["2019", "2020", "2021", "2022", "2023", "2024"],
      collected: [2000, 1500, 3000, 3600, 4200, null],
      target: [2500, 2000, 2400, 3000, 3000, 5000],
      targetDerived: [false, true, false, false, true, false],
      collectedLabel: "Tiếp nhận",
      targetLabel: "Chỉ tiêu",
    });
  });

  test("the arrays stay the same length as the labels", () => {
    const json = toChartJson(campaignSeries(fixtureCampaigns(), 2023), labels);
    for (const list of [json.collected, json.target, json.targetDerived]) expect(list).toHaveLength(4);
    expect(json.target).toEqual([null, 1000, 800, null]);
  });

  test("survives a round trip through JSON, as the page's JSON island does", () => {
    const json = toChartJson(campaignSeries(fixtureCampaigns(), 2023), labels);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("hasTargets", () => {
  const rows = (targets: (number | undefined)[]): ChartSeries => ({
    id: "x",
    rows: targets.map((t, i) => ({
      label: String(i),
      collected: { value: 1 },
      target: t === undefined ? undefined : { value: t },
    })),
  });
  test("true when any row has a target", () => {
    expect(hasTargets(rows([undefined, 10]))).toBe(true);
    expect(hasTargets(campaignSeries(fixtureCampaigns(), 2023))).toBe(true);
  });
  test("false when no row has one, or there are no rows", () => {
    expect(hasTargets(rows([undefined, undefined]))).toBe(false);
    expect(hasTargets(rows([]))).toBe(false);
    const withoutTargets = fixtureCampaigns().filter((c) => c.data.unitTarget === undefined);
    expect(hasTargets(campaignSeries(withoutTargets, 2023))).toBe(false);
  });
});
