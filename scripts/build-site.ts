/**
 * `astro build`, then Pagefind's index of the written site once Astro's
 * process has ended: npm run build (scripts/build.ts) and the benchmark run
 * this, so the memory Astro holds at the end of a build (about 1.4 GiB at
 * 10,000 articles) is returned before Pagefind's own peak (about 2.8 GiB).
 * A plain `astro build` (npm run build:site, the test builds) indexes inside
 * Astro instead (src/integrations/search-index.ts); the environment variable
 * set here tells that hook to leave the index to this script. Arguments go to
 * astro; the output folder is GIOT_HONG_OUT_DIR (default dist/), as for Astro.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { indexSite, SEARCH_INDEX_AFTER_ASTRO } from "../src/integrations/search-index.ts";
import { astroBuildArgs, astroBuildEnv } from "./lib/astro-build.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.resolve(process.env.GIOT_HONG_OUT_DIR ?? "dist");

const astro = spawnSync(process.execPath, astroBuildArgs(PROJECT, process.argv.slice(2)), {
  stdio: "inherit",
  env: astroBuildEnv({ ...process.env, [SEARCH_INDEX_AFTER_ASTRO]: "1" }),
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  const started = performance.now();
  const pages = await indexSite(outDir);
  console.log(`search index: ${pages} HTML files read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
