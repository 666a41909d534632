/**
 * npm run smoke [-- <changed files>]: opens the built site (dist/, or
 * GATES_DIR) in Chromium under BASE_PATH and looks at the pages that gather
 * content (home, news, campaigns, figures, calendar) and at the page of every
 * changed article or campaign: each must answer 200, show its heading, and
 * run without a console error or a failed request. The content-only path of
 * the deploy workflow runs this instead of the whole browser test suite.
 * Changed files may also come from CHANGED_FILES (space separated).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "./lib/chromium.ts";
import { AGGREGATE_PAGES, pagesForChanges } from "./lib/change-kind.ts";

const dir = path.resolve(process.env.GATES_DIR ?? "dist");
const base = process.env.BASE_PATH ?? "/";
const changed = [...process.argv.slice(2), ...(process.env.CHANGED_FILES ?? "").split(/\s+/)].filter(Boolean);

const wanted = [...AGGREGATE_PAGES, ...pagesForChanges(changed)];
// A draft or a deleted article has no page: nothing to look at.
const pages = wanted.filter((page) => existsSync(path.join(dir, page, "index.html")));
for (const page of wanted.filter((p) => !pages.includes(p)))
  console.log(`(bỏ qua /${page}: không có trang này trong bản dựng)`);

const server = await serveStatic(dir, base);
const browser = await launchChromium();
const problems: string[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "vi-VN" });
  // Nothing leaves the machine: the site must work from its own files.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  for (const page of pages) {
    const tab = await context.newPage();
    const url = `${server.url}${page}`;
    const found: string[] = [];
    tab.on("console", (m) => void (m.type() === "error" && found.push(`lỗi console: ${m.text()}`)));
    tab.on("pageerror", (e) => found.push(`lỗi JavaScript: ${e.message}`));
    tab.on("requestfailed", (r) => found.push(`không tải được ${r.url()} (${r.failure()?.errorText})`));
    const response = await tab.goto(url, { waitUntil: "load" });
    if (response?.status() !== 200) found.push(`trả về HTTP ${response?.status()}`);
    if ((await tab.locator("h1").count()) === 0) found.push("không có tiêu đề <h1>");
    console.log(`${found.length ? "✖" : "✔"} /${page}`);
    problems.push(...found.map((p) => `/${page}: ${p}`));
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(`\n✖ ${problems.length} vấn đề khi mở trang trong trình duyệt (browser smoke test):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exitCode = 1;
} else console.log(`\n✔ ${pages.length} trang mở được, không có lỗi (browser smoke test).`);
