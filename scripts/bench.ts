/**
 * Build benchmark: the whole site against a bare Astro site over the same
 * generated (FICTIONAL) articles, in the same run, on the same machine.
 *
 *   npm run bench                          # 1,000 articles
 *   npm run bench -- --articles 10000
 *   npm run bench -- --articles 200 --keep # keep the temp dir and build logs
 *   npm run bench -- --json bench.json     # also write the figures as JSON
 *   npm run bench -- --runs 3              # alternate 3 cold builds of each, keep the fastest
 *
 * Steps, all under one temp dir: generate the corpus (articles, years.json,
 * campaigns), copy the project without node_modules/dist (node_modules is
 * symlinked), cold-build the bare site and the full site, each build into
 * new out and cache dirs, then add one article and rebuild the full site into
 * a new out dir with the last cold build's caches kept. Each build runs
 * on this Node (24) with a 3 GB heap limit: the bare site's `astro build`, the
 * full site's as npm run build runs it (scripts/build-site.ts: astro build,
 * then the search index once Astro has ended); wall time and the
 * peak RSS of the build's process tree are reported. This is a measurement, not a test: it fails only when a build fails.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus, corpusShape, FICTION_NOTE } from "./lib/bench-corpus.ts";
import { writeBareSite } from "./bench/bare-site.ts";
import { measure, type Measurement } from "./bench/measure.ts";
import { astroBin, astroBuildArgs, astroBuildEnv } from "./lib/astro-build.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The bounds of issue 19: full / bare wall time, peak memory at 10,000 articles, rebuild / cold. */
const GOAL_RATIO = 2.5;
const GOAL_PEAK_BYTES = 3 * 1024 ** 3;
const GOAL_REBUILD = 0.8;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    heap: { type: "string", default: "3072" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    runs: { type: "string", default: "1" },
    // Another checkout of the project to measure (e.g. `git archive` of an older
    // commit), to compare before and after a change in the same conditions.
    project: { type: "string" },
    "skip-bare": { type: "boolean", default: false },
    "skip-rebuild": { type: "boolean", default: false },
  },
});
const count = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(`--articles và --runs cần số nguyên dương (received "${values.articles}", "${values.runs}")`);
  process.exit(2);
}

/** Everything a build of the site reads, without bulky or generated folders. */
const SKIP = new Set(["node_modules", "dist", ".git", ".astro", "test-output", "test"]);

/**
 * node_modules as a real folder of links to each package, not one link to the
 * whole folder: Vite keeps its dependency cache in <root>/node_modules/.vite,
 * and a shared one would be rewritten under the feet of anyone building the
 * project at the same time.
 */
async function linkNodeModules(siteDir: string): Promise<void> {
  const target = path.join(siteDir, "node_modules");
  await mkdir(target, { recursive: true });
  for (const name of await readdir(path.join(ROOT, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    await symlink(path.join(ROOT, "node_modules", name), path.join(target, name));
  }
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

async function writeCorpus(root: string): Promise<void> {
  const corpus = generateCorpus({ articles: count });
  const articles = path.join(root, "src/content/articles");
  const campaigns = path.join(root, "data/campaigns");
  await mkdir(articles, { recursive: true });
  await mkdir(campaigns, { recursive: true });
  await writeFile(path.join(root, "README.md"), `${FICTION_NOTE}\n`);
  await writeFile(path.join(root, "data/years.json"), JSON.stringify(corpus.years, null, 2));
  await Promise.all(
    corpus.campaigns.map((c) => writeFile(path.join(campaigns, `${c.id}.json`), JSON.stringify(c.data))),
  );
  await Promise.all(corpus.articles.map((a) => writeFile(path.join(articles, `${a.id}.md`), a.source)));
}

interface BuildResult extends Measurement {
  label: string;
  pages: number;
}

async function build(label: string, cwd: string, args: string[], env: NodeJS.ProcessEnv, outDir: string, log: string) {
  process.stdout.write(`… ${label}`);
  const m = await measure(process.execPath, args, {
    cwd,
    logFile: log,
    env: {
      ASTRO_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: `--max-old-space-size=${values.heap}`,
      ...env,
    },
  });
  if (m.exitCode !== 0) {
    console.error(`\n${label}: build failed (exit ${m.exitCode}); log: ${log}`);
    throw new Error("build failed");
  }
  const pages = await countPages(outDir);
  process.stdout.write(` ${(m.wallMs / 1000).toFixed(1)} s\n`);
  return { ...m, label, pages } satisfies BuildResult;
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "giot-hong-bench-"));
  const shape = corpusShape(count);
  const load = os.loadavg();
  console.log(
    `Giọt Hồng bench: ${count} articles, ${shape.campaigns} campaigns, ${shape.years} years (fictional) in ${tmp}`,
  );
  console.log(
    `machine: ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), ${gb(os.totalmem())} RAM, ` +
      `load ${load.map((l) => l.toFixed(2)).join(" ")}, Node ${process.version}, heap limit ${values.heap} MB`,
  );
  try {
    const corpus = path.join(tmp, "corpus");
    await writeCorpus(corpus);

    const full = path.join(tmp, "full");
    const project = path.resolve(values.project ?? ROOT);
    await cp(project, full, {
      recursive: true,
      filter: (src) => !SKIP.has(path.relative(project, src).split(path.sep)[0]),
    });
    await linkNodeModules(full);
    // The full site is built as npm run build builds it (scripts/build-site.ts).
    // Every build gets out and cache folders of its own, all removed only when
    // the bench ends, as npm run build builds into a new folder and removes the
    // old site after it (scripts/build.ts) and the deploy starts from none.
    // Removing the last run's files just before a build made that build pay
    // for the removal: on a disk without a journal, as here, ext4 walks past
    // every inode freed in the last minutes each time it creates a file
    // (recently_deleted in Linux's fs/ext4/ialloc.c), 3 to 7 s of kernel time
    // at 1,500 articles, more for the build that writes more files.
    // Every full build writes into the same folder, as npm run build always builds into
    // dist.building: Astro's incremental build hashes the output folder's path into
    // the pages that use astro:assets, so a rebuild into another folder would render
    // every article again. Each build's output is moved aside once it is measured.
    const building = path.join(full, "dist.building");
    // As npm run build starts it: astro build, then the search index once Astro has ended
    // (scripts/build-site.ts); a --project older than that script indexes inside astro build.
    const buildSite = path.join(full, "scripts/build-site.ts");
    const fullBuildArgs = existsSync(buildSite) ? [buildSite] : astroBuildArgs(full);
    const fullEnv = (run: number) => ({
      ...astroBuildEnv(process.env),
      GIOT_HONG_ROOT: corpus,
      // Inside the site folder: the prerender chunks Astro writes next to the
      // pages must find node_modules by walking up.
      GIOT_HONG_OUT_DIR: building,
      GIOT_HONG_CACHE_DIR: path.join(tmp, `full-cache-${run}`),
    });

    const bare = path.join(tmp, "bare");
    const bareEnv = (run: number) => ({
      ...process.env,
      BENCH_ARTICLES: path.join(corpus, "src/content/articles"),
      BENCH_OUT_DIR: path.join(bare, `dist-${run}`),
      BENCH_CACHE_DIR: path.join(tmp, `bare-cache-${run}`),
    });
    if (!values["skip-bare"]) {
      await writeBareSite(bare);
      await linkNodeModules(bare);
    }
    // With --runs N the two builds alternate, each cold, and the fastest run of
    // each is kept: on a shared machine the minimum is the figure least
    // disturbed by other work.
    const results: BuildResult[] = [];
    for (let run = 1; run <= runs; run++) {
      const suffix = runs > 1 ? ` (run ${run})` : "";
      if (!values["skip-bare"]) {
        const env = bareEnv(run);
        await rm(path.join(bare, ".astro"), { recursive: true, force: true });
        results.push({
          ...(await build(
            `bare Astro${suffix}`,
            bare,
            // Astro as it comes: node's defaults, none of the site's own settings.
            [astroBin(bare), "build"],
            env,
            env.BENCH_OUT_DIR,
            path.join(tmp, `bare-${run}.log`),
          )),
          label: "bare Astro",
        });
      }
      const env = fullEnv(run);
      await rm(path.join(full, ".astro"), { recursive: true, force: true });
      results.push({
        ...(await build(
          `full site${suffix}`,
          full,
          fullBuildArgs,
          env,
          env.GIOT_HONG_OUT_DIR,
          path.join(tmp, `full-${run}.log`),
        )),
        label: "full site",
      });
      await rename(building, path.join(full, `dist-${run}`));
    }

    let rebuild: BuildResult | undefined;
    if (!values["skip-rebuild"]) {
      const extra = generateCorpus({ articles: 1, seed: 99 }).articles[0];
      await writeFile(path.join(corpus, "src/content/articles/bai-mau-hu-cau-them-mot-bai.md"), extra.source);
      // The last cold run's cache, kept as the deploy workflow keeps it; an empty out folder.
      const env = fullEnv(runs);
      rebuild = await build(
        "full site, rebuild after adding one article (caches kept)",
        full,
        fullBuildArgs,
        env,
        env.GIOT_HONG_OUT_DIR,
        path.join(tmp, "rebuild.log"),
      );
    }

    const fastest = (label: string) =>
      results
        .filter((r) => r.label === label)
        .reduce<BuildResult | undefined>((a, b) => (!a || b.wallMs < a.wallMs ? b : a), undefined);
    const kept = [fastest("bare Astro"), fastest("full site")].filter((r): r is BuildResult => r !== undefined);
    console.log(runs > 1 ? `\nfastest of ${runs} cold runs of each:` : "");
    console.log("| build | wall | pages | pages/s | peak RSS (tree) | CPU (tree) |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of [...kept, ...(rebuild ? [rebuild] : [])]) {
      const rate = r.pages / (r.wallMs / 1000);
      console.log(
        `| ${r.label} | ${sec(r.wallMs)} | ${r.pages} | ${rate.toFixed(0)} | ${gb(r.peakRssBytes)} | ${sec(r.cpuMs)} |`,
      );
    }
    // Where the memory and the CPU go: Astro's node process, Pagefind's own binary.
    console.log("");
    for (const r of [...kept, ...(rebuild ? [rebuild] : [])]) {
      const parts = Object.entries(r.byProgram)
        .sort(([, a], [, b]) => b.cpuMs - a.cpuMs)
        .map(([name, p]) => `${name} ${sec(p.cpuMs)} CPU, peak ${gb(p.peakRssBytes)}`);
      console.log(`${r.label}: ${parts.join("; ")}`);
    }
    const bareResult = fastest("bare Astro");
    const fullResult = fastest("full site")!;
    const ratio = bareResult ? fullResult.wallMs / bareResult.wallMs : undefined;
    // The CPU the full build needs, spread over every core with none idle: no
    // schedule of the same work can finish sooner, whatever the goal says.
    const floorMs = fullResult.cpuMs / os.cpus().length;
    const cpuFloorRatio = bareResult ? floorMs / bareResult.wallMs : undefined;
    console.log("");
    if (ratio !== undefined && cpuFloorRatio !== undefined) {
      console.log(
        `full / bare wall time: ${ratio.toFixed(2)} (goal ≤ ${GOAL_RATIO}) ${ratio <= GOAL_RATIO ? "✓" : "✗"}`,
      );
      console.log(
        `full site CPU ${sec(fullResult.cpuMs)} over ${os.cpus().length} cores: at least ${sec(floorMs)} ` +
          `even with no core idle, ${cpuFloorRatio.toFixed(2)} × bare`,
      );
    }
    console.log(
      `full site peak RSS: ${gb(fullResult.peakRssBytes)} (goal ≤ ${gb(GOAL_PEAK_BYTES)} at 10,000 articles) ` +
        (fullResult.peakRssBytes <= GOAL_PEAK_BYTES ? "✓" : "✗"),
    );
    if (rebuild) {
      const share = rebuild.wallMs / fullResult.wallMs;
      console.log(
        `rebuild / cold full build: ${share.toFixed(2)} (goal ≤ ${GOAL_REBUILD}) ${share <= GOAL_REBUILD ? "✓" : "✗"}`,
      );
    }
    const after = os.loadavg();
    console.log(`load average after: ${after.map((l) => l.toFixed(2)).join(" ")}`);

    if (values.json) {
      const report = {
        date: new Date().toISOString(),
        articles: count,
        ...shape,
        machine: {
          cpus: os.cpus().length,
          model: os.cpus()[0]?.model,
          totalMem: os.totalmem(),
          loadBefore: load,
          loadAfter: after,
        },
        heapMb: Number(values.heap),
        runs,
        builds: [...kept, ...(rebuild ? [rebuild] : [])].map(
          ({ label, wallMs, pages, peakRssBytes, cpuMs, byProgram }) => ({
            label,
            wallMs: Math.round(wallMs),
            cpuMs,
            pages,
            pagesPerSecond: Number((pages / (wallMs / 1000)).toFixed(1)),
            peakRssBytes,
            byProgram,
          }),
        ),
        ratio,
        cpuFloorRatio,
      };
      await writeFile(path.resolve(values.json), JSON.stringify(report, null, 2) + "\n");
    }
  } finally {
    if (values.keep) console.log(`kept: ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
