/**
 * Reads a built site's pages: the run's shared build of a site several files
 * read (sharedBuild, test/support/sites.ts), or a build of the test's own in a
 * temporary directory (buildSite). Each build gets its own out and cache dirs
 * so test runs never touch ./dist or the shared cache, and never each other.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse, type HTMLElement } from "node-html-parser";
import { astroBuildArgs, astroBuildEnv } from "../../scripts/lib/astro-build.ts";
import { lockedBuild } from "../support/locked-build.ts";
import { sharedSite, type SiteName } from "../support/shared-site.ts";

const run = promisify(execFile);
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface BuiltSite {
  outDir: string;
  /** The base path it was built with ("/", "/giot-hong/"). */
  base: string;
  /** What `astro build` printed. */
  log: string;
  /** The build's own Astro cache folder (GIOT_HONG_CACHE_DIR). */
  cacheDir: string;
  /** Parsed page at a site path ("tin-tuc/", "404.html"); throws if the build did not write it. */
  page(path: string): HTMLElement;
  /** Raw HTML of a page. */
  html(path: string): string;
  exists(path: string): boolean;
  /** Every HTML file, as paths relative to the out dir. */
  htmlFiles(): string[];
  /** Every file, as paths relative to the out dir. */
  files(): string[];
  cleanup(): void;
}

function fileFor(outDir: string, path: string): string {
  const clean = path.replace(/^\/+/, "");
  return clean.endsWith(".html") ? join(outDir, clean) : join(outDir, clean, "index.html");
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

export interface BuildSiteOptions {
  /** Where to write the site (default: a new folder of the build's own). */
  outDir?: string;
  /** A cache folder to use and keep (default: the build's own, removed with it), to build again with caches kept. */
  cacheDir?: string;
  /** More environment for the build (SITE_URL included). */
  env?: Record<string, string>;
}

/**
 * `contentRoot` is a tree with the site's layout (GIOT_HONG_ROOT), or undefined for the real content.
 * Runs `astro build` on the project's own Node 24 (the `node` devDependency) whatever node runs vitest.
 */
export async function buildSite(
  contentRoot: string | undefined,
  label: string,
  options: BuildSiteOptions = {},
): Promise<BuiltSite> {
  // Inside the repository on purpose: for an outDir outside the working directory Astro
  // writes its prerender bundle to the shared ./.astro/.prerender/, where parallel builds
  // (this file's, other test files', a helper's) overwrite each other's chunks.
  mkdirSync(join(REPO, "test-output"), { recursive: true });
  const work = mkdtempSync(join(REPO, "test-output", `build-${label}-`));
  const outDir = options.outDir ?? join(work, "dist");
  // process.env is passed on as it is, NODE_ENV=test from vitest included: a build
  // must not behave differently (publish drafts, say) because of NODE_ENV.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIOT_HONG_OUT_DIR: outDir,
    GIOT_HONG_CACHE_DIR: options.cacheDir ?? join(work, "cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  // The tests expect links at the domain root, and the default address unless a test gives its own.
  delete env.BASE_PATH;
  delete env.SITE_URL;
  Object.assign(env, options.env);
  if (contentRoot) env.GIOT_HONG_ROOT = contentRoot;
  else delete env.GIOT_HONG_ROOT;

  const node24 = join(REPO, "node_modules/node/bin/node");
  const node = existsSync(node24) ? node24 : process.execPath;
  let log: string;
  try {
    const printed = await run(node, lockedBuild(astroBuildArgs(REPO)), {
      cwd: REPO,
      env: astroBuildEnv(env),
      maxBuffer: 64 * 1024 * 1024,
    });
    log = printed.stdout + printed.stderr;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`astro build failed for ${label}:\n${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`, {
      cause: error,
    });
  }

  return {
    ...reader(outDir, env.BASE_PATH ?? "/", log),
    cacheDir: env.GIOT_HONG_CACHE_DIR ?? "",
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

/**
 * The run's shared build of a site (test/support/sites.ts), built once by the
 * site broker with the deploy's environment and read by several files: never
 * write into it. cleanup() leaves it to the run's end.
 */
export async function sharedBuild(name: SiteName): Promise<BuiltSite> {
  const site = await sharedSite(name);
  return { ...reader(site.dist, site.base, site.log), cacheDir: site.cacheDir, cleanup: () => undefined };
}

function reader(outDir: string, base: string, log: string): Omit<BuiltSite, "cacheDir" | "cleanup"> {
  const cache = new Map<string, HTMLElement>();
  return {
    outDir,
    base,
    log,
    html: (path) => readFileSync(fileFor(outDir, path), "utf8"),
    page(path) {
      let root = cache.get(path);
      if (!root) {
        root = parse(readFileSync(fileFor(outDir, path), "utf8"));
        cache.set(path, root);
      }
      return root;
    },
    exists: (path) => existsSync(fileFor(outDir, path)),
    htmlFiles: () =>
      walk(outDir)
        .filter((f) => f.endsWith(".html"))
        .map((f) => relative(outDir, f))
        .sort(),
    files: () =>
      walk(outDir)
        .map((f) => relative(outDir, f))
        .sort(),
  };
}

/** Text with whitespace runs collapsed. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The site path of an HTML file: "tin-tuc/a/index.html" → "tin-tuc/a/". */
export function sitePath(file: string): string {
  return file.replace(/index\.html$/, "");
}
