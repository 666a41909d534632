/**
 * Starts the form editor at /admin/: Sveltia CMS's prebuilt browser file
 * (served as-is from the site, src/lib/cms-assets.ts), with the configuration
 * the page wrote (src/lib/cms-config.ts) and the site's own stylesheet in the
 * preview. Only this small script goes through Vite.
 */
import siteCss from "../styles/global.css?inline";
import { chapter } from "../chapter.config.ts";
import { themeCss } from "../lib/theme.ts";
import type CMS from "@sveltia/cms";
import type { CmsConfig } from "@sveltia/cms";
import type { CmsFont } from "../lib/cms-assets.ts";
import { articlePreview } from "./admin-preview.ts";

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: typeof CMS;
    /** React's createElement, which Sveltia exposes for preview templates. */
    h?: Parameters<typeof articlePreview>[0];
  }
}

const PREFS_KEY = "sveltia-cms.prefs";

/*
 * Sveltia follows the browser's language and falls back to English; comms
 * staff read Vietnamese whatever their browser says. Set once, so a person
 * who picks another language in the editor's settings keeps it.
 */
if (!localStorage.getItem(PREFS_KEY)) localStorage.setItem(PREFS_KEY, JSON.stringify({ locale: "vi" }));

const json = (id: string): unknown => JSON.parse(document.getElementById(id)?.textContent ?? "{}");
const config = json("cms-config") as CmsConfig;
const assets = json("cms-assets") as {
  script: string;
  fetches: Record<string, string>;
  versionCheck: string;
  fonts: (Omit<CmsFont, "route"> & { url: string })[];
};

/*
 * Sveltia's browser build fetches its words in Vietnamese from unpkg.com, which
 * the page's policy refuses: answer from the site's copies (src/lib/cms-assets.ts).
 * Its check for a newer version is answered "none": package-lock.json pins it.
 */
const siteFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (url === assets.versionCheck) return Promise.resolve(new Response(null, { status: 404 }));
  const from = Object.keys(assets.fetches).find((prefix) => url.startsWith(prefix));
  return siteFetch(from ? assets.fetches[from] + url.slice(from.length) : input, init);
};

// Sveltia's stylesheet names its fonts on a CDN the page's policy refuses; the package's own files come first.
for (const font of assets.fonts) {
  document.fonts.add(
    new FontFace(font.family, `url(${JSON.stringify(font.url)}) format("${font.format}")`, font.descriptors),
  );
}

// Loaded after the language is set: the editor reads it as it loads, and starts when init() is called.
window.CMS_MANUAL_INIT = true;
const script = document.createElement("script");
script.src = assets.script;
script.addEventListener("load", () => {
  const cms = window.CMS!;
  cms.registerPreviewStyle(`${themeCss(chapter.colors)}\n${siteCss}`, { raw: true });
  cms.registerPreviewTemplate(
    "articles",
    articlePreview(window.h!) as unknown as Parameters<typeof cms.registerPreviewTemplate>[1],
  );
  void cms.init({ config });
});
document.head.append(script);
