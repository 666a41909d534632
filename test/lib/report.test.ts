import { describe, expect, it } from "vitest";
import { buildSiteIndex } from "../../src/lib/site-index.ts";
import { reportYears, yearReport } from "../../src/lib/report.ts";
import { fixtureArticles, fixtureCampaigns, fixtureYears } from "./fixture-data.ts";

const site = buildSiteIndex(
  fixtureArticles().filter((a) => !a.data.draft),
  fixtureYears(),
  fixtureCampaigns(),
);

describe("reportYears", () => {
  it("lists every year with results, newest first: 2024 has only a target and planned campaigns", () => {
    expect(reportYears(site)).toEqual([2023, 2022, 2021, 2020, 2019]);
  });
  it("leaves out a year whose only campaign is planned", () => {
    const planned = { ...fixtureCampaigns()[0].data, year: 2031, status: "planned" as const };
    delete planned.unitsCollected;
    expect(reportYears({ years: [], campaigns: [{ id: "p", data: planned }] })).toEqual([]);
  });
  it("includes a year that only has campaigns", () => {
    expect(
      reportYears({
        years: [],
        campaigns: [{ id: "a", data: { ...fixtureCampaigns()[0].data, year: 2030 } }],
      }),
    ).toEqual([2030]);
  });
});

describe("yearReport", () => {
  const report = yearReport(site, 2023);
  it("has the year's figures and its campaigns in date order", () => {
    expect(report.figures?.year).toBe(2023);
    expect(report.campaigns.map((c) => c.campaign.id)).toEqual(
      site.campaigns.filter((c) => c.data.year === 2023).map((c) => c.id),
    );
    expect(report.campaigns.every((c) => c.campaign.data.year === 2023)).toBe(true);
  });
  it("takes articles published in the year or about its campaigns, newest first", () => {
    const ids = new Set(report.campaigns.map((c) => c.campaign.id));
    for (const a of report.articles) {
      expect(a.data.date.startsWith("2023-") || a.data.campaigns.some((id) => ids.has(id))).toBe(true);
    }
    const expected = site.articles.filter(
      (a) => a.data.date.startsWith("2023-") || a.data.campaigns.some((id) => ids.has(id)),
    );
    expect(report.articles.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(report.articles.length).toBeGreaterThan(0);
  });
  it("names each source once", () => {
    expect(report.sources).toEqual([...new Set(report.sources)]);
    expect(report.sources.length).toBeGreaterThan(0);
  });
  it("has no figures for a year without a record", () => {
    expect(yearReport(site, 1999)).toMatchObject({ figures: undefined, campaigns: [], articles: [] });
  });
});
