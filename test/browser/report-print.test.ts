/**
 * The yearly report printed in real Chromium: A4 pages, charts drawn at the
 * paper's width, no navigation, search or download links on paper.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { siteInChromium, watchProblems } from "./support/browser.ts";

const served = siteInChromium("real");
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchProblems(page);
  await page.goto(`${served.site.url}bao-cao/2021/`);
  // The report draws every chart at once, not on scroll.
  await page.waitForFunction(() => {
    const figures = document.querySelectorAll("figure[data-chart]");
    return figures.length > 0 && document.querySelectorAll("figure[data-chart-drawn]").length === figures.length;
  });
});

describe("yearly report", () => {
  it("shows the year's totals, campaigns, charts, articles and sources", async () => {
    const headings = await page.$$eval("main h2", (hs) => hs.map((h) => h.textContent?.trim()));
    expect(headings).toEqual(
      expect.arrayContaining([
        "Tổng kết năm",
        "Các chiến dịch trong năm",
        "Biểu đồ",
        "Bài viết trong năm",
        "Nguồn số liệu",
      ]),
    );
    const text = await page.textContent("main");
    expect(text).toContain("hơn 3.792");
    expect(text).toContain("172,9 %");
    expect(await page.$$eval("main table tbody tr", (rows) => rows.length)).toBeGreaterThanOrEqual(3);
  });

  it("offers a print button on screen", async () => {
    expect(await page.isVisible("[data-print]")).toBe(true);
  });

  it("prints without navigation, search, buttons or download links", async () => {
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".header-search", "[data-print]", ".chart-downloads", ".other-years"]) {
      const visible = await page.$$eval(selector, (els) => els.some((el) => el.getBoundingClientRect().height > 0));
      expect(visible, selector).toBe(false);
    }
    await page.emulateMedia({ media: "screen" });
  });

  it("prints on A4 pages with every chart inside the page width", async () => {
    const pageRules = await page.evaluate(() => {
      const sizes: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSPageRule) sizes.push(rule.style.getPropertyValue("size"));
          else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return sizes;
    });
    expect(pageRules.map((s) => s.toLowerCase())).toContain("a4");
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    // A board report of one year: more than a cover, fewer than a handful of pages.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(5);
    await page.emulateMedia({ media: "print" });
    // A4 minus the page margins is about 680 CSS pixels wide.
    await page.setViewportSize({ width: 680, height: 900 });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const overflow = await page.$$eval("figure[data-chart] canvas", (canvases) =>
      canvases.map((c) => c.getBoundingClientRect().right - document.documentElement.clientWidth),
    );
    expect(overflow.length).toBeGreaterThan(0);
    for (const px of overflow) expect(px).toBeLessThanOrEqual(1);
  });

  it("runs without console errors", () => {
    expect(problems).toEqual([]);
  });
});
