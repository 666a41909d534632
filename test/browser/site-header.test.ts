/**
 * The header's navigation on a phone, as a reader meets it: the four links in
 * two rows of two at 320 and 360 px (none cut off at the edge, none alone on
 * a row), on one row at 1280 px, each link a touch target of at least 24 px,
 * no sideways page scroll, and each link reached with Tab with its focus
 * ring on the screen. Screenshots go to test-output/screenshots/header-*.png
 * for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/build.ts";
import { newContext, scrollsSideways, siteInChromium, visit } from "./support/browser.ts";

const SHOTS = path.join(ROOT, "test-output/screenshots");

const served = siteInChromium("fixture");

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

for (const width of [320, 360, 1280]) {
  describe(`header navigation at ${width} px`, () => {
    it("shows every link whole, in rows of equal length, reachable by Tab, in view and ringed when focused", async () => {
      const context = await newContext(served.browser, width);
      try {
        const { page, problems } = await visit(context, served.site.url);
        const links = page.locator("header nav a");
        expect(await links.count()).toBe(4);
        await page.screenshot({
          path: path.join(SHOTS, `header-${width}.png`),
          clip: { x: 0, y: 0, width, height: 240 },
        });

        const boxes = await links.evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { text: el.textContent?.trim(), top: Math.round(r.top), width: r.width, height: r.height };
          }),
        );
        const rows = Map.groupBy(boxes, (b) => b.top);
        expect(rows.size, JSON.stringify(boxes)).toBe(width < 480 ? 2 : 1);
        expect(new Set([...rows.values()].map((row) => row.length)).size, "no link alone on a row").toBe(1);
        for (const box of boxes) {
          expect(box.width, box.text).toBeGreaterThanOrEqual(24);
          expect(box.height, box.text).toBeGreaterThanOrEqual(24);
        }
        expect((await scrollsSideways(page)).scrollWidth).toBeLessThanOrEqual(width);

        for (let i = 0; i < 4; i++) {
          const link = links.nth(i);
          let focused = false;
          for (let tab = 0; tab < 10 && !focused; tab++) {
            await page.keyboard.press("Tab");
            focused = await link.evaluate((el) => el === document.activeElement);
          }
          expect(focused, `Tab never reached link ${i + 1}`).toBe(true);
          // The focused link lies wholly inside the screen, its 3 px ring and 2 px offset included.
          const fit = await link.evaluate((el) => {
            const ring = 5;
            const r = el.getBoundingClientRect();
            return {
              outline: getComputedStyle(el).outlineStyle,
              inScreen: r.left - ring >= 0 && r.right + ring <= window.innerWidth,
            };
          });
          expect(fit, `link ${i + 1}`).toEqual({ outline: "solid", inScreen: true });
        }
        await page.screenshot({
          path: path.join(SHOTS, `header-${width}-last-link-focused.png`),
          clip: { x: 0, y: 0, width, height: 240 },
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
