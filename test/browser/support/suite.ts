/**
 * The browser suite for one built site: the static gates, then every template
 * at a phone and a desktop width, with JavaScript on and off, in Chromium.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { runGates, type GateResult } from "../../../scripts/gates.ts";
import { ROOT } from "./build.ts";
import type { SiteName } from "../../support/sites.ts";
import {
  AXE_COLOUR_RULES,
  AXE_TAGS,
  checkCharts,
  newContext,
  runAxe,
  scrollsSideways,
  siteInChromium,
  visit,
  WIDTHS,
} from "./browser.ts";
import { findTemplates, TEMPLATE_NAMES, type Template } from "./templates.ts";

const OUTPUT = path.join(ROOT, "test-output");
const slug = (label: string) => label.replace(/\W+/g, "-").replace(/^-|-$/g, "");

export function browserSuite(label: string, name: SiteName): void {
  describe(label, () => {
    const served = siteInChromium(name);
    let templates: Map<string, Template>;
    let gates: GateResult[];
    const summary = {
      pages: 0,
      charts: 0,
      chartRows: 0,
      axeRules: new Set<string>(),
      axeRuns: 0,
      violations: 0,
      needsReview: new Set<string>(),
    };

    beforeAll(async () => {
      templates = findTemplates(served.site.dist);
      await mkdir(path.join(OUTPUT, "screenshots"), { recursive: true });
    });

    afterAll(async () => {
      await writeFile(
        path.join(OUTPUT, `browser-${slug(label)}.json`),
        JSON.stringify(
          {
            ...summary,
            axeTags: AXE_TAGS,
            axeRules: summary.axeRules.size,
            needsReview: [...summary.needsReview].sort(),
            gates: gates?.map((g) => ({ name: g.name, checked: g.checked, problems: g.problems.length })),
          },
          null,
          2,
        ),
      );
    });

    const url = (t: Template) => new URL(t.path, served.site.url).href;

    // Side by side: each test has its own browser context, and the gates read files in Node meanwhile.
    describe.concurrent("gates and pages", () => {
      it("passes the static gates: valid HTML, links resolve, base path, CSP", async ({ expect }) => {
        gates = await runGates(served.site.dist, served.site.base, served.site.site);
        for (const gate of gates) expect(gate.problems, `${gate.name} (${gate.checked})`).toEqual([]);
        const base = gates.find((g) => g.name === "base path");
        expect(base?.checked).toMatch(/^[1-9]\d* internal URLs/);
        // Every page's skip link points at #noi-dung, so a gate that found no fragment read nothing.
        expect(gates.find((g) => g.name === "fragments")?.checked).toMatch(/^[1-9]\d* #fragment links/);
      });

      for (const name of TEMPLATE_NAMES) {
        for (const width of WIDTHS) {
          const id = `${name} at ${width}px`;

          // One visit for both: the axe check needs the charts drawn, which the first part waits for anyway.
          it(`${id}: loads without error, charts draw and match their tables, nothing scrolls sideways; axe finds no WCAG 2.0/2.1/2.2 A or AA violation, light and dark`, async ({
            expect,
          }) => {
            const template = templates.get(name)!;
            const context = await newContext(served.browser, width);
            try {
              const { page, status, problems } = await visit(context, url(template), template.status);
              expect(status).toBe(template.status);
              const charts = await checkCharts(page);
              for (const chart of charts) {
                expect(chart.mismatches, chart.id).toEqual([]);
                expect(chart.rows, `${chart.id} table rows`).toBeGreaterThan(0);
                if (chart.hasCollected)
                  expect(chart.collectedPixels, `${chart.id}: collected bars`).toBeGreaterThan(50);
                if (chart.hasTarget) expect(chart.targetPixels, `${chart.id}: target bars`).toBeGreaterThan(50);
              }
              if (["home", "statistics"].includes(name)) expect(charts.length).toBeGreaterThan(0);
              summary.pages += 1;
              summary.charts += charts.length;
              summary.chartRows += charts.reduce((n, c) => n + c.rows, 0);
              // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to fit a wide page.
              const sideways = await scrollsSideways(page);
              expect(sideways.innerWidth).toBe(width);
              expect(sideways.scrollWidth, `wider than the screen: ${sideways.wide.join(", ")}`).toBeLessThanOrEqual(
                width,
              );
              await page.evaluate(() => window.scrollTo(0, 0));
              await page.screenshot({
                path: path.join(OUTPUT, "screenshots", `${slug(label)}-${name}-${width}.png`),
                fullPage: true,
              });

              // axe with the charts drawn, so the check sees the canvases a reader sees.
              const light = await runAxe(page);
              // The site has a dark theme (prefers-color-scheme); its contrast must hold too. Only the
              // colour rules can judge the same page differently in it.
              await page.emulateMedia({ colorScheme: "dark" });
              const dark = await runAxe(page, AXE_COLOUR_RULES);
              for (const report of [light, dark]) {
                summary.axeRuns += 1;
                summary.violations += report.violations.length;
                for (const rule of report.rulesRun) summary.axeRules.add(rule);
                for (const rule of report.needsReview) summary.needsReview.add(`${name}: ${rule}`);
              }
              expect(light.rulesRun.length).toBeGreaterThan(20);
              expect(dark.rulesRun.sort()).toEqual([...AXE_COLOUR_RULES].sort());
              expect({ light: light.violations, dark: dark.violations }).toEqual({ light: [], dark: [] });
              // Collected last: drawing the charts loads the Chart.js chunk, which must load cleanly too.
              expect(problems).toEqual([]);
            } finally {
              await context.close();
            }
          });

          it(`${id}: works with JavaScript off (text, tables, navigation)`, async ({ expect }) => {
            const template = templates.get(name)!;
            const context = await newContext(served.browser, width, false);
            try {
              const { page, problems } = await visit(context, url(template), template.status);
              expect(await page.locator("h1").count()).toBe(1);
              expect((await page.locator("h1").innerText()).trim().length).toBeGreaterThan(3);
              expect((await page.locator("main").innerText()).trim().length).toBeGreaterThan(40);
              const navLinks = page.locator("header nav a");
              expect(await navLinks.count()).toBeGreaterThanOrEqual(3);
              for (const link of await navLinks.all()) expect(await link.isVisible()).toBe(true);
              // Every chart's numbers are readable as a table; the empty canvas box stays hidden.
              const charts = page.locator("figure[data-chart]:has(script[data-chart-data])");
              const n = await charts.count();
              for (let i = 0; i < n; i++) {
                const chart = charts.nth(i);
                if (!(await chart.isVisible())) continue;
                expect(await chart.locator("table tbody tr").count()).toBeGreaterThan(0);
                expect(await chart.locator(".chart-canvas").isVisible()).toBe(false);
              }
              if (["home", "statistics"].includes(name)) expect(n).toBeGreaterThan(0);
              if (width < 600) {
                const sideways = await scrollsSideways(page);
                expect(sideways.innerWidth).toBe(width);
                expect(sideways.scrollWidth, sideways.wide.join(", ")).toBeLessThanOrEqual(width);
              }
              expect(problems).toEqual([]);
            } finally {
              await context.close();
            }
          });
        }
      }
    });
  });
}
