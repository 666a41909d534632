/**
 * Opens the page cache (src/lib/page-cache.ts) for each build and keeps it
 * only when the build succeeded. src/middleware.ts serves a page from it when
 * the page's getStaticPaths gave it a `cacheKey` that matches the last build.
 *
 * The code key covers what every page is made by: the site's source (not the
 * content, which pages put in their own keys), the dependencies' exact
 * versions, the Astro config with its site address and base path, and the
 * Node version (number and date formats come from its ICU data). Any change
 * there renders every page again.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration } from "astro";
import { PageCache } from "../lib/page-cache.ts";
import { chapterConfigFile } from "../chapter-config-file.ts";

const KEY = Symbol.for("giot-hong.page-cache");
const registry = globalThis as { [KEY]?: PageCache };

/** The page cache of the build in progress, if any (none in `astro dev`). */
export function pageCache(): PageCache | undefined {
  return registry[KEY];
}

/** Files under `dir`, relative to `root`, sorted; `skip` are folders left out. */
function filesUnder(root: string, dir: string, skip: Set<string>): string[] {
  const full = path.join(root, dir);
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return skip.has(rel) ? [] : filesUnder(root, rel, skip);
      return entry.isFile() ? [rel] : [];
    })
    .sort();
}

/** The key of the code and settings that make every page. */
export function codeKey(root: string, settings: unknown): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ settings, node: process.version }));
  const files = [
    ...filesUnder(root, "src", new Set(["src/content"])),
    ...["astro.config.mjs", "package-lock.json", "tsconfig.json"],
    // Another chapter's config, brought by the content tree, makes every page as much as src/ does.
    path.relative(root, chapterConfigFile(root)),
  ];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update("(missing)");
    }
  }
  return hash.digest("hex").slice(0, 32);
}

/** The settings of `config` that change what a page's HTML says. */
function pageSettings(config: AstroConfig): unknown {
  return {
    site: config.site,
    base: config.base,
    trailingSlash: config.trailingSlash,
    format: config.build.format,
  };
}

export function pageCacheIntegration(dir: string): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: "giot-hong-page-cache",
    hooks: {
      "astro:config:done": ({ config: done }) => {
        config = done;
      },
      // The code key reads every source file: only a build needs it, not `astro dev` or `astro check`.
      "astro:build:start": () => {
        if (!config) throw new Error("giot-hong-page-cache: astro:config:done did not run before the build");
        registry[KEY]?.abort();
        registry[KEY] = new PageCache(dir, codeKey(fileURLToPath(config.root), pageSettings(config)));
      },
      "astro:build:done": ({ logger }) => {
        const cache = registry[KEY];
        delete registry[KEY];
        if (!cache) return;
        const { reused, kept } = cache.commit();
        logger.info(`page cache: ${reused} page(s) reused from the last build, ${kept - reused} rendered and kept`);
      },
    },
  };
}
