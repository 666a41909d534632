/**
 * Lighthouse, mobile, in Debian's Chromium, on a built site served locally:
 * home, an article, a campaign and the statistics page. A documented command
 * for a person to run (not part of CI: scores move with machine load).
 *
 *   npm run build && npm run lighthouse            # dist/, built with BASE_PATH (default "/")
 *   npm run lighthouse -- /tmp/x/dist              # or LIGHTHOUSE_DIR=/tmp/x/dist
 *   npm run lighthouse -- --json lighthouse.json   # also write the scores as JSON
 *   npm run lighthouse -- --runs 5                 # runs per page (default 3)
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); no browser download, no network:
 * the site is served on 127.0.0.1 by scripts/static-server.ts. Each page is
 * measured several times and the median run kept, as Lighthouse's own
 * guidance on variability advises (lighthouse/core/lib/median-run.js: the
 * run nearest the median First Contentful Paint and Time to Interactive): on
 * this 2-core machine one run's Total Blocking Time moved from 0 to 300 ms on
 * the same page. Prints the four category scores per page and each audit
 * that cost points, and exits 1 when a page misses the goals (Performance
 * ≥ 98 on articles and campaigns, ≥ 95 on chart pages; Accessibility, Best
 * Practices and SEO 100).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { serveStatic } from "./static-server.ts";
import { CHROMIUM, CHROMIUM_FLAGS as CHROME_FLAGS } from "./lib/chromium.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "string" }, runs: { type: "string", default: "3" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs cần số nguyên dương (received "${values.runs}")`);
  process.exit(2);
}
const dir = path.resolve(positionals[0] ?? process.env.LIGHTHOUSE_DIR ?? "dist");
const base = process.env.BASE_PATH ?? "/";

type LighthouseResult = Parameters<typeof computeMedianRun>[0][number];

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string; scoreDisplayMode: string }>;
}

/** The first page folder under `folder` (skipping pagination), as a path below the base. */
async function firstPage(folder: string, skip: string[] = []): Promise<string | undefined> {
  const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => []);
  const name = entries
    .filter(
      (e) => e.isDirectory() && !skip.includes(e.name) && existsSync(path.join(dir, folder, e.name, "index.html")),
    )
    .map((e) => e.name)
    .sort()[0];
  return name ? `${folder}/${name}/` : undefined;
}

function runLighthouse(url: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "node_modules/lighthouse/cli/index.js"),
        url,
        "--quiet",
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--output=json",
        `--output-path=${output}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} on ${url}`)),
    );
  });
}

/** What a page must score, by the issue's goals. */
function goals(kind: string): Record<(typeof CATEGORIES)[number], number> {
  return {
    performance: kind === "statistics" || kind === "home" ? 95 : 98,
    accessibility: 100,
    "best-practices": 100,
    seo: 100,
  };
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Thiếu Chromium tại ${CHROMIUM}: chạy scripts/ensure-chromium.sh hoặc đặt CHROMIUM_PATH.`);
    return 1;
  }
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`Không thấy trang đã dựng ở ${dir} (thiếu index.html). Chạy "npm run build" trước.`);
    return 1;
  }
  const pages: [string, string | undefined][] = [
    ["home", ""],
    ["article", await firstPage("tin-tuc", ["trang"])],
    ["campaign", await firstPage("chien-dich")],
    ["statistics", existsSync(path.join(dir, "so-lieu/index.html")) ? "so-lieu/" : undefined],
  ];
  const server = await serveStatic(dir, base);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "giot-hong-lighthouse-"));
  const rows: { kind: string; page: string; scores: Record<string, number | null>; lost: string[] }[] = [];
  let failed = false;
  try {
    for (const [kind, page] of pages) {
      if (page === undefined) {
        console.error(`Không có trang ${kind} trong ${dir}.`);
        failed = true;
        continue;
      }
      const url = server.url + page;
      process.stdout.write(`… ${kind}: ${url} (${runs} runs)\n`);
      const results: LighthouseResult[] = [];
      for (let run = 1; run <= runs; run++) {
        const output = path.join(tmp, `${kind}-${run}.json`);
        // Lighthouse sometimes loses the trace of a page load (NO_NAVSTART) on a busy machine:
        // one more try before calling the page broken.
        await runLighthouse(url, output).catch((error: unknown) => {
          console.error(`${String(error)}: thử lại một lần`);
          return runLighthouse(url, output);
        });
        results.push(JSON.parse(await readFile(output, "utf8")) as LighthouseResult);
      }
      const lhr = computeMedianRun(results) as unknown as Lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100),
        ]),
      );
      const lost = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
          .map(
            (a) => `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""} = ${Math.round(a.score! * 100)}`,
          ),
      );
      const goal = goals(kind);
      for (const c of CATEGORIES) if ((scores[c] ?? 0) < goal[c]) failed = true;
      rows.push({ kind, page: `/${page}`, scores, lost });
    }
  } finally {
    await server.close();
    await rm(tmp, { recursive: true, force: true });
  }

  console.log("\n| page | Performance | Accessibility | Best Practices | SEO |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const r of rows)
    console.log(`| ${r.kind} ${r.page} | ${CATEGORIES.map((c) => r.scores[c] ?? "–").join(" | ")} |`);
  for (const r of rows.filter((r) => r.lost.length > 0)) {
    console.log(`\n${r.kind} ${r.page}, audits below 100:`);
    for (const line of r.lost) console.log(`- ${line}`);
  }
  if (values.json)
    await writeFile(
      path.resolve(values.json),
      JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + "\n",
    );
  console.log(
    failed
      ? "\n✗ Chưa đạt mục tiêu (goals: Performance ≥ 98 articles/campaigns, ≥ 95 chart pages; the rest 100)."
      : "\n✓ Đạt mục tiêu Lighthouse.",
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
