import { describe, expect, test } from "vitest";
import { buildSiteIndex, type ArticleRef } from "../../src/lib/site-index.ts";
import { campaignSeries, yearSeries } from "../../src/lib/chart-data.ts";
import { fixtureCampaigns, fixtureYears, publishedFixtureArticles } from "./fixture-data.ts";
import { goldenJson, goldenPath } from "./golden.ts";

function articleRefs(): ArticleRef[] {
  return publishedFixtureArticles().map(({ id, data }) => ({
    id,
    data: { title: data.title, date: data.date, campaigns: data.campaigns, description: data.description },
  }));
}

const index = () => buildSiteIndex(articleRefs(), fixtureYears(), fixtureCampaigns());

describe("buildSiteIndex over the fixture site", () => {
  test("matches the golden file", async () => {
    const site = index();
    // Articles and campaigns are reduced to ids: the golden file is about order and cross references.
    const view = {
      articles: site.articles.map((a) => `${a.data.date} ${a.id}`),
      years: site.years.map((y) => y.year),
      campaigns: site.campaigns.map((c) => c.id),
      campaignById: [...site.campaignById.keys()],
      articlesByCampaign: Object.fromEntries(
        [...site.articlesByCampaign].map(([id, list]) => [id, list.map((a) => a.id)]),
      ),
      campaignYears: site.campaignYears,
      latestYear: site.latestYear?.year,
      plannedYear: site.plannedYear?.year,
      yearChart: site.yearChart,
      campaignCharts: site.campaignCharts,
    };
    const path = goldenPath("site-index");
    await expect(await goldenJson(view, path)).toMatchFileSnapshot(path);
  });

  test("articles are newest first", () => {
    const dates = index().articles.map((a) => a.data.date);
    expect(dates).toHaveLength(25);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(index().articles[0].id).toBe("ke-hoach-hien-mau-nam-2024");
  });

  test("years are oldest first; the latest reported year is 2023 and 2024 is the plan", () => {
    const site = index();
    expect(site.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(site.latestYear?.year).toBe(2023);
    expect(site.plannedYear?.year).toBe(2024);
  });

  test("campaigns: newest year first, then by start date (undated last), then by name", () => {
    const site = index();
    expect(site.campaigns.filter((c) => c.data.year === 2023).map((c) => c.id)).toEqual([
      "2023-ngay-hoi-mua-he",
      "2023-chien-dich-giot-mau-yeu-thuong",
      "2023-ngay-hien-mau-tinh-nguyen-vien",
      "2023-hien-mau-cac-phuong",
    ]);
    expect(site.campaignYears).toEqual([2024, 2023, 2022, 2021, 2020, 2019]);
    expect(site.campaignById.get("2021-chien-dich-he-do")?.data.unitsCollected).toBe(1200);
  });

  test("articles are listed under each campaign they name, newest first", () => {
    const site = index();
    expect(site.articlesByCampaign.get("2023-chien-dich-giot-mau-yeu-thuong")?.map((a) => a.id)).toEqual([
      "tong-ket-nam-2023-co-bieu-do",
      "chien-dich-giot-mau-yeu-thuong-ket-thuc",
    ]);
    expect(site.articlesByCampaign.has("2019-hien-mau-phuong-a")).toBe(false);
  });

  test("the charts are the chart-data series of the sorted records", () => {
    const site = index();
    expect(site.yearChart).toEqual(yearSeries(fixtureYears()));
    // 2024's campaigns are all planned: the per-campaign chart covers years with results only.
    expect(site.campaignYears).toEqual([2024, 2023, 2022, 2021, 2020, 2019]);
    expect(site.chartYears).toEqual([2023, 2022, 2021, 2020, 2019]);
    expect([...site.campaignCharts.keys()]).toEqual(site.chartYears);
    expect(site.campaignCharts.get(2023)).toEqual(campaignSeries(fixtureCampaigns(), 2023));
  });
});

describe("buildSiteIndex edge cases", () => {
  const source = { name: "x" };

  test("an article naming an unknown campaign is not indexed under it", () => {
    const site = buildSiteIndex(
      [{ id: "a", data: { title: "A", date: "2023-01-01", campaigns: ["khong-co"], description: "d" } }],
      [],
      [],
    );
    expect(site.articlesByCampaign.size).toBe(0);
  });

  test("articles of the same day are ordered by title", () => {
    const site = buildSiteIndex(
      [
        { id: "b", data: { title: "Ước", date: "2023-01-01", campaigns: [], description: "d" } },
        { id: "a", data: { title: "Ân", date: "2023-01-01", campaigns: [], description: "d" } },
      ],
      [],
      [],
    );
    expect(site.articles.map((a) => a.id)).toEqual(["a", "b"]);
  });

  test("with only a plan (no reported year) the plan is still found", () => {
    const site = buildSiteIndex([], [{ year: 2022, unitTarget: 4000, sources: [source] }], []);
    expect(site.latestYear).toBeUndefined();
    expect(site.plannedYear?.year).toBe(2022);
  });

  test("a target-only year before the latest reported one is not the plan", () => {
    const site = buildSiteIndex(
      [],
      [
        { year: 2020, unitTarget: 100, sources: [source] },
        { year: 2021, unitsCollected: 50, sources: [source] },
      ],
      [],
    );
    expect(site.latestYear?.year).toBe(2021);
    expect(site.plannedYear).toBeUndefined();
  });

  test("an empty site gives empty lists", () => {
    const site = buildSiteIndex([], [], []);
    expect(site.articles).toEqual([]);
    expect(site.campaignYears).toEqual([]);
    expect(site.yearChart.rows).toEqual([]);
    expect(site.campaignCharts.size).toBe(0);
  });

  test("does not reorder the caller's lists", () => {
    const years = [
      { year: 2022, unitsCollected: 1, sources: [source] },
      { year: 2021, unitsCollected: 1, sources: [source] },
    ];
    buildSiteIndex([], years, []);
    expect(years.map((y) => y.year)).toEqual([2022, 2021]);
  });
});

describe("buildSiteIndex look-ups for per-page use", () => {
  test("articleById and campaignsByYear agree with the sorted lists", () => {
    const site = index();
    expect(site.articleById.size).toBe(site.articles.length);
    for (const article of site.articles) expect(site.articleById.get(article.id)).toBe(article);
    expect([...site.campaignsByYear.keys()]).toEqual(site.campaignYears);
    for (const year of site.campaignYears)
      expect(site.campaignsByYear.get(year)).toEqual(site.campaigns.filter((c) => c.data.year === year));
  });
});
