/**
 * Reads the run's build of the fictional fixture site (test/fixtures/site) and
 * checks its HTML against the data it was built from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { sharedBuild, sitePath, text, type BuiltSite } from "./build-site.ts";
import { buildContentIndex } from "../../src/lib/content-index.ts";
import { campaignSeries, toChartJson, yearSeries, type ChartSeries } from "../../src/lib/chart-data.ts";
import { figureText, t } from "../../src/i18n/vi.ts";
import type { Figure } from "../../src/lib/figures.ts";
import { formatDate } from "../../src/lib/format.ts";
import { fixtureArticles, fixtureCampaigns, fixtureYears, publishedFixtureArticles } from "../lib/fixture-data.ts";
import { isSearchIndexFile } from "../../src/lib/search.ts";

let site: BuiltSite;

beforeAll(async () => {
  site = await sharedBuild("fixture");
});

const years = fixtureYears();
const campaigns = fixtureCampaigns();
const published = publishedFixtureArticles();
const drafts = fixtureArticles().filter((a) => a.data.draft);
const index = buildContentIndex(published, years, campaigns);
const labels = { collected: t.stats.collected, target: t.stats.target };
const DRAFT = drafts[0];

/** The text a table cell shows for a figure (derived ones end with the mark and its spoken words). */
function cell(figure: Figure | undefined, kind: "number" | "percent" = "number"): string {
  if (!figure) return t.stats.notReported;
  return figureText(figure, kind) + (figure.derivation ? `${t.stats.derivedMark} (số suy ra)` : "");
}

/** The chart figure on a page whose JSON island draws `series`. */
function chartFor(page: HTMLElement, series: ChartSeries): HTMLElement {
  const figure = page.querySelector(`figure#bieu-do-${series.id}`);
  if (!figure) throw new Error(`no chart figure #bieu-do-${series.id}`);
  return figure;
}

function expectChartMatches(figure: HTMLElement, series: ChartSeries) {
  const island = figure.querySelector('script[type="application/json"][data-chart-data]');
  expect(JSON.parse(island?.textContent ?? "null")).toEqual(toChartJson(series, labels));
  const withTarget = series.rows.some((r) => r.target);
  const rows = figure.querySelectorAll("tbody tr").map((tr) => tr.querySelectorAll("th, td").map(text));
  expect(rows).toEqual(
    series.rows.map((r) =>
      withTarget
        ? [r.label, cell(r.collected), cell(r.target), cell(r.percent, "percent")]
        : [r.label, cell(r.collected)],
    ),
  );
}

describe("the fixture data", () => {
  test("is what the tests below assume: 25 published articles, one draft, 16 campaigns, 6 years", () => {
    expect(published).toHaveLength(25);
    expect(drafts.map((a) => a.id)).toEqual(["ban-nhap-khong-duoc-dang"]);
    expect(campaigns).toHaveLength(16);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });
});

/** The form editor at /admin/ is a tool for comms staff, not a page for readers (tested below). */
const readerPages = () => site.htmlFiles().filter((file) => !file.startsWith("admin/"));

describe("every page", () => {
  test("is in Vietnamese, with a title and a meta description", () => {
    const files = readerPages();
    expect(files.length).toBeGreaterThanOrEqual(1 + 3 + 25 + 1 + 16 + 1 + 1);
    for (const file of files) {
      const page = site.page(file);
      expect(page.querySelector("html")?.getAttribute("lang"), file).toBe("vi");
      expect(text(page.querySelector("head title")), file).not.toBe("");
      expect(page.querySelector('meta[name="description"]')?.getAttribute("content")?.trim(), file).toBeTruthy();
    }
  });

  test("has the site header and footer with navigation", () => {
    for (const file of readerPages()) {
      const page = site.page(file);
      expect(page.querySelector("header.site-header nav"), file).not.toBeNull();
      expect(page.querySelector("footer.site-footer"), file).not.toBeNull();
    }
  });

  test("but the form editor, which is in Vietnamese, titled, kept out of search engines and the sitemap", () => {
    const page = site.page("admin/index.html");
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("vi");
    expect(text(page.querySelector("head title"))).toMatch(/^Biên tập nội dung/);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(readFileSync(join(site.outDir, "sitemap-0.xml"), "utf8")).not.toContain("/admin/");
  });

  test("a real 404 page exists", () => {
    expect(site.exists("404.html")).toBe(true);
    const page = site.page("404.html");
    expect(text(page.querySelector("h1"))).toBe(t.notFound.title);
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("vi");
  });
});

describe("drafts", () => {
  test("get no page", () => {
    expect(site.exists(`tin-tuc/${DRAFT.id}/`)).toBe(false);
  });

  test("appear in no list, link or text anywhere", () => {
    for (const file of site.htmlFiles()) {
      const html = site.html(file);
      expect(html, file).not.toContain(DRAFT.id);
      expect(html, file).not.toContain(DRAFT.data.title);
    }
  });

  test("appear in no feed, sitemap, data file or calendar either", () => {
    // Pagefind's index is compressed; search.test covers what it indexes.
    const textFiles = site.files().filter((f) => /\.(xml|json|csv|ics|txt|js)$/.test(f) && !isSearchIndexFile(f));
    expect(textFiles.some((f) => f.endsWith(".xml"))).toBe(true);
    for (const file of textFiles) {
      const content = readFileSync(join(site.outDir, file), "utf8");
      expect(content, file).not.toContain(DRAFT.id);
      expect(content, file).not.toContain(DRAFT.data.title);
    }
  });
});

describe("news list", () => {
  const listPaths = ["tin-tuc/", "tin-tuc/trang/2/", "tin-tuc/trang/3/"];
  const slugsOn = (path: string) =>
    site
      .page(path)
      .querySelectorAll("main .card h2 a")
      .map((a) => a.getAttribute("href"));

  test("has three pages and no fourth", () => {
    for (const path of listPaths) expect(site.exists(path), path).toBe(true);
    expect(site.exists("tin-tuc/trang/4/")).toBe(false);
    expect(site.exists("tin-tuc/trang/1/")).toBe(false);
  });

  test("shows 10, 10 and 5 articles, newest first, every published article once", () => {
    const pages = listPaths.map(slugsOn);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(index.articles.map((a) => `/tin-tuc/${a.id}/`));
    const dates = listPaths.flatMap((p) =>
      site
        .page(p)
        .querySelectorAll("main .card time")
        .map((el) => el.getAttribute("datetime") ?? ""),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(text(site.page("tin-tuc/").querySelector("main .card time"))).toBe(formatDate(index.articles[0].data.date));
  });

  test("links each page to the previous and next ones", () => {
    const link = (path: string, rel: string) =>
      site.page(path).querySelector(`nav.pagination a[rel="${rel}"]`)?.getAttribute("href") ?? null;
    expect([link("tin-tuc/", "prev"), link("tin-tuc/", "next")]).toEqual([null, "/tin-tuc/trang/2/"]);
    expect([link("tin-tuc/trang/2/", "prev"), link("tin-tuc/trang/2/", "next")]).toEqual([
      "/tin-tuc/",
      "/tin-tuc/trang/3/",
    ]);
    expect([link("tin-tuc/trang/3/", "prev"), link("tin-tuc/trang/3/", "next")]).toEqual(["/tin-tuc/trang/2/", null]);
    expect(text(site.page("tin-tuc/trang/2/").querySelector("nav.pagination"))).toContain("Trang 2 / 3");
  });

  test("later pages say which page they are in the title", () => {
    expect(text(site.page("tin-tuc/trang/3/").querySelector("h1"))).toBe(t.news.pageTitle(3));
  });
});

describe("an article page", () => {
  test("shows the title, summary, date, authors and body", () => {
    const article = published.find((a) => a.id === "ngay-hoi-thanh-nien");
    if (!article) throw new Error("fixture article missing");
    const page = site.page(`tin-tuc/${article.id}/`);
    expect(text(page.querySelector("main h1"))).toBe(article.data.title);
    expect(text(page.querySelector("main .lead"))).toBe(article.data.description);
    expect(page.querySelector("main time")?.getAttribute("datetime")).toBe("2021-10-31");
    expect(text(page.querySelector("main time"))).toBe("31/10/2021");
    expect(text(page.querySelector("main"))).toContain("Tác giả hư cấu");
    expect(text(page.querySelector("main .body"))).toContain(
      "Đây là bài hư cấu số 13, nói về ngày hội thanh niên ở phường Hư Cấu.",
    );
    expect(text(page.querySelector("head title"))).toContain(article.data.title);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(article.data.description);
  });

  test("is rendered from HTML kept outside the content store that Astro bundles", () => {
    // At 10,000 articles the articles' HTML in the store made bundling peak at 2.3 to 3 GB.
    const sentence = "Đây là bài hư cấu số 13, nói về ngày hội thanh niên ở phường Hư Cấu.";
    expect(readFileSync(join(site.cacheDir, "data-store.json"), "utf8")).not.toContain(sentence);
    const files = readdirSync(join(site.cacheDir, "article-html"));
    const markdownArticles = fixtureArticles().filter((a) => a.file.endsWith(".md"));
    expect(files).toHaveLength(markdownArticles.length);
    const own = files.find((f) => f.startsWith("ngay-hoi-thanh-nien."));
    expect(readFileSync(join(site.cacheDir, "article-html", own ?? "?"), "utf8")).toContain(sentence);
  });

  test("credits the press source with a link, and lists its campaigns with their figures", () => {
    const page = site.page("tin-tuc/chien-dich-giot-mau-yeu-thuong-ket-thuc/");
    const source = page.querySelector("main .source");
    expect(text(source)).toContain("Báo Hư Cấu (Phóng viên hư cấu)");
    expect(source?.querySelector("a")?.getAttribute("href")).toBe("https://bao-hu-cau.example.org/giot-mau-yeu-thuong");
    const cards = page.querySelectorAll('main section[aria-labelledby="chien-dich-trong-bai"] .card');
    expect(cards.map((c) => c.querySelector("a")?.getAttribute("href"))).toEqual([
      "/chien-dich/2023-chien-dich-giot-mau-yeu-thuong/",
      "/chien-dich/2023-ngay-hoi-mua-he/",
    ]);
    expect(text(cards[0])).toContain("hơn 1.126");
    expect(text(cards[1])).toContain("900");
  });

  test("a folder article shows its photo, optimised, with its alt text and caption", () => {
    const page = site.page("tin-tuc/le-ra-mat-diem-hien-mau-moi/");
    const img = page.querySelector("main .lead-image img");
    expect(img?.getAttribute("alt")).toBe("Hình minh họa một giọt máu màu đỏ sẫm trên nền hồng nhạt");
    expect(img?.getAttribute("src")).toMatch(/^\/_astro\/giot-mau\.[\w-]+\.webp$/);
    expect(img?.getAttribute("width")).toBe("160");
    expect(img?.getAttribute("height")).toBe("100");
    expect(text(page.querySelector("main .lead-image figcaption"))).toBe("Ảnh minh họa (hư cấu).");
    // The optimised file is in the build, and small: the photo is 160 × 100.
    const file = join(site.outDir, img?.getAttribute("src") ?? "");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(10_000);
  });

  test("pages without a chart ship no JavaScript module", () => {
    const withCharts = new Set(["tong-ket-nam-2023-co-bieu-do"]);
    for (const article of published.filter((a) => !withCharts.has(a.id))) {
      const page = site.page(`tin-tuc/${article.id}/`);
      expect(page.querySelectorAll("script[src]"), article.id).toHaveLength(0);
      expect(page.querySelectorAll('script[type="module"]'), article.id).toHaveLength(0);
      expect(page.querySelector("figure.chart"), article.id).toBeNull();
    }
  });
});

describe("the MDX article with charts", () => {
  const path = "tin-tuc/tong-ket-nam-2023-co-bieu-do/";

  test("renders <YearChart /> and <CampaignChart year={2023} /> with the data of the site", () => {
    const page = site.page(path);
    const figures = page.querySelectorAll("main .body figure.chart");
    // The year chart is embedded twice: the second copy gets its own id.
    expect(figures.map((f) => f.getAttribute("id"))).toEqual([
      "bieu-do-nam",
      "bieu-do-chien-dich-2023",
      "bieu-do-nam-2",
    ]);
    // The count is per page: the statistics page starts again from the plain id.
    expect(site.page("so-lieu/").querySelector("figure.chart")?.getAttribute("id")).toBe("bieu-do-nam");
    expectChartMatches(chartFor(page, yearSeries(years)), yearSeries(years));
    expectChartMatches(chartFor(page, campaignSeries(campaigns, 2023)), campaignSeries(campaigns, 2023));
    expectChartMatches(figures[2], yearSeries(years));
  });

  test("keeps the prose around the charts", () => {
    const body = text(site.page(path).querySelector("main .body"));
    expect(body).toContain("Năm 2023, phường Hư Cấu (hư cấu) tiếp nhận hơn 4.200 đơn vị máu.");
    expect(body).toContain("Số liệu trong bài là dữ liệu kiểm thử, không phải kết quả thật.");
  });

  test("loads the chart script as a module", () => {
    const scripts = site.page(path).querySelectorAll('script[type="module"][src]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0].getAttribute("src")).toMatch(/^\/_astro\/.+\.js$/);
  });

  test("the page's module only watches the charts; Chart.js comes in a separate, dynamically imported chunk", () => {
    const src = site.page(path).querySelector('script[type="module"][src]')?.getAttribute("src") ?? "";
    const entry = readFileSync(join(site.outDir, src), "utf8");
    expect(entry).toMatch(/import\(\s*["'`]\.\/chart-draw\.[\w-]+\.js["'`]\s*\)/);
    expect(entry).not.toMatch(/from\s*["'`]\.\/chart-draw/);
    expect(entry).toContain("IntersectionObserver");
  });
});

describe("the statistics page", () => {
  const path = "so-lieu/";

  test("the per-year chart's JSON and table equal the year data", () => {
    const page = site.page(path);
    expectChartMatches(chartFor(page, yearSeries(years)), yearSeries(years));
  });

  test("each chart says what it shows and what it means", () => {
    const page = site.page(path);
    const yearChart = chartFor(page, yearSeries(years));
    expect(text(yearChart.querySelector("figcaption .chart-title"))).toBe(t.stats.perYear);
    expect(text(yearChart.querySelector(".chart-summary"))).toBe("Năm 2023 vượt chỉ tiêu 40 %.");
    expect(text(yearChart.querySelector(".chart-source"))).toBe(
      "Nguồn: Nguồn hư cấu A (dữ liệu kiểm thử); Nguồn hư cấu B (dữ liệu kiểm thử).",
    );
    const campaignChart = chartFor(page, campaignSeries(campaigns, 2023));
    expect(text(campaignChart.querySelector(".chart-title"))).toBe(`${t.stats.perCampaign} năm 2023`);
  });

  test("one campaign chart per year with campaign results, each equal to its data", () => {
    const page = site.page(path);
    for (const year of index.chartYears) {
      const series = campaignSeries(campaigns, year);
      if (series.rows.length === 0) continue;
      expectChartMatches(chartFor(page, series), series);
    }
    expect(page.querySelectorAll("[data-year-picker] select option").map((o) => o.getAttribute("value"))).toEqual(
      index.chartYears.map(String),
    );
    // 2024's campaigns are all planned: no chart for them.
    expect(index.chartYears).not.toContain(2024);
    expect(page.querySelector("#bieu-do-chien-dich-2024")).toBeNull();
  });

  test("a target derived from a stated percent is marked derived and explained", () => {
    const figure = chartFor(site.page(path), yearSeries(years));
    const row2023 = figure.querySelectorAll("tbody tr").find((tr) => text(tr.querySelector("th")) === "2023");
    const targetCell = row2023?.querySelectorAll("td")[1];
    expect(text(targetCell)).toBe("khoảng 3.000* (số suy ra)");
    expect(targetCell?.querySelector(".derived-mark")).not.toBeNull();
    expect(text(figure.querySelector(".derived-note"))).toContain(
      "Số suy ra: 4.200 đơn vị đạt 140 % chỉ tiêu, nên chỉ tiêu khoảng 4.200 ÷ 140 %.",
    );
    // A stated target carries no mark.
    const row2022 = figure.querySelectorAll("tbody tr").find((tr) => text(tr.querySelector("th")) === "2022");
    expect(row2022?.querySelectorAll("td")[1].querySelector(".derived-mark")).toBeNull();
  });

  test("the planned year's quota (derived from target and percent of quota) is shown as derived", () => {
    const main = text(site.page(path).querySelector("main"));
    expect(main).toContain("khoảng 4.000* (số suy ra)");
  });

  test("loads the chart script", () => {
    expect(site.page(path).querySelectorAll('script[type="module"][src]').length).toBeGreaterThanOrEqual(1);
  });
});

describe("campaign pages", () => {
  test("every campaign has a page, and the list links them all, grouped by year", () => {
    for (const c of campaigns) expect(site.exists(`chien-dich/${c.id}/`), c.id).toBe(true);
    const list = site.page("chien-dich/");
    const links = list.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    for (const c of campaigns) expect(links, c.id).toContain(`/chien-dich/${c.id}/`);
    const headings = list.querySelectorAll("main h2").map(text);
    for (const year of index.campaignYears)
      expect(
        headings.some((h) => h.includes(String(year))),
        `${year}`,
      ).toBe(true);
  });

  test("a campaign's figures are written the Vietnamese way, with 'hơn' and its derived percent", () => {
    const page = site.page("chien-dich/2023-chien-dich-giot-mau-yeu-thuong/");
    const main = page.querySelector("main");
    expect(text(main?.querySelector("h1"))).toBe("Chiến dịch “Giọt máu yêu thương” (hư cấu)");
    expect(text(main?.querySelector(".figures .big strong"))).toBe("hơn 1.126");
    const figures = text(main?.querySelector(".figures"));
    expect(figures).toContain("1.000");
    expect(figures).toContain("112,6 %* (số suy ra)");
    expect(text(main?.querySelector(".derived-note"))).toContain("Số suy ra: 1.126 ÷ 1.000 đơn vị chỉ tiêu.");
    const facts = text(main?.querySelector("dl.facts"));
    expect(facts).toContain("01/08/2023 – 31/08/2023");
    expect(facts).toContain("Các điểm hiến máu của phường Hư Cấu");
    expect(facts).toContain("1.500");
    expect(facts).toContain(t.kinds.campaign);
    expect(facts).toContain(t.statuses.done);
  });

  test("a campaign lists the published articles about it, newest first (no draft)", () => {
    const page = site.page("chien-dich/2023-chien-dich-giot-mau-yeu-thuong/");
    const links = page.querySelectorAll("main .card h3 a").map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "/tin-tuc/tong-ket-nam-2023-co-bieu-do/",
      "/tin-tuc/chien-dich-giot-mau-yeu-thuong-ket-thuc/",
    ]);
  });

  test("a planned campaign with a goal only shows its plan: the goal, how to register, and 'Thêm vào lịch'", () => {
    const main = text(site.page("chien-dich/2024-chien-dich-he-2024/").querySelector("main"));
    expect(main).toMatch(new RegExp(`${t.records.campaign.goal}\\s*1\\.500 ${t.units}`));
    expect(main).toContain("Đăng ký tại nhà văn hóa phường Hư Cấu (hư cấu).");
    expect(main).toContain(t.records.campaign.addToCalendar);
    expect(main).not.toContain(t.campaigns.unknown);
  });

  test("a campaign whose source states no target says so", () => {
    const main = text(site.page("chien-dich/2023-hien-mau-cac-phuong/").querySelector("main"));
    expect(main).toContain(t.campaigns.noTarget);
    expect(main).toContain("1.500");
  });
});

describe("the home page", () => {
  test("headlines the latest reported year and the plan for the next", () => {
    const main = site.page("").querySelector("main");
    expect(text(main?.querySelector("#headline"))).toBe(t.home.headlineFor(2023));
    const stats = main?.querySelectorAll(".stat .value").map(text);
    expect(stats).toEqual(["hơn 4.200", "140 %", "khoảng 3.000* (số suy ra)", "20", "6.000"]);
    expect(text(main?.querySelector(".plan"))).toContain("5.000");
  });

  test("shows the newest articles first and the per-year chart", () => {
    const page = site.page("");
    const links = page
      .querySelectorAll('main section[aria-labelledby="tin-moi"] .card h3 a')
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual(index.articles.slice(0, links.length).map((a) => `/tin-tuc/${a.id}/`));
    expect(links.length).toBeGreaterThan(0);
    expectChartMatches(chartFor(page, yearSeries(years)), yearSeries(years));
  });
});

test("every page the build wrote is one the data calls for", () => {
  const expected = new Set([
    "",
    "404.html",
    "tin-tuc/",
    "tin-tuc/trang/2/",
    "tin-tuc/trang/3/",
    "chien-dich/",
    "so-lieu/",
    ...published.map((a) => `tin-tuc/${a.id}/`),
    ...campaigns.map((c) => `chien-dich/${c.id}/`),
  ]);
  const built = site.htmlFiles().map((f) => (f === "404.html" ? f : sitePath(f)));
  for (const path of expected) expect(built, path).toContain(path);
});
