/**
 * The files of the form editor at /admin/, served from the site's own
 * address as the npm packages ship them: Sveltia CMS's prebuilt browser
 * file (dist/sveltia-cms.js), which Vite no longer bundles in every build,
 * and the few files that browser build would otherwise fetch from a CDN.
 *
 * Sveltia's browser build is made for a CDN: it loads some libraries and its
 * words in each language on demand from https://unpkg.com/<package>@<version>/,
 * with the versions its own package.json names, and its fonts from
 * cdn.jsdelivr.net. The admin page's policy allows the site's own address
 * only, so the page maps those unpkg addresses to the copies below (modules
 * with an import map, data in src/scripts/admin.ts) and adds the fonts from
 * the package's own files (as Sveltia's npm build does).
 * test/lib/cms-assets.test.ts checks these addresses against the installed
 * Sveltia, so an update that changes them fails there, not in an editor's browser.
 */

/** A file (or, when `file` ends in "/", a folder's files) copied as-is from an installed package into the site under admin/. */
export interface CmsFile {
  /** Path under /admin/ in the built site, ending in .js, .json or .woff2 (one route file each: src/pages/admin/). */
  route: string;
  /** The npm package holding it. */
  pkg: string;
  /** Path inside the package (a font's is a prefix: its file name ends in a content hash). */
  file: string;
  /**
   * Set when Sveltia's browser build asks unpkg.com for this file: "import" for a module
   * (the page's import map points the address here), "fetch" for data (src/scripts/admin.ts
   * answers the request from here).
   */
  unpkg?: "import" | "fetch";
}

/** A font Sveltia's interface uses; descriptors as Sveltia's npm build gives them. */
export interface CmsFont {
  family: string;
  route: string;
  format: string;
  /** size-adjust is in every browser Sveltia supports, not yet in TypeScript's DOM types. */
  descriptors: FontFaceDescriptors & { sizeAdjust?: string };
}

/** Sveltia's own Latin range, for its text and icon fonts. */
const latin = (...extra: string[]) =>
  [
    "U+0000-00FF",
    "U+0131",
    "U+0152-0153",
    "U+02BB-02BC",
    "U+02C6",
    "U+02DA",
    "U+02DC",
    "U+0304",
    "U+0308",
    "U+0329",
    "U+2000-206F",
    ...extra,
    "U+20AC",
    "U+2122",
    "U+2191",
    "U+2193",
    "U+2212",
    "U+2215",
    "U+FEFF",
    "U+FFFD",
  ].join(", ");

export const CMS_SCRIPT = "sveltia-cms.js";

export const cmsFonts: CmsFont[] = [
  {
    family: "Source Sans 3",
    route: "fonts/source-sans-3-latin-wght-normal.woff2",
    format: "woff2-variations",
    descriptors: { style: "normal", weight: "200 900", display: "swap", unicodeRange: latin(), sizeAdjust: "110%" },
  },
  {
    family: "Noto Mono",
    route: "fonts/noto-mono-latin-400-normal.woff2",
    format: "woff2",
    descriptors: { style: "normal", weight: "400", display: "swap" },
  },
  {
    family: "Material Symbols Outlined",
    route: "fonts/material-symbols-outlined-latin-wght-normal.woff2",
    format: "woff2-variations",
    descriptors: { style: "normal", weight: "400", display: "block", unicodeRange: latin("U+2074") },
  },
];

export const cmsFiles: CmsFile[] = [
  { route: CMS_SCRIPT, pkg: "@sveltia/cms", file: "dist/sveltia-cms.js" },
  // Sveltia loads React DOM from chunks/ beside its own script.
  { route: "chunks/react-dom.js", pkg: "@sveltia/cms", file: "dist/chunks/react-dom.js" },
  // Immutable.js: the `entry` a preview template reads (src/scripts/admin-preview.ts).
  { route: "lib/immutable.es.js", pkg: "immutable", file: "dist/immutable.es.js", unpkg: "import" },
  // exifr: the date and place a photo was taken, read on every upload.
  { route: "lib/exifr-lite.esm.js", pkg: "exifr", file: "dist/lite.esm.mjs", unpkg: "import" },
  // The interface's words in each language (English is built in).
  { route: "locales/", pkg: "@sveltia/cms", file: "locales/", unpkg: "fetch" },
  ...cmsFonts.map((font) => ({
    route: font.route,
    pkg: "@sveltia/cms",
    file: `npm/assets/${font.route.replace(/^fonts\//, "").replace(/\.woff2$/, "-")}`,
  })),
];

/**
 * The address Sveltia's browser build asks for a package's file: the version
 * of @sveltia/cms itself, or, for a library, the range its package.json gives
 * without the leading ^ or ~ (as Sveltia does).
 */
export function unpkgUrl(pkg: string, version: string, file: string): string {
  return `https://unpkg.com/${pkg}@${version.replace(/^\D/, "")}/${file}`;
}

/** @sveltia/cms's package.json fields that decide the addresses it asks unpkg.com for. */
export interface SveltiaPackage {
  version: string;
  dependencies: Record<string, string>;
}

/** Sveltia's unpkg.com addresses (a folder's ends in "/") and the site's copies, for "import" or "fetch" files. */
export function cmsRedirects(
  sveltia: SveltiaPackage,
  adminUrl: string,
  kind: "import" | "fetch",
): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const file of cmsFiles.filter((f) => f.unpkg === kind)) {
    const version = file.pkg === "@sveltia/cms" ? sveltia.version : sveltia.dependencies[file.pkg];
    if (!version) throw new Error(`@sveltia/cms no longer depends on ${file.pkg}: update src/lib/cms-assets.ts`);
    redirects[unpkgUrl(file.pkg, version, file.file)] = adminUrl + file.route;
  }
  return redirects;
}

/**
 * Sveltia asks unpkg.com for its newest version to offer an update; the site
 * pins the version in package-lock.json, so the admin script answers "none".
 */
export const SVELTIA_VERSION_CHECK = "https://unpkg.com/@sveltia/cms/package.json";
