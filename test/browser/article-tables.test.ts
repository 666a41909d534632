/**
 * A table written in an article (the fixture's MDX article has one wider than
 * a phone), as a keyboard user meets it at 360 px: the table scrolls inside
 * its own box, Tab reaches the box, the arrow keys scroll it, and a screen
 * reader hears it as a named region. axe's scrollable-region-focusable in the
 * fixture suite checks the same page; this file makes sure the table there
 * really is wider than the screen, so that check has something to find.
 */
import { describe, expect, it } from "vitest";
import { newContext, scrollsSideways, siteInChromium, visit } from "./support/browser.ts";

const ARTICLE = "tin-tuc/tong-ket-nam-2023-co-bieu-do/";

const served = siteInChromium("fixture");

describe("a wide table in an article, at 360 px", () => {
  it("scrolls in its own named box, which Tab reaches and the arrow keys scroll", async () => {
    const context = await newContext(served.browser, 360);
    try {
      const { page, problems } = await visit(context, new URL(ARTICLE, served.site.url).href);
      const box = page.getByRole("region", { name: "Bảng 1 trong bài" });
      await expect(box.locator("table thead th").count()).resolves.toBe(7);

      const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(size.scroll, "the fixture table must be wider than its box").toBeGreaterThan(size.client + 100);
      const sideways = await scrollsSideways(page);
      expect(sideways.scrollWidth).toBeLessThanOrEqual(360);
      // Since the box scrolls anyway, a place name keeps a readable width: at most two lines
      // ("Nhà văn hoá / phường Hư Cấu"), not one word a line.
      const firstCell = box.locator("tbody tr:first-child td:first-child");
      const lines = await firstCell.evaluate((el) => {
        const style = getComputedStyle(el);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return Math.round((el.getBoundingClientRect().height - padding) / parseFloat(style.lineHeight));
      });
      expect(lines).toBeLessThanOrEqual(2);

      // Tab from the top of the page until the box has focus, as a keyboard user would.
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await box.evaluate((el) => el === document.activeElement);
      }
      expect(reached, "Tab never reached the table's box").toBe(true);
      expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");

      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
