/**
 * The pages of issue 5 as a reader meets them, in real Chromium over the
 * fictional fixture with upcoming campaigns: at 320, 360 and 1280 px, in the
 * light and the dark theme, with no sideways scrolling, no console errors
 * and no WCAG A/AA violation found by axe. Screenshots go to
 * test-output/screenshots/reader-*.png for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, it } from "vitest";
import { ROOT } from "./support/build.ts";
import { checkReaderPageThemes, shotSlug, siteInChromium } from "./support/browser.ts";

const PAGES = [
  "tim-kiem/?q=hien%20mau",
  "lich-hien-mau/",
  "bao-cao/2025/",
  "chu-de/",
  "chu-de/ket-qua/",
  "tin-tuc/ket-qua-ngay-hoi-duong-hoa/",
  "so-lieu/",
];
const SHOTS = path.join(ROOT, "test-output/screenshots");

const served = siteInChromium("upcoming");

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

// Each page and width in its own browser context: they run side by side (the server and Chromium wait on
// each other, not on the CPU). The dark theme and 320 px are the same page loaded again.
describe.concurrent("pages a reader meets", () => {
  for (const width of [360, 1280]) {
    describe(`${width} px, light and dark${width === 360 ? ", and 320 px" : ""}`, () => {
      for (const sitePath of PAGES) {
        it(sitePath, async ({ expect }) => {
          const context = await served.browser.newContext({
            viewport: { width, height: 800 },
            colorScheme: "light",
            locale: "vi-VN",
            timezoneId: "Asia/Ho_Chi_Minh",
            reducedMotion: "reduce",
          });
          try {
            // 320 px is checked for sideways scrolling only; axe and the screenshots look at 360 and 1280.
            await checkReaderPageThemes(
              context,
              served.site.url + sitePath,
              expect,
              (scheme) => path.join(SHOTS, `reader-${shotSlug(sitePath)}-${width}-${scheme}.png`),
              width === 360 ? [320] : [],
            );
          } finally {
            await context.close();
          }
        });
      }
    });
  }
});
