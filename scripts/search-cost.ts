/**
 * What a search costs a reader on a built site: the site is served on
 * 127.0.0.1, Debian's Chromium opens the search page, and for each query the
 * requests made after the page had loaded are counted (workers' included),
 * with their bytes as a compressing host sends them (each file is read from
 * the build: Chromium reports no body size for a worker's script) and of what
 * kind (scripts/lib/search-cost.ts). A measurement for a person to run, like
 * the benchmark; it fails only when a search fails.
 *
 *   npm run build && npm run search-cost             # dist/, built with BASE_PATH (default "/")
 *   npm run search-cost -- /tmp/x/dist "hien mau"    # another build, other queries
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "./lib/chromium.ts";
import { formatKinds, searchCost, transferBytes, type RecordedRequest } from "./lib/search-cost.ts";

const [dirArg, ...queryArgs] = process.argv.slice(2);
const dir = path.resolve(dirArg ?? "dist");
const base = process.env.BASE_PATH ?? "/";
const queries = queryArgs.length > 0 ? queryArgs : ["hien mau", "duong hoa", "tu liem"];

/** The file a site path is served from, as the host would send it. */
async function sentBytes(sitePath: string): Promise<number> {
  let file = path.join(dir, sitePath);
  if (!file.startsWith(dir)) throw new Error(`${sitePath} is outside ${dir}`);
  if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
  return transferBytes(await readFile(file));
}

const server = await serveStatic(dir, base);
const browser = await launchChromium();
let failed = false;
try {
  console.log(`${dir}\n\n| query | result | requests | KB | requests by kind |\n|---|---|---:|---:|---|`);
  for (const query of queries) {
    // A fresh context each time: the first search on a page, with nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}tim-kiem/`);
    await page.waitForLoadState("networkidle");
    const recorded: Promise<RecordedRequest>[] = [];
    context.on("requestfinished", (request) => {
      const sitePath = decodeURIComponent(new URL(request.url()).pathname.slice(base.length));
      recorded.push(sentBytes(sitePath).then((bytes) => ({ path: sitePath, bytes })));
    });
    await page.fill("#tim-kiem-trang", query);
    await page.press("#tim-kiem-trang", "Enter");
    await page.waitForFunction(() => {
      const status = document.querySelector("[data-search-status]")?.textContent ?? "";
      return status !== "" && !status.includes("Đang tìm");
    });
    await page.waitForLoadState("networkidle");
    const status = (await page.textContent("[data-search-status]")) ?? "";
    // "N kết quả cho …" and "Không tìm thấy kết quả cho …" are answers; anything else is the search failing.
    if (!status.includes("kết quả")) failed = true;
    const cost = searchCost(await Promise.all(recorded));
    console.log(
      `| ${query} | ${status} | ${cost.requests} | ${Math.round(cost.bytes / 1024)} | ${formatKinds(cost)} |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
