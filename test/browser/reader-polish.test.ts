/**
 * What a reader sees of an article and a chart page at 320, 360 and 1280 px,
 * on the second chapter's fixture (test/fixtures/ward/): the menu whole and in
 * sight, a quotation set apart from the list above it, the top photo loaded
 * at once from a copy at least as wide as its box, a hint that a wide table
 * scrolls, and charts that do not animate under reduced motion. Full-page
 * screenshots of the article go to test-output/screenshots/reader-polish-*.png
 * for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/build.ts";
import { newContext, scrollsSideways, siteInChromium, visit } from "./support/browser.ts";

const SHOTS = path.join(ROOT, "test-output/screenshots");
const ARTICLE = "tin-tuc/ngay-hoi-hien-mau-doi-thong/";

const served = siteInChromium("ward");

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

async function open(browser: Browser, width: number, sitePath: string, scale = 1) {
  const context =
    scale === 1
      ? await newContext(browser, width)
      : await browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: scale,
          locale: "vi-VN",
          reducedMotion: "reduce",
        });
  const visited = await visit(context, new URL(sitePath, served.site.url).href);
  return { context, ...visited };
}

/** Mean brightness (0-255) of a one-pixel column of `png`, x counted from the left (negative: from the right). */
async function columnBrightness(page: Page, png: Buffer, xs: number[]): Promise<number[]> {
  return page.evaluate(
    async ({ data, xs }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return xs.map((x) => {
        const px = ctx.getImageData(x < 0 ? img.width + x : x, 0, 1, img.height).data;
        let sum = 0;
        for (let i = 0; i < px.length; i += 4) sum += (px[i] + px[i + 1] + px[i + 2]) / 3;
        return sum / img.height;
      });
    },
    { data: png.toString("base64"), xs },
  );
}

// Each test in its own browser context, side by side.
describe.concurrent.each([320, 360, 1280])("at %i px", (width) => {
  it("shows every menu link whole, in sight and not under anything, with nothing scrolled away", async ({ expect }) => {
    const { context, page, problems } = await open(served.browser, width, "");
    try {
      const links = page.locator("header nav a");
      expect(await links.count()).toBe(4);
      const report = await links.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const ul = el.closest("ul")!;
          return {
            text: el.textContent?.trim(),
            whole: r.left >= 0 && r.right <= window.innerWidth && r.width >= 24 && r.height >= 24,
            onTop: hit === el || el.contains(hit),
            rowScrolls: ul.scrollWidth > ul.clientWidth + 1,
            top: Math.round(r.top),
          };
        }),
      );
      for (const link of report) {
        expect(link, link.text).toMatchObject({ whole: true, onTop: true, rowScrolls: false });
      }
      // Two rows of two on a phone (no link alone on a row), one row on a wide screen.
      const rows = [...new Set(report.map((l) => l.top))];
      expect(rows.length).toBe(width < 480 ? 2 : 1);
      expect((await scrollsSideways(page)).scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({
        path: path.join(SHOTS, `reader-polish-header-${width}.png`),
        clip: { x: 0, y: 0, width, height: 260 },
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("sets a quotation apart from the list above it: a bar, an indent, the muted colour", async ({ expect }) => {
    const { context, page, problems } = await open(served.browser, width, ARTICLE);
    try {
      const quote = await page.locator(".body blockquote").evaluate((el) => {
        const style = getComputedStyle(el);
        const list = el.previousElementSibling!;
        const paragraph = el.closest(".body")!.querySelector("p")!;
        const text = el.querySelector("p")!;
        return {
          after: list.tagName,
          border: `${style.borderLeftStyle} ${parseFloat(style.borderLeftWidth)}`,
          borderColour: style.borderLeftColor,
          brand: getComputedStyle(document.documentElement).getPropertyValue("--brand").trim(),
          indent: text.getBoundingClientRect().left - paragraph.getBoundingClientRect().left,
          gapAfterList: el.getBoundingClientRect().top - list.getBoundingClientRect().bottom,
          colour: style.color,
          bodyColour: getComputedStyle(paragraph).color,
        };
      });
      expect(quote.after).toBe("UL");
      expect(quote.border).toBe("solid 4");
      expect(quote.indent).toBeGreaterThanOrEqual(16);
      expect(quote.gapAfterList).toBeGreaterThanOrEqual(16);
      expect(quote.colour).toBe("rgb(82, 82, 91)");
      expect(quote.colour).not.toBe(quote.bodyColour);
      await page.screenshot({ path: path.join(SHOTS, `reader-polish-article-${width}.png`), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const scale of width === 1280 ? [1, 2] : [1]) {
    it(`loads the top photo at once, from a copy at least as wide as its box at ${scale}× density`, async ({
      expect,
    }) => {
      const { context, page, problems } = await open(served.browser, width, ARTICLE, scale);
      try {
        const img = page.locator(".lead-image img");
        await img.evaluate((el: HTMLImageElement) => el.decode());
        const photo = await img.evaluate((el: HTMLImageElement) => ({
          loading: el.getAttribute("loading"),
          fetchpriority: el.getAttribute("fetchpriority"),
          box: el.getBoundingClientRect().width,
          // The chosen copy's own width, from its srcset entry: naturalWidth is divided by the density the browser worked out.
          chosen: Number(
            el.srcset
              .split(",")
              .map((entry) => entry.trim().split(/\s+/))
              .find(([url]) => new URL(url, location.href).href === el.currentSrc)?.[1]
              ?.replace("w", "") ?? el.naturalWidth,
          ),
          currentSrc: el.currentSrc,
        }));
        expect(photo.loading).toBe("eager");
        expect(photo.fetchpriority).toBe("high");
        expect(photo.chosen, photo.currentSrc).toBeGreaterThanOrEqual(Math.ceil(photo.box * scale));
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("gives a table that scrolls a shadow at the edge with more, in a named box Tab reaches", async ({ expect }) => {
    const { context, page, problems } = await open(served.browser, width, ARTICLE);
    try {
      const box = page.getByRole("region", { name: "Bảng 1 trong bài" });
      expect(await box.getAttribute("tabindex")).toBe("0");
      const overflows = await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(overflows).toBe(width < 480);
      await box.scrollIntoViewIfNeeded();
      const shade = async () => columnBrightness(page, await box.screenshot(), [1, -2]);
      const [left, right] = await shade();
      await box.evaluate((el) => (el.style.background = "none"));
      const [leftBare, rightBare] = await shade();
      await box.evaluate((el) => (el.style.background = ""));
      // No shadow at the start, where there is nothing more to the left.
      expect(Math.abs(left - leftBare)).toBeLessThan(1);
      if (overflows) {
        expect(rightBare - right, "the right edge is shaded while more of the table is to the right").toBeGreaterThan(
          8,
        );
        await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        const [leftEnd, rightEnd] = await shade();
        await box.evaluate((el) => (el.style.background = "none"));
        const [leftEndBare, rightEndBare] = await shade();
        expect(leftEndBare - leftEnd, "the left edge is shaded once scrolled").toBeGreaterThan(8);
        expect(Math.abs(rightEnd - rightEndBare)).toBeLessThan(1);
      } else {
        expect(Math.abs(right - rightBare), "a table that fits shows no hint").toBeLessThan(1);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("charts", () => {
  it("are final the moment they are drawn under reduced motion, and settle after a short animation otherwise", async () => {
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion });
      try {
        // Whether a chart's bars were final at the moment it was made, recorded from before the page's scripts run.
        await context.addInitScript(() => {
          const seen: boolean[] = [];
          (window as unknown as { chartsSeen: boolean[] }).chartsSeen = seen;
          new MutationObserver((records) => {
            for (const record of records) {
              const fig = record.target as HTMLElement;
              if (fig.dataset.chartDrawn !== undefined) seen.push(fig.dataset.chartSettled !== undefined);
            }
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-chart-drawn"] });
        });
        const { page, problems } = await visit(context, new URL("so-lieu/", served.site.url).href);
        const figure = page.locator("figure[data-chart]").first();
        await figure.scrollIntoViewIfNeeded();
        const handle = await figure.elementHandle();
        await page.waitForFunction((el) => (el as HTMLElement).dataset.chartDrawn !== undefined, handle);
        const settledAtOnce = await page.evaluate(() => (window as unknown as { chartsSeen: boolean[] }).chartsSeen[0]);
        if (reducedMotion === "reduce") {
          expect(settledAtOnce).toBe(true);
          // And nothing moves afterwards: the canvas half a second later is the same.
          const unchanged = await page.evaluate(async (el) => {
            const canvas = (el as HTMLElement).querySelector("canvas")!;
            const pixels = () => {
              const d = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
              let sum = 0;
              for (let i = 0; i < d.length; i += 97) sum = (sum * 31 + d[i]) % 1_000_000_007;
              return sum;
            };
            const first = pixels();
            await new Promise((r) => setTimeout(r, 500));
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return first === pixels();
          }, handle);
          expect(unchanged).toBe(true);
        } else {
          expect(settledAtOnce).toBe(false);
          await page.waitForFunction((el) => (el as HTMLElement).dataset.chartSettled !== undefined, handle, {
            timeout: 5000,
          });
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
