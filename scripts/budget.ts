/**
 * Page-weight budgets on a built site: a size check, not a timing.
 *
 *   npm run budget                   # checks dist/ (built with BASE_PATH, default "/")
 *   npm run budget -- /tmp/x/dist    # or BUDGET_DIR=/tmp/x/dist npm run budget
 *
 * Fails (exit 1) when an article page without a chart ships any JavaScript,
 * a page with charts ships more than 60 KB of gzipped JavaScript counting the
 * lazily imported Chart.js chunk, Chart.js is loaded other than by dynamic
 * import(), a page's CSS exceeds 15 KB gzipped, or an <img> lacks width/height.
 * Prints the weight of the heaviest page of each template. The rules live in
 * scripts/lib/budget.ts.
 */
import { readFileSync, existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { analyzePage, checkBudgets, formatTable, templateTable, type BuiltPage } from "./lib/budget.ts";
import { isSearchIndexFile } from "../src/lib/search.ts";

const dir = path.resolve(process.argv[2] ?? process.env.BUDGET_DIR ?? "dist");
const base = process.env.BASE_PATH ?? "/";
const prefix = base.endsWith("/") ? base : `${base}/`;

async function main(): Promise<number> {
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`Không thấy trang đã dựng ở ${dir} (thiếu index.html). Chạy "npm run build" trước.`);
    return 1;
  }
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !isSearchIndexFile(rel))
    .sort();
  const pages: BuiltPage[] = await Promise.all(
    files.map(async (rel) => ({
      path: rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel,
      html: await readFile(path.join(dir, rel), "utf8"),
    })),
  );
  const cache = new Map<string, string | undefined>();
  const gzipCache = new Map<string, number>();
  const site = {
    base: prefix,
    read(pathname: string) {
      if (!cache.has(pathname)) {
        const rel = decodeURIComponent(pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.slice(1));
        const file = path.join(dir, rel);
        cache.set(pathname, file.startsWith(dir) && existsSync(file) ? readFileSync(file, "utf8") : undefined);
      }
      return cache.get(pathname);
    },
    // Each file travels gzipped on its own; the default level is what common static hosts use.
    gzipSize(text: string) {
      let size = gzipCache.get(text);
      if (size === undefined) {
        size = gzipSync(text).length;
        if (text.length < 1_000_000) gzipCache.set(text, size);
      }
      return size;
    },
  };
  const weights = pages.map((page) => analyzePage(page, site));
  console.log(`Page weights in ${dir} (${weights.length} pages, heaviest page of each template):\n`);
  console.log(formatTable(templateTable(weights)));
  const problems = checkBudgets(weights);
  if (problems.length === 0) {
    console.log("\n✓ Mọi trang nằm trong ngân sách (all pages within budget).");
    return 0;
  }
  console.error(`\n✗ ${problems.length} vi phạm ngân sách (budget problems):`);
  for (const p of problems) console.error(`- ${p}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
