/**
 * Builds a site into a fresh temporary folder (never ./dist, never the shared
 * Astro cache), the way the deploy workflow does, so the browser tests and
 * gates look at real output. The sites several files read are built once per
 * run by the site broker (test/support/site-broker.ts); serveSite serves one.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { astroBuildArgs, astroBuildEnv } from "../../../scripts/lib/astro-build.ts";
import { lockedBuild } from "../../support/locked-build.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface BuildOptions {
  /** GIOT_HONG_ROOT: a content tree with the site's layout (default: the real site). */
  root?: string;
  /** BASE_PATH, e.g. "/giot-hong/". */
  base: string;
  /** SITE_URL. */
  site: string;
  /** More environment for the build, e.g. GIOT_HONG_TODAY. */
  env?: Record<string, string>;
}

export interface BuiltSite {
  dist: string;
  base: string;
  /** What `astro build` printed. */
  log: string;
  /** The build's own Astro cache folder (GIOT_HONG_CACHE_DIR). */
  cacheDir: string;
  /** Removes the build (the screenshots stay in test-output/screenshots/). */
  cleanup(): Promise<void>;
}

export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  // Inside the repository on purpose (as test/build does): for an outDir outside the
  // working directory Astro 7 writes its prerender bundle to the shared ./.astro/.prerender/,
  // where builds running at the same time overwrite each other's chunks.
  await mkdir(path.join(ROOT, "test-output"), { recursive: true });
  const work = await mkdtemp(path.join(ROOT, "test-output", "browser-build-"));
  const dist = path.join(work, "dist");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BASE_PATH: options.base,
    SITE_URL: options.site,
    GIOT_HONG_OUT_DIR: dist,
    GIOT_HONG_CACHE_DIR: path.join(work, "cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  // Vitest mirrors import.meta.env into process.env (BASE_URL=/, DEV=1, MODE=test …) and
  // Astro's server code reads import.meta.env.* from process.env first: a child build
  // would then link everything at "/" (ignoring BASE_PATH) and publish drafts.
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[key];
  if (options.root) env.GIOT_HONG_ROOT = options.root;
  else delete env.GIOT_HONG_ROOT;
  let log: string;
  try {
    // process.execPath is the project's Node 24 when run through npm scripts.
    const printed = await promisify(execFile)(process.execPath, lockedBuild(astroBuildArgs(ROOT)), {
      cwd: ROOT,
      env: astroBuildEnv(env),
      maxBuffer: 32 * 1024 * 1024,
    });
    log = printed.stdout + printed.stderr;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`, { cause: error });
  }
  const cacheDir = env.GIOT_HONG_CACHE_DIR!;
  return { dist, base: options.base, log, cacheDir, cleanup: () => rm(work, { recursive: true, force: true }) };
}
