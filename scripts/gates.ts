/**
 * Static gates on a built site (dist/ by default): nothing is published
 * unless every gate passes.
 *
 *   npm run gates                 # checks dist/ built with BASE_PATH (default "/")
 *   npm run gates -- /tmp/x/dist  # or GATES_DIR=/tmp/x/dist npm run gates
 *
 * 1. html-validate over every HTML file, with the recommended preset
 *    (.htmlvalidate.json; JSON has no comments, so the rules turned off are
 *    explained here):
 *    - long-title: an SEO hint that titles over 70 characters get cut in
 *      search results. Vietnamese news headlines are often longer, and the
 *      whole headline is the honest title of the page.
 * 2. linkinator, offline: every internal link, asset, srcset and CSS url()
 *    resolves when the site is served under its base path.
 * 3. Fragments: every internal link's #fragment names an id on the page it
 *    points to.
 * 4. Base path: every internal href/src/srcset/action starts with the base.
 * 5. Content-Security-Policy: every page has the policy, scripts without
 *    'unsafe-inline', and no inline event handler or style attribute that the
 *    policy would block.
 * 6. dist/_headers (for Netlify / Cloudflare Pages) sends the security headers.
 * 7. No published SVG carries script (a <script>, an on…= handler, a
 *    javascript: link): GitHub Pages sends no CSP with a bare SVG, so one
 *    opened on its own would run it on the site's address. The content rules
 *    refuse SVG in articles; this catches any other way one gets in.
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { LinkChecker, LinkState } from "linkinator";
import { parse } from "node-html-parser";
import { parseHeadersFile, serveStatic } from "./static-server.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface GateResult {
  name: string;
  /** What was looked at ("9 pages", "412 links"). */
  checked: string;
  problems: string[];
}

export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** "about/index.html" → "about/", "404.html" → "404.html" (the URL a page is served at, below the base). */
function pagePath(dir: string, file: string): string {
  const rel = path.relative(dir, file).split(path.sep).join("/");
  if (rel === "index.html") return "";
  return rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
}

export async function validateHtml(dir: string): Promise<GateResult> {
  const config = JSON.parse(await readFile(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = await listHtmlFiles(dir);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(file, "utf8"), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${path.relative(dir, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return { name: "html-validate", checked: `${files.length} HTML files`, problems };
}

/**
 * `site` is the SITE_URL the build used: absolute links to the site itself
 * (canonical, Open Graph, sitemap, feed) are then checked against the local
 * copy instead of being skipped as external.
 */
export async function checkLinks(dir: string, base: string, site?: string): Promise<GateResult> {
  const server = await serveStatic(dir, base);
  try {
    const files = await listHtmlFiles(dir);
    // 404.html is served for every missing path; check it where a reader meets it.
    const pages = files.map((f) => new URL(pagePath(dir, f), server.url).href);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: pages,
      recurse: true,
      checkCss: true,
      // linkinator checks a #fragment only if it meets the link before it fetches
      // the target page; with every page as a start, which comes first is a race
      // (CI once missed a broken fragment). checkFragments() below reads the files.
      checkFragments: false,
      // Every internal link is written with its trailing slash; a redirect means a link built by hand.
      redirects: "error",
      concurrency: 8,
      timeout: 10_000,
      // Offline: only the site itself is checked, never the wider web.
      linksToSkip: async (link) => !link.startsWith(server.origin),
      urlRewriteExpressions: site
        ? [{ pattern: new RegExp(`^${escapeRegExp(new URL(base, site).href)}`), replacement: server.url }]
        : [],
    });
    const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
    const problems = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) => `${l.status ?? "?"} ${l.url.replace(server.origin, "")} (on ${l.parent?.replace(server.origin, "")})`,
      );
    const skipped = result.links.length - checked.length;
    return {
      name: "linkinator",
      checked: `${pages.length} pages, ${checked.length} internal links and assets (${skipped} external links not fetched)`,
      problems,
    };
  } finally {
    await server.close();
  }
}

/**
 * Every internal link with a #fragment, on the same page or another, must
 * name an element's id (or an <a name>) on the page it points to. Links to
 * missing pages are linkinator's to report; "#" and "#top" always scroll to
 * the top (HTML's rule), and a text fragment (#:~:text=) is not an id.
 */
export async function checkFragments(dir: string, base: string): Promise<GateResult> {
  const origin = "http://site.invalid";
  const prefix = base.endsWith("/") ? base : `${base}/`;
  // One read and parse per page: its ids, and its links that carry a fragment.
  const pages = new Map<string, { rel: string; ids: Set<string>; hrefs: string[] }>();
  for (const file of await listHtmlFiles(dir)) {
    const root = parse(await readFile(file, "utf8"));
    pages.set(`${prefix}${pagePath(dir, file)}`, {
      rel: path.relative(dir, file),
      ids: new Set(
        root.querySelectorAll("[id], a[name]").map((el) => el.getAttribute("id") ?? el.getAttribute("name") ?? ""),
      ),
      hrefs: root.querySelectorAll("a[href*='#'], area[href*='#']").map((el) => el.getAttribute("href") ?? ""),
    });
  }
  const problems: string[] = [];
  let count = 0;
  for (const [pagePathname, { rel, hrefs }] of pages) {
    const here = new URL(pagePathname, origin);
    for (const href of hrefs) {
      let url: URL;
      let pathname: string;
      let fragment: string;
      try {
        url = new URL(href, here);
        pathname = decodeURIComponent(url.pathname);
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push(`${rel}: "${href}" is not a valid link (a stray % or bracket?)`);
        continue;
      }
      if (url.origin !== origin || fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:")) {
        continue;
      }
      const target = pages.get(pathname);
      if (!target) continue;
      count += 1;
      if (!target.ids.has(fragment)) problems.push(`${rel}: "${href}" → no id="${fragment}" on ${url.pathname}`);
    }
  }
  return { name: "fragments", checked: `${count} #fragment links`, problems };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const URL_ATTRS = /\s(href|src|srcset|action|poster|data)="([^"]*)"/g;

/** Internal URLs in a page: absolute paths and relative references, not other origins or mailto:/tel:/#. */
export function internalUrls(html: string): string[] {
  const urls: string[] = [];
  // JSON islands and inline scripts are data, not links.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  for (const [, attr, value] of markup.matchAll(URL_ATTRS)) {
    const candidates = attr === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]) : [value];
    for (const url of candidates) {
      if (!url || url.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue;
      urls.push(url);
    }
  }
  return urls;
}

export async function checkBasePath(dir: string, base: string): Promise<GateResult> {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const files = await listHtmlFiles(dir);
  const problems: string[] = [];
  let count = 0;
  for (const file of files) {
    for (const url of internalUrls(await readFile(file, "utf8"))) {
      count += 1;
      if (!url.startsWith(prefix)) problems.push(`${path.relative(dir, file)}: "${url}" does not start with ${prefix}`);
    }
  }
  return { name: "base path", checked: `${count} internal URLs under ${prefix}`, problems };
}

export async function checkCsp(dir: string): Promise<GateResult> {
  const files = await listHtmlFiles(dir);
  const problems: string[] = [];
  for (const file of files) {
    const html = await readFile(file, "utf8");
    const rel = path.relative(dir, file);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
    if (!meta) {
      problems.push(`${rel}: no Content-Security-Policy <meta>`);
      continue;
    }
    const directives = new Map(
      meta[1]
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values] as const),
    );
    const scriptSrc = directives.get("script-src");
    if (!scriptSrc) problems.push(`${rel}: the policy has no script-src`);
    else if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) {
      problems.push(`${rel}: script-src allows 'unsafe-inline' or 'unsafe-eval'`);
    }
    if (!directives.has("default-src")) problems.push(`${rel}: the policy has no default-src`);
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    for (const [, attr] of markup.matchAll(/\s(on[a-z]+)=/g)) problems.push(`${rel}: inline event handler ${attr}=`);
    if (/\sstyle="/.test(markup)) problems.push(`${rel}: a style="" attribute, which the policy blocks`);
    if (/\shref="javascript:/i.test(markup)) problems.push(`${rel}: a javascript: link`);
  }
  return { name: "content security policy", checked: `${files.length} pages`, problems };
}

/** Headers Netlify and Cloudflare Pages must send for every path (from public/_headers). */
export const REQUIRED_HEADERS = [
  "Content-Security-Policy",
  "X-Content-Type-Options",
  "Referrer-Policy",
  "Permissions-Policy",
  "Strict-Transport-Security",
];

export async function checkHeadersFile(dir: string): Promise<GateResult> {
  const file = path.join(dir, "_headers");
  if (!existsSync(file)) return { name: "_headers", checked: "dist/_headers", problems: ["dist/_headers is missing"] };
  const all = parseHeadersFile(await readFile(file, "utf8")).find((r) => r.pattern === "/*");
  const sent = new Map((all?.headers ?? []).map(([name, value]) => [name.toLowerCase(), value]));
  const problems = REQUIRED_HEADERS.filter((h) => !sent.has(h.toLowerCase())).map((h) => `/* does not send ${h}`);
  if (!/frame-ancestors/.test(sent.get("content-security-policy") ?? "")) {
    problems.push("/* Content-Security-Policy has no frame-ancestors");
  }
  return { name: "_headers", checked: `${sent.size} headers for /*`, problems };
}

export async function checkSvgScripts(dir: string): Promise<GateResult> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.svgz?$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  const problems: string[] = [];
  for (const file of files.sort()) {
    const text = await readFile(file, "utf8");
    const rel = path.relative(dir, file).split(path.sep).join("/");
    if (/<script\b/i.test(text)) problems.push(`${rel}: an SVG with a <script>`);
    const handler = /\son[a-z]+\s*=/i.exec(text);
    if (handler) problems.push(`${rel}: an SVG with an event handler ${handler[0].trim()}`);
    if (/(?:href|src)\s*=\s*["']?\s*javascript:/i.test(text)) problems.push(`${rel}: an SVG with a javascript: link`);
  }
  return { name: "no script in SVG", checked: `${files.length} SVG files`, problems };
}

export async function runGates(dir: string, base: string, site?: string): Promise<GateResult[]> {
  return [
    await validateHtml(dir),
    await checkLinks(dir, base, site),
    await checkFragments(dir, base),
    await checkBasePath(dir, base),
    await checkCsp(dir),
    await checkHeadersFile(dir),
    await checkSvgScripts(dir),
  ];
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? process.env.GATES_DIR ?? "dist");
  const base = process.env.BASE_PATH ?? "/";
  const site = process.env.SITE_URL;
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`gates: ${dir} has no index.html. Build the site first (npm run build).`);
    process.exit(2);
  }
  console.log(`Static gates on ${dir} (base path ${base})`);
  const results = await runGates(dir, base, site);
  let failed = 0;
  for (const r of results) {
    const mark = r.problems.length === 0 ? "ok  " : "FAIL";
    console.log(`${mark} ${r.name}: ${r.checked}, ${r.problems.length} problem(s)`);
    for (const p of r.problems) console.log(`       ${p}`);
    if (r.problems.length > 0) failed += 1;
  }
  if (failed > 0) {
    console.error(`gates: ${failed} gate(s) failed; nothing may be published.`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
