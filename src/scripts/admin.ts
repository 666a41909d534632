/**
 * Starts the form editor at /admin/ with the configuration the page wrote
 * (src/lib/cms-config.ts) and the site's own stylesheet in the preview.
 */
import siteCss from "../styles/global.css?inline";
import { chapter } from "../chapter.config.ts";
import { themeCss } from "../lib/theme.ts";
import type { CmsConfig } from "@sveltia/cms";
import { articlePreview } from "./admin-preview.ts";

const PREFS_KEY = "sveltia-cms.prefs";

/*
 * Sveltia follows the browser's language and falls back to English; comms
 * staff read Vietnamese whatever their browser says. Set once, so a person
 * who picks another language in the editor's settings keeps it.
 */
if (!localStorage.getItem(PREFS_KEY)) localStorage.setItem(PREFS_KEY, JSON.stringify({ locale: "vi" }));

const config: unknown = JSON.parse(document.getElementById("cms-config")?.textContent ?? "{}");

// Imported after the language is set: the editor reads it as it loads.
void import("@sveltia/cms").then(({ default: CMS }) => {
  CMS.registerPreviewStyle(`${themeCss(chapter.colors)}\n${siteCss}`, { raw: true });
  // Sveltia exposes React's createElement as window.h for preview templates.
  const h = (window as unknown as { h: Parameters<typeof articlePreview>[0] }).h;
  CMS.registerPreviewTemplate(
    "articles",
    articlePreview(h) as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1],
  );
  return CMS.init({ config: config as CmsConfig });
});
