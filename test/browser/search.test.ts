/**
 * Search in real Chromium against a built site served under a base path:
 * queries typed without diacritics (and without đ) find the pages, the header
 * form reaches the search page without script, and nothing breaks the CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveSite, siteInChromium, watchProblems, type ServedSite } from "./support/browser.ts";

const at = (s: ServedSite, sitePath: string) => s.url + sitePath;

const served = siteInChromium("real");
let fixture: ServedSite;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  // The real articles have no "đường"; the fictional fixture does.
  fixture = await serveSite("upcoming");
  page = await served.browser.newPage();
  problems = watchProblems(page);
});

afterAll(async () => {
  await fixture?.close();
});

async function resultsFor(
  query: string,
  on: ServedSite = served.site,
): Promise<{ titles: string[]; hrefs: string[]; status: string }> {
  await page.goto(at(on, `tim-kiem/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => {
    const s = document.querySelector("[data-search-status]")?.textContent ?? "";
    return s !== "" && !s.includes("Đang tìm");
  });
  return page.evaluate(() => ({
    titles: [...document.querySelectorAll("[data-search-results] h2 a")].map((a) => a.textContent ?? ""),
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>("[data-search-results] h2 a")].map(
      (a) => new URL(a.href).pathname,
    ),
    status: document.querySelector("[data-search-status]")?.textContent ?? "",
  }));
}

describe("search page", () => {
  it("finds Từ Liêm from 'tu liem'", async () => {
    const r = await resultsFor("tu liem");
    expect(r.titles).toContain("Bắc Từ Liêm đặt mục tiêu tiếp nhận 4.000 đơn vị máu trong năm 2022");
    expect(r.status).toMatch(/kết quả cho “tu liem”/);
    const excerpts = await page.$$eval("[data-search-results] article > p:last-child", (ps) =>
      ps.map((p) => p.textContent ?? ""),
    );
    // The folded copy of a campaign ("chien dich nhung giot mau hong …") never shows.
    for (const text of excerpts) expect(text).not.toMatch(/\b(chien dich|tu liem|hien mau)\b/);
  });

  it("finds hiến máu from 'hien mau', articles and campaigns, under the base path", async () => {
    const r = await resultsFor("hien mau");
    expect(r.hrefs).toContain("/giot-hong/tin-tuc/bac-tu-liem-dat-muc-tieu-4000-don-vi-mau-nam-2022/");
    expect(r.hrefs.some((h) => h.startsWith("/giot-hong/chien-dich/"))).toBe(true);
    // The excerpt is the summary with its hits marked; the title above it is not repeated.
    const excerpt = page
      .locator("[data-search-results] article")
      .filter({ has: page.locator('a[href$="/bac-tu-liem-dat-muc-tieu-4000-don-vi-mau-nam-2022/"]') })
      .locator("p:last-child");
    expect(await excerpt.textContent()).toMatch(/^Năm 2021, quận Bắc Từ Liêm tiếp nhận hơn 3\.792 đơn vị máu/);
    expect(await excerpt.locator("mark").allTextContents()).toContain("máu");
  });

  it("folds đ: 'duong' finds đường in articles and campaigns", async () => {
    const r = await resultsFor("duong hoa", fixture);
    expect(r.titles).toContain("Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu");
    expect(r.titles).toContain("Ngày hội hiến máu trên đường Hoa");
    // Typed with diacritics, the same two pages come first or among the first. The plain
    // query may find more: Pagefind lets "hoa" match "hóa" too.
    const typed = await resultsFor("đường Hoa", fixture);
    expect(typed.titles).toContain("Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu");
    expect(typed.titles).toContain("Ngày hội hiến máu trên đường Hoa");
    for (const href of typed.hrefs) expect(r.hrefs).toContain(href);
  });

  it("finds every indexed page that says hiến máu, and only those", async () => {
    // Six of the seven indexed pages of the fixture say "hiến máu".
    const r = await resultsFor("hien mau", fixture);
    expect(r.hrefs.toSorted()).toEqual(
      [
        "chien-dich/2025-ngay-hoi-duong-hoa/",
        "chien-dich/2026-ngay-hoi-mua-dong/",
        "chien-dich/2027-chien-dich-xuan/",
        "tin-tuc/chuan-bi-ngay-hoi-duong-hoa/",
        "tin-tuc/ket-qua-ngay-hoi-duong-hoa/",
        "tin-tuc/loi-khuyen-truoc-khi-hien-mau/",
      ].map((p) => fixture.base + p),
    );
    expect(r.status).toMatch(/^6 kết quả/);
  });

  it("gives the same results typed with diacritics", async () => {
    const plain = await resultsFor("mua cau vong");
    const marked = await resultsFor("Mưa Cầu Vồng");
    expect(marked.hrefs).toEqual(plain.hrefs);
    expect(plain.hrefs).toContain("/giot-hong/chien-dich/2021-ngay-hoi-mua-cau-vong/");
  });

  it("finds an article by a word of its text alone, and shows its summary for it", async () => {
    // "Covid" is only in the article's text, which is searched through its terms, word by word once.
    const r = await resultsFor("covid");
    expect(r.hrefs).toEqual(["/giot-hong/tin-tuc/bac-tu-liem-dat-muc-tieu-4000-don-vi-mau-nam-2022/"]);
    const text = await page.textContent("[data-search-results] article > p:last-child");
    expect(text).toMatch(/^Năm 2021, quận Bắc Từ Liêm tiếp nhận hơn 3\.792 đơn vị máu/);
  });

  it("finds a campaign by its place", async () => {
    const r = await resultsFor("san van dong", fixture);
    expect(r.hrefs).toEqual([`${fixture.base}chien-dich/2026-ngay-hoi-mua-dong/`]);
  });

  it("says so when nothing matches", async () => {
    const r = await resultsFor("xyzzy");
    expect(r.titles).toEqual([]);
    expect(r.status).toBe("Không tìm thấy kết quả cho “xyzzy”.");
  });

  it("does not index list pages, only articles and campaigns", async () => {
    const r = await resultsFor("tin tuc");
    for (const h of r.hrefs) expect(h).toMatch(/^\/giot-hong\/(tin-tuc|chien-dich)\/[^/]+\/$/);
  });

  it("shows excerpts in the page's own Vietnamese, not the folded copy", async () => {
    await resultsFor("duong", fixture);
    const texts = await page.$$eval("[data-search-results] article > p:last-child", (ps) =>
      ps.map((p) => p.textContent ?? ""),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toMatch(/\P{ASCII}/u);
      // Nothing of the folded copy ("ngay hoi hien mau tren duong hoa") shows.
      expect(text).not.toMatch(/\b(duong hoa|hien mau|ngay hoi)\b/);
      // Not even its last word, which Pagefind may end with a full stop.
      expect(text).not.toMatch(/\bduong\b/);
    }
  });

  it("shows ten results, and ten more at each press of the button, loading only those", async () => {
    // A stand-in for Pagefind's module with 25 results: what is tested is the page's own paging.
    const fake = `
      globalThis.loaded = 0;
      export async function options() {}
      export async function init() {}
      export async function search(query) {
        return { results: Array.from({ length: 25 }, (_, i) => ({ id: String(i), data: async () => {
          globalThis.loaded++;
          return { url: "/giot-hong/tin-tuc/bai-" + (i + 1) + "/", excerpt: "bài <mark>" + query + "</mark>",
            meta: { title: "Bài " + (i + 1), kind: "Tin tức" } };
        } })) };
      }`;
    await page.route("**/pagefind/pagefind.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: fake }),
    );
    try {
      const r = await resultsFor("hien mau");
      expect(r.titles).toEqual(Array.from({ length: 10 }, (_, i) => `Bài ${i + 1}`));
      expect(r.status).toBe("25 kết quả cho “hien mau”");
      expect(await page.evaluate(() => (globalThis as unknown as { loaded: number }).loaded)).toBe(10);
      await page.click("[data-search-more]");
      await page.waitForFunction(() => document.querySelectorAll("[data-search-results] li").length === 20);
      // Focus goes to the first result added, where a keyboard or screen reader user reads on.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bài 11");
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bài 10");
      await page.click("[data-search-more]");
      await page.waitForFunction(() => document.querySelectorAll("[data-search-results] li").length === 25);
      expect(await page.isVisible("[data-search-more]")).toBe(false);
      expect(await page.evaluate(() => (globalThis as unknown as { loaded: number }).loaded)).toBe(25);
      // A new query starts again from its first ten.
      await page.fill("#tim-kiem-trang", "tu liem");
      await page.press("#tim-kiem-trang", "Enter");
      await page.waitForFunction(() =>
        document.querySelector("[data-search-results] li")?.textContent?.includes("tu liem"),
      );
      expect(await page.$$("[data-search-results] li")).toHaveLength(10);
      expect(await page.isVisible("[data-search-more]")).toBe(true);
    } finally {
      await page.unroute("**/pagefind/pagefind.js");
    }
  });

  it("reaches the search page from the header form", async () => {
    await page.goto(at(served.site, ""));
    await page.fill("#tim-kiem-dau-trang", "hien mau");
    await Promise.all([page.waitForURL(/tim-kiem\/\?q=hien\+mau/), page.press("#tim-kiem-dau-trang", "Enter")]);
    await page.waitForSelector("[data-search-results] li");
    expect(await page.inputValue("#tim-kiem-trang")).toBe("hien mau");
  });

  it("shows one search box on the search page, at a phone's width too: the header's is hidden there", async () => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(at(served.site, "tim-kiem/"));
      expect(await page.isVisible("#tim-kiem-trang"), `${width}`).toBe(true);
      expect(await page.isVisible("#tim-kiem-dau-trang"), `${width}`).toBe(false);
      await page.goto(at(served.site, ""));
      expect(await page.isVisible("#tim-kiem-dau-trang"), `${width}`).toBe(true);
    }
  });

  it("the real site, which has no planned campaign, shows a calm empty calendar", async () => {
    await page.goto(at(served.site, "lich-hien-mau/"));
    expect(await page.textContent("main .empty")).toContain("Hiện chưa có lịch hiến máu mới.");
    expect(await page.$$("article.upcoming")).toHaveLength(0);
  });

  it("runs without console errors or CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
