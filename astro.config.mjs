// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { markdownSanitizerPlugin } from "./src/lib/markdown-sanitizer.ts";
import { markdownText } from "./src/i18n/vi.ts";
import { chapterConfigFile } from "./src/chapter-config-file.ts";
import { chapterConfigSwap } from "./src/integrations/chapter-config.ts";
import { themeCss } from "./src/lib/theme.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { cacheDir } from "./src/content-paths.ts";
import sitemap from "@astrojs/sitemap";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The site's address and base path come from the environment so one
 * repository deploys to https://<org>.github.io/<repo>/ or to its own domain.
 */
const site = process.env.SITE_URL ?? "https://giot-hong.example.org";
const base = process.env.BASE_PATH ?? "/";

/**
 * The chapter's config: src/chapter.config.ts, or the one a content tree in
 * GIOT_HONG_ROOT brings (src/chapter-config-file.ts), which then replaces it
 * in every import of the site.
 */
const repoRoot = fileURLToPath(new URL(".", import.meta.url));
const ownChapterConfig = fileURLToPath(new URL("./src/chapter.config.ts", import.meta.url));
const chapterConfig = chapterConfigFile(repoRoot);
/** @type {{ chapter: import("./src/chapter.config.ts").ChapterConfig }} */
const { chapter } = await import(/* @vite-ignore */ pathToFileURL(chapterConfig).href);

/** Serves the chapter's colours (from its config) as a bundled stylesheet. */
function chapterTheme() {
  const id = "virtual:chapter-theme.css";
  const resolved = "\0" + id;
  return {
    name: "giot-hong-chapter-theme",
    resolveId(/** @type {string} */ source) {
      return source === id ? resolved : undefined;
    },
    load(/** @type {string} */ source) {
      return source === resolved ? themeCss(chapter.colors) : undefined;
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  output: "static",
  outDir: process.env.GIOT_HONG_OUT_DIR ?? "./dist",
  cacheDir: cacheDir(),
  integrations: [
    mdx(),
    // Pagefind indexes the written site once Astro is done (src/integrations/search-index.ts).
    searchIndex(),
    // The search page without a query has nothing for a search engine to list, and
    // the form editor is a tool for comms staff.
    sitemap({ filter: (page) => !page.includes("/tim-kiem/") && !page.includes("/admin/") }),
  ],
  experimental: {
    // Article pages and share images whose getStaticPaths entry gives the same cacheKey as
    // the last build, made by unchanged code, are copied from the cache folder (which the
    // deploy workflow keeps) instead of rendered again (src/lib/cache-key.ts).
    incrementalBuild: true,
  },
  // Shiki colours code with inline style attributes, which the CSP below
  // forbids; a news site has no code to colour.
  markdown: {
    syntaxHighlight: false,
    // Articles are pasted from other websites: parse their HTML into real
    // elements and strip anything that could run script or load a frame
    // (policy in src/lib/safe-html.ts; `npm run check` reports the same).
    processor: satteri({
      features: {
        rawHtml: true,
        gfm: { footnotes: { label: markdownText.footnotesLabel, backLabel: markdownText.footnoteBackLabel } },
      },
      hastPlugins: [markdownSanitizerPlugin((message) => console.warn(message))],
    }),
  },
  build: {
    format: "directory",
    // Share images are encoded in libuv's thread pool (src/lib/share-image.ts), and pages
    // wait on files there too: with many pages in flight the main thread always has one to
    // render. 1,000-article full build, 2 cores, quiet: 19.3 s at 4, 17.4 at 16, 16.8 at 32
    // and 64, 21.8 at 2 (docs/kien-truc.md).
    concurrency: 32,
  },
  // Every page carries a Content-Security-Policy <meta>: Astro hashes the
  // scripts and styles it emits, so no 'unsafe-inline' is needed for either.
  // frame-ancestors cannot be set from a <meta>; public/_headers sends it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: { plugins: [chapterConfigSwap(ownChapterConfig, chapterConfig), chapterTheme()] },
});
