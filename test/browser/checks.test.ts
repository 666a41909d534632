/**
 * The browser checks must fail when a page is wrong: one small hand-written
 * page with known faults (an inline script the CSP blocks, a missing image, a
 * blank chart whose table disagrees with its data, an image without alt, a
 * box wider than the phone, text too faint in the dark theme only), checked
 * with the same helpers as the site.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/static-server.ts";
import {
  AXE_COLOUR_RULES,
  checkCharts,
  launchChromium,
  newContext,
  runAxe,
  scrollsSideways,
  visit,
} from "./support/browser.ts";

const BROKEN = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'">
<title>Trang lỗi</title>
<style>:root { --chart-collected: #9f1239; --chart-target: #f4a3ab; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } .muted { color: #333; } }</style></head>
<body><main><h1>Trang lỗi</h1>
<script>document.title = "chạy được";</script>
<img src="/khong-co.png">
<figure data-chart data-chart-drawn><div class="chart-canvas"><canvas width="200" height="100"></canvas></div>
<script type="application/json" data-chart-data>{"labels":["2021","2022"],"collected":[3792,null],"target":[2193,4000]}</script>
<table><thead><tr><th>Năm</th><th>Tiếp nhận</th><th>Chỉ tiêu</th></tr></thead>
<tbody><tr><th>2021</th><td>3.729</td><td>2.193</td></tr><tr><th>2022</th><td>–</td><td>4.000</td></tr></tbody></table>
</figure>
<div style="width: 600px">rộng</div>
<p class="muted">Chữ mờ trong giao diện tối</p>
</main></body></html>`;

describe("browser checks on a broken page", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "giot-hong-checks-"));
    await writeFile(path.join(dir, "index.html"), BROKEN);
    server = await serveStatic(dir, "/");
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("catch the CSP-blocked script, the missing image, the blank chart, the wrong figure, axe (light and dark) and sideways faults", async () => {
    const context = await newContext(browser, 360);
    try {
      const { page, problems } = await visit(context, server.url);
      expect(problems.join("\n")).toMatch(/Content Security Policy/);
      expect(problems.join("\n")).toContain("HTTP 404: " + server.url + "khong-co.png");

      const [chart] = await checkCharts(page);
      expect(chart.collectedPixels).toBe(0);
      expect(chart.hasCollected).toBe(true);
      expect(chart.mismatches).toEqual(['row 1 (2021): collected "3.729" ≠ 3792']);

      const axe = await runAxe(page);
      expect(axe.violations.map((v) => v.id)).toContain("image-alt");
      expect(axe.violations.map((v) => v.id)).not.toContain("color-contrast");
      // The second run, in the dark theme, runs only the colour rules, and they see what changed.
      await page.emulateMedia({ colorScheme: "dark" });
      const dark = await runAxe(page, AXE_COLOUR_RULES);
      expect(dark.violations.map((v) => [v.id, v.targets])).toEqual([["color-contrast", ["p"]]]);

      const sideways = await scrollsSideways(page);
      expect(sideways.scrollWidth).toBeGreaterThan(360);
    } finally {
      await context.close();
    }
  });
});
