/**
 * Issue 18's held-out 2022 scenario in real Chromium (fictional fixture
 * test/fixtures/ket-qua-2022): the statistics page and the planned drive's
 * pages at 360 and 1280 px with no sideways scrolling, no console error and
 * no WCAG A/AA violation; and the calendar page hiding, in the browser, a
 * drive whose closing time has passed since the build. Screenshots go to
 * test-output/screenshots/ket-qua-2022-*.png for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, it } from "vitest";
import { ROOT } from "./support/build.ts";
import { checkReaderPage, newContext, settle, shotSlug, siteInChromium, visit, WIDTHS } from "./support/browser.ts";

const SHOTS = path.join(ROOT, "test-output/screenshots");
const PAGES = ["so-lieu/", "chien-dich/2022-ngay-hoi-mua-he/", "lich-hien-mau/", "chien-dich/2022-ngay-hoi-thang-ba/"];

const served = siteInChromium("ket-qua-2022");

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

// Each page in its own browser context, side by side.
describe.concurrent.each(WIDTHS)("%i px", (width) => {
  for (const sitePath of PAGES) {
    it(sitePath, async ({ expect }) => {
      const context = await newContext(served.browser, width);
      // Before the drive, as on the day of the build.
      await context.clock.setFixedTime(new Date("2022-06-01T09:00:00+07:00"));
      try {
        const shot = path.join(SHOTS, `ket-qua-2022-${shotSlug(sitePath)}-${width}.png`);
        await checkReaderPage(context, served.site.url + sitePath, expect, shot);
      } finally {
        await context.close();
      }
    });
  }
});

describe.concurrent("a drive whose end has passed since the build", () => {
  async function calendarAt(instant: string, javaScriptEnabled = true) {
    const context = await newContext(served.browser, 360, javaScriptEnabled);
    if (javaScriptEnabled) await context.clock.setFixedTime(new Date(instant));
    const { page } = await visit(context, served.site.url + "lich-hien-mau/");
    await settle(page);
    const cards = await page.locator("article.upcoming:visible h2").allTextContents();
    const allPast = await page.locator("[data-all-past]").isVisible();
    await context.close();
    return { cards, allPast };
  }

  it("is still listed during the morning of the drive", async ({ expect }) => {
    expect(await calendarAt("2022-06-18T11:00:00+07:00")).toEqual({
      cards: ["Ngày hội hiến máu mùa hè (hư cấu)", "Ngày hội hiến máu mùa xuân 2023 (hư cấu)"],
      allPast: false,
    });
  });

  it("is hidden once it closed at 11:30, while the drive of 2023 stays", async ({ expect }) => {
    expect(await calendarAt("2022-06-18T11:31:00+07:00")).toEqual({
      cards: ["Ngày hội hiến máu mùa xuân 2023 (hư cấu)"],
      allPast: false,
    });
  });

  it("when every listed drive is over, the page says so instead of showing an empty list", async ({ expect }) => {
    expect(await calendarAt("2023-02-19T00:00:00+07:00")).toEqual({ cards: [], allPast: true });
  });

  it("without JavaScript the list is as built", async ({ expect }) => {
    expect((await calendarAt("", false)).cards).toHaveLength(2);
  });
});
