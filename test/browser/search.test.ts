/**
 * Search in real Chromium against a built site served under a base path:
 * queries typed without diacritics (and without đ) find the pages, the header
 * form reaches the search page without script, and nothing breaks the CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { serveSite, type ServedSite } from "./support/build.ts";
import { launchChromium, watchProblems } from "./support/browser.ts";

const at = (s: ServedSite, sitePath: string) => s.url + sitePath;

let server: ServedSite;
let fixture: ServedSite;
let browser: Browser;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  server = await serveSite({ base: "/giot-hong/", site: "https://example.org" });
  // The real articles have no "đường"; the fictional fixture does.
  fixture = await serveSite({ root: "test/fixtures/upcoming", base: "/", site: "https://example.org" });
  browser = await launchChromium();
  page = await browser.newPage();
  problems = watchProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
});

async function resultsFor(
  query: string,
  on: ServedSite = server,
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
  });

  it("folds đ: 'duong' finds đường in articles and campaigns", async () => {
    const r = await resultsFor("duong hoa", fixture);
    expect(r.titles).toContain("Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu");
    expect(r.titles).toContain("Ngày hội hiến máu trên đường Hoa");
    // The same pages; the order may differ, as Pagefind ranks exact diacritics higher.
    const typed = await resultsFor("đường Hoa", fixture);
    expect(typed.hrefs.toSorted()).toEqual(r.hrefs.toSorted());
  });

  it("gives the same results typed with diacritics", async () => {
    const plain = await resultsFor("mua cau vong");
    const marked = await resultsFor("Mưa Cầu Vồng");
    expect(marked.hrefs).toEqual(plain.hrefs);
    expect(plain.hrefs).toContain("/giot-hong/chien-dich/2021-ngay-hoi-mua-cau-vong/");
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
    }
  });

  it("reaches the search page from the header form", async () => {
    await page.goto(at(server, ""));
    await page.fill("#tim-kiem-dau-trang", "hien mau");
    await Promise.all([page.waitForURL(/tim-kiem\/\?q=hien\+mau/), page.press("#tim-kiem-dau-trang", "Enter")]);
    await page.waitForSelector("[data-search-results] li");
    expect(await page.inputValue("#tim-kiem-trang")).toBe("hien mau");
  });

  it("the real site, which has no planned campaign, shows a calm empty calendar", async () => {
    await page.goto(at(server, "lich-hien-mau/"));
    expect(await page.textContent("main .empty")).toContain("Hiện chưa có lịch hiến máu mới.");
    expect(await page.$$("article.upcoming")).toHaveLength(0);
  });

  it("runs without console errors or CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
