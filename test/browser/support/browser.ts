/**
 * Drives Debian's Chromium through playwright-core (no browser download) and
 * collects what a reader would run into on one page: console errors, failed
 * requests, charts that do not draw or disagree with their tables, WCAG
 * violations, sideways scrolling.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, type ExpectStatic } from "vitest";
import { ROOT } from "./build.ts";
import { launchChromium } from "../../../scripts/lib/chromium.ts";
import { serveStatic } from "../../../scripts/static-server.ts";
import { sharedSite, type SiteName } from "../../support/shared-site.ts";

export { launchChromium };

export const WIDTHS = [360, 1280] as const;

export interface ServedSite {
  /** The built files, for the checks that read them (shared: never write into them). */
  dist: string;
  base: string;
  /** The SITE_URL it was built with. */
  site: string;
  /** Where the site answers, base path included, ending in "/". */
  url: string;
  /** Stops the server (the build is the run's, removed at its end). */
  close(): Promise<void>;
}

/** Serves the run's shared build of a site (test/support/sites.ts) on 127.0.0.1. */
export async function serveSite(name: SiteName): Promise<ServedSite> {
  const built = await sharedSite(name);
  const server = await serveStatic(built.dist, built.base);
  return { dist: built.dist, base: built.base, site: built.site, url: server.url, close: () => server.close() };
}

export interface SiteInChromium {
  readonly site: ServedSite;
  readonly browser: Browser;
}

/**
 * For one test file: serves the run's build of a site and launches Chromium
 * before its tests, closes both after. Read `site` and `browser` inside the tests.
 */
export function siteInChromium(name: SiteName): SiteInChromium {
  const handle = {} as { site: ServedSite; browser: Browser };
  beforeAll(async () => {
    // Chromium starts while the site may still be building; each is kept as soon as it is up, for afterAll to close.
    await Promise.all([
      serveSite(name).then((site) => (handle.site = site)),
      launchChromium().then((browser) => (handle.browser = browser)),
    ]);
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.site?.close();
  });
  return handle;
}

export function newContext(browser: Browser, width: number, javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: width < 600 ? 740 : 900 },
    deviceScaleFactor: 1,
    isMobile: width < 600,
    hasTouch: width < 600,
    javaScriptEnabled,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    colorScheme: "light",
    // The charts skip their short animation, so a drawn chart is a finished chart.
    reducedMotion: "reduce",
  });
}

export interface Visit {
  page: Page;
  status: number | undefined;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors met while loading. */
  problems: string[];
}

/**
 * Records every problem a reader would run into on `page` from now on: console
 * errors, uncaught exceptions, failed requests and HTTP errors. `own` is the
 * page's own address with the status it is meant to answer (404 for the
 * not-found page).
 */
export function watchProblems(page: Page, own?: { url: string; status: number }): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    // Chromium logs the not-found page's own 404 status as a console error; that status is the point of the page.
    const expected = own?.status === 404 && msg.text().includes("404") && msg.location().url === own.url;
    if (!expected) problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (req) => {
    const error = req.failure()?.errorText;
    // Cancelled by the browser itself (the test went on to another page while the favicon was still
    // loading, a script aborted its own fetch): no reader meets that. A missing file is an HTTP error
    // below, a refused one a console error or another net:: error.
    if (error === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && !(res.url() === own?.url && res.status() === own.status)) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  return problems;
}

/** Opens `url` and records every problem; `expectStatus` 404 is for the not-found page itself. */
export async function visit(context: BrowserContext, url: string, expectStatus = 200): Promise<Visit> {
  const page = await context.newPage();
  const problems = watchProblems(page, { url, status: expectStatus });
  trackRequests(page);
  const response = await page.goto(url, { waitUntil: "load" });
  return { page, status: response?.status(), problems };
}

/** Requests under way on each page that visit() opened, and who waits for them to end. */
const underWay = new WeakMap<Page, { count: number; waiting: (() => void)[] }>();

function trackRequests(page: Page): void {
  const state = { count: 0, waiting: [] as (() => void)[] };
  underWay.set(page, state);
  const done = () => {
    state.count -= 1;
    if (state.count === 0) for (const resolve of state.waiting.splice(0)) resolve();
  };
  page.on("request", () => (state.count += 1));
  page.on("requestfinished", done);
  page.on("requestfailed", done);
}

/**
 * After load, waits for what the page starts on its own: the charts near the
 * screen drawn (their Chart.js chunk loads when they come into view), a search
 * given in the address answered, and then every request the page made
 * answered, so a failure among them is recorded. The conditions themselves,
 * not a quiet spell of network (networkidle's half second per page).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // Nearer than the 200 px margin the charts' IntersectionObserver uses, so a chart counted here is always drawn.
    const near = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top < window.innerHeight + 100 && r.bottom > 0;
    };
    const charts = [...document.querySelectorAll<HTMLElement>("figure[data-chart-watched]")].filter(near);
    const status = document.querySelector("[data-search-status]")?.textContent ?? "";
    const searching = new URLSearchParams(location.search).has("q") && (status === "" || status.includes("Đang tìm"));
    return !searching && charts.every((figure) => figure.dataset.chartDrawn !== undefined);
  });
  const requests = underWay.get(page);
  if (!requests) throw new Error("settle() needs a page opened by visit()");
  if (requests.count > 0) await new Promise<void>((resolve) => requests.waiting.push(resolve));
}

export interface ChartReport {
  id: string;
  /** Pixels of the "collected" and "target" colours on the canvas. */
  collectedPixels: number;
  targetPixels: number;
  /** Does the data have any collected / target value (then its bars must show)? */
  hasCollected: boolean;
  hasTarget: boolean;
  /** Rows of the table that disagree with the JSON island the chart is drawn from. */
  mismatches: string[];
  rows: number;
}

/**
 * Scrolls every chart into view (they load Chart.js when they come near the
 * screen), waits until each is drawn, then reads its canvas pixels and
 * compares its table with its data island.
 */
export async function checkCharts(page: Page): Promise<ChartReport[]> {
  const figures = page.locator("figure[data-chart]:visible");
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    if ((await figure.locator("script[data-chart-data]").count()) === 0) continue;
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("canvas").waitFor({ state: "visible" });
    await page.waitForFunction(
      (el) => (el as HTMLElement).dataset.chartDrawn !== undefined,
      await figure.elementHandle(),
    );
  }
  // Two frames: Chart.js draws on the frame after it is created.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const rgb = (color: string): [number, number, number] => {
      const c = document.createElement("canvas").getContext("2d")!;
      c.fillStyle = color;
      const hex = c.fillStyle; // normalised to #rrggbb
      return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    };
    const digits = (text: string): number | null => {
      const d = text.replace(/\D/g, "");
      return d === "" ? null : Number(d);
    };
    const out: ChartReport[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart]")) {
      if (figure.closest("[hidden]")) continue;
      const island = figure.querySelector("script[data-chart-data]");
      const canvas = figure.querySelector("canvas");
      if (!island || !canvas) continue;
      const data = JSON.parse(island.textContent ?? "{}") as {
        labels: string[];
        collected: (number | null)[];
        target: (number | null)[];
      };
      const css = getComputedStyle(figure);
      const want = [
        rgb(css.getPropertyValue("--chart-collected").trim()),
        rgb(css.getPropertyValue("--chart-target").trim()),
      ];
      const counts = [0, 0];
      const ctx = canvas.getContext("2d")!;
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < px.length; i += 4) {
        if (px[i + 3] < 250) continue;
        want.forEach(([r, g, b], k) => {
          if (Math.abs(px[i] - r) <= 6 && Math.abs(px[i + 1] - g) <= 6 && Math.abs(px[i + 2] - b) <= 6) counts[k]++;
        });
      }
      const table = figure.querySelector("table");
      const headers = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent?.trim() ?? "");
      const targetColumn = headers.length > 2 ? 2 : -1;
      const rows = [...(table?.querySelectorAll("tbody tr") ?? [])];
      const mismatches: string[] = [];
      if (rows.length !== data.labels.length) {
        mismatches.push(`table has ${rows.length} rows, data has ${data.labels.length}`);
      }
      rows.forEach((row, i) => {
        const cells = [...row.children].map((c) => c.textContent?.trim() ?? "");
        const label = cells[0];
        const collected = digits(cells[1] ?? "");
        const target = targetColumn > 0 ? digits(cells[targetColumn] ?? "") : null;
        if (label !== data.labels[i]) mismatches.push(`row ${i + 1}: label "${label}" ≠ "${data.labels[i]}"`);
        if (collected !== data.collected[i]) {
          mismatches.push(`row ${i + 1} (${label}): collected "${cells[1]}" ≠ ${data.collected[i]}`);
        }
        if (target !== (data.target[i] ?? null)) {
          mismatches.push(
            `row ${i + 1} (${label}): target "${cells[targetColumn] ?? "(no column)"}" ≠ ${data.target[i]}`,
          );
        }
      });
      out.push({
        id: figure.id,
        collectedPixels: counts[0],
        targetPixels: counts[1],
        hasCollected: data.collected.some((v) => v !== null && v > 0),
        hasTarget: data.target.some((v) => v !== null && v > 0),
        mismatches,
        rows: rows.length,
      });
    }
    return out;
  });
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AXE_SOURCE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeReport {
  rulesRun: string[];
  /** Rules axe could not decide on its own (reported for a person to look at, not failed). */
  needsReview: string[];
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
}

/**
 * The rules of AXE_TAGS whose verdict depends on colour: all a second run in
 * the dark theme, on a page already checked in the light one, can find anew.
 */
export const AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe-core in the page as it is, under its own Content-Security-Policy:
 * the source goes in through page.evaluate (the DevTools protocol, which the
 * page's CSP does not govern) rather than a <script> tag the CSP would block,
 * so nothing about the page is loosened for the check. `rules` narrows the run
 * to those rules (AXE_COLOUR_RULES after a change of colour scheme); by
 * default every rule of AXE_TAGS runs.
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeReport> {
  // Compiling axe takes Chromium about half a second: once per page is enough.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, only }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const runOnly = only ? { type: "rule" as const, values: only } : { type: "tag" as const, values: tags };
      const result = await axe.run(document, { runOnly, resultTypes: ["violations"] });
      const rules = new Set(
        [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
      );
      return {
        rulesRun: [...rules],
        needsReview: result.incomplete.map((r) => r.id),
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")),
        })),
      };
    },
    { tags: AXE_TAGS, only: rules },
  );
}

/** True when the page is wider than the screen (a reader would have to scroll sideways). */
export function scrollsSideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest(".table-wrap, .visually-hidden"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, wide };
  });
}

/** A site path as part of a screenshot's file name: "chien-dich/2022-a/" → "chien-dich-2022-a". */
export function shotSlug(sitePath: string): string {
  return sitePath.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "");
}

/**
 * What every page owes a reader once it has settled, on a page visit()
 * opened: nothing failed while it loaded, no sideways scrolling, and (when
 * `screenshot` names a file) no WCAG A/AA violation among `rules` (every rule
 * of AXE_TAGS by default), then a full-page screenshot there for a person to
 * look at.
 */
async function expectReadable(
  page: Page,
  problems: string[],
  expect: ExpectStatic,
  screenshot?: string,
  rules?: string[],
): Promise<void> {
  await settle(page);
  expect(problems).toEqual([]);
  const sideways = await scrollsSideways(page);
  expect(sideways.scrollWidth, JSON.stringify(sideways.wide)).toBeLessThanOrEqual(sideways.innerWidth);
  if (!screenshot) return;
  expect((await runAxe(page, rules)).violations).toEqual([]);
  await page.screenshot({ path: screenshot, fullPage: true });
}

/** Opens `url` in `context` and asserts what every page owes a reader (expectReadable). */
export async function checkReaderPage(
  context: BrowserContext,
  url: string,
  expect: ExpectStatic,
  screenshot?: string,
): Promise<void> {
  const { page, problems } = await visit(context, url);
  await expectReadable(page, problems, expect, screenshot);
}

/**
 * checkReaderPage in the light theme, then in the dark one (the page loaded
 * again, so its charts are drawn in dark colours as a reader in dark mode
 * sees them) with axe's colour rules, the rest having been judged already;
 * then, for each of `narrower`, loaded again at that width in the light theme
 * for sideways scrolling alone. One page throughout: a reload costs far less
 * than a new page.
 */
export async function checkReaderPageThemes(
  context: BrowserContext,
  url: string,
  expect: ExpectStatic,
  screenshot: (scheme: "light" | "dark") => string,
  narrower: number[] = [],
): Promise<void> {
  const { page, problems } = await visit(context, url);
  await expectReadable(page, problems, expect, screenshot("light"));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload({ waitUntil: "load" });
  await expectReadable(page, problems, expect, screenshot("dark"), AXE_COLOUR_RULES);
  await page.emulateMedia({ colorScheme: "light" });
  for (const width of narrower) {
    await page.setViewportSize({ width, height: page.viewportSize()!.height });
    await page.reload({ waitUntil: "load" });
    await expectReadable(page, problems, expect);
  }
}
