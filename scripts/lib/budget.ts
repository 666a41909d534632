/**
 * Page-weight budgets for a built site (`npm run budget`): what each page
 * makes a phone download, measured from the HTML and the files it points to.
 * Pure: the caller reads files and measures gzip, so the rules are testable
 * on strings.
 *
 * A page's JavaScript is split in two: "on load" (its <script>s, modulepreloads
 * and everything they import statically) and "lazy" (what dynamic import()
 * pulls in later, such as Chart.js when a chart scrolls into view).
 */
import { parse } from "node-html-parser";

export interface BudgetLimits {
  /** Total gzipped JS (on load + lazy) of a page that shows a chart. */
  chartPageJs: number;
  /** Gzipped CSS (stylesheets + <style>) of any page. */
  css: number;
}

export const DEFAULT_LIMITS: BudgetLimits = { chartPageJs: 60 * 1024, css: 15 * 1024 };

/** A string only Chart.js carries (its error for a reused canvas): marks the chart library's chunk. */
export const CHART_LIBRARY_MARKER = "Canvas is already in use";

export interface BuiltPage {
  /** Path below the base, as served: "" (home), "tin-tuc/abc/", "404.html". */
  path: string;
  html: string;
}

export interface SiteReader {
  /** The site's base path, "/" or "/giot-hong/". */
  base: string;
  /** Text of a built file by its URL pathname ("/giot-hong/_astro/a.js"), undefined if missing. */
  read(pathname: string): string | undefined;
  gzipSize(text: string): number;
}

export interface PageWeight {
  path: string;
  template: string;
  html: number;
  /** Gzipped JS run on load (inline scripts, script files and their static imports). */
  jsOnLoad: number;
  /** Gzipped JS only reached through dynamic import(). */
  jsLazy: number;
  css: number;
  /** Files behind jsOnLoad / jsLazy, as URL pathnames. */
  jsOnLoadFiles: string[];
  jsLazyFiles: string[];
  inlineScripts: number;
  charts: number;
  images: number;
  /** <img> tags without width or height: their src. */
  imagesWithoutSize: string[];
  chartLibraryOnLoad: boolean;
  chartLibraryLazy: boolean;
  /** Referenced files that are not in the build. */
  missing: string[];
}

const TEMPLATES: [string, RegExp][] = [
  ["home", /^$/],
  ["news list", /^tin-tuc\/(trang\/\d+\/)?$/],
  ["article", /^tin-tuc\/[^/]+\/$/],
  ["campaign list", /^chien-dich\/$/],
  ["campaign", /^chien-dich\/[^/]+\/$/],
  ["statistics", /^so-lieu\/$/],
  ["search", /^tim-kiem\/$/],
  ["404", /^404\.html$/],
];

/** Which page template a path belongs to; unknown pages are grouped by their first folder. */
export function classifyPage(pagePath: string): string {
  for (const [name, pattern] of TEMPLATES) if (pattern.test(pagePath)) return name;
  const first = pagePath.split("/")[0];
  return first ? `${first}/*` : "other";
}

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*)(["'`])([^"'`\n]+)\1/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\(\s*(["'`])([^"'`\n$]+)\1\s*\)/g;

/** Relative and absolute specifiers in a module, split into static and dynamic imports. */
export function findImports(code: string): { static: string[]; dynamic: string[] } {
  const local = (spec: string) => spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/");
  const grab = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[2]).filter(local);
  return { static: grab(STATIC_IMPORT), dynamic: grab(DYNAMIC_IMPORT) };
}

function resolve(spec: string, fromPathname: string): string {
  return new URL(spec, `http://site${fromPathname}`).pathname;
}

export function analyzePage(page: BuiltPage, site: SiteReader): PageWeight {
  const root = parse(page.html, { blockTextElements: { script: true, style: true } });
  const pageUrl = `${site.base.endsWith("/") ? site.base : `${site.base}/`}${page.path}`;
  const missing: string[] = [];
  const read = (pathname: string) => {
    const text = site.read(pathname);
    if (text === undefined && !missing.includes(pathname)) missing.push(pathname);
    return text;
  };

  let inlineJs = 0;
  let inlineScripts = 0;
  const entries: string[] = [];
  const inlineImports: { static: string[]; dynamic: string[] }[] = [];
  for (const script of root.querySelectorAll("script")) {
    if (!JS_TYPES.has((script.getAttribute("type") ?? "").trim().toLowerCase())) continue;
    const src = script.getAttribute("src");
    if (src) {
      entries.push(resolve(src, pageUrl));
    } else if (script.text.trim()) {
      inlineScripts++;
      inlineJs += site.gzipSize(script.text);
      const found = findImports(script.text);
      inlineImports.push({
        static: found.static.map((s) => resolve(s, pageUrl)),
        dynamic: found.dynamic.map((s) => resolve(s, pageUrl)),
      });
    }
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute("href");
    if (href) entries.push(resolve(href, pageUrl));
  }

  // Walk the static graph first; whatever a dynamic import reaches that is not already loaded is lazy.
  const onLoad = new Set<string>();
  const dynamicRoots: string[] = inlineImports.flatMap((i) => i.dynamic);
  const walk = (start: string[], seen: Set<string>, followDynamic: boolean, skip: Set<string>) => {
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file) || skip.has(file)) continue;
      const code = read(file);
      if (code === undefined) continue;
      seen.add(file);
      const found = findImports(code);
      queue.push(...found.static.map((s) => resolve(s, file)));
      const dynamic = found.dynamic.map((s) => resolve(s, file));
      if (followDynamic) queue.push(...dynamic);
      else dynamicRoots.push(...dynamic);
    }
  };
  walk([...entries, ...inlineImports.flatMap((i) => i.static)], onLoad, false, new Set());
  const lazy = new Set<string>();
  walk(dynamicRoots, lazy, true, onLoad);

  const size = (files: Set<string>) => [...files].reduce((sum, f) => sum + site.gzipSize(site.read(f) ?? ""), 0);
  const hasChartLibrary = (files: Set<string>) => [...files].some((f) => site.read(f)?.includes(CHART_LIBRARY_MARKER));

  let css = 0;
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute("href");
    const text = href ? read(resolve(href, pageUrl)) : undefined;
    if (text !== undefined) css += site.gzipSize(text);
  }
  for (const style of root.querySelectorAll("style")) css += site.gzipSize(style.text);

  const images = root.querySelectorAll("img");
  return {
    path: page.path,
    template: classifyPage(page.path),
    html: site.gzipSize(page.html),
    jsOnLoad: inlineJs + size(onLoad),
    jsLazy: size(lazy),
    css,
    jsOnLoadFiles: [...onLoad],
    jsLazyFiles: [...lazy],
    inlineScripts,
    charts: root.querySelectorAll("[data-chart]").length,
    images: images.length,
    imagesWithoutSize: images
      .filter((img) => !img.getAttribute("width") || !img.getAttribute("height"))
      .map((img) => img.getAttribute("src") ?? "(không có src)"),
    chartLibraryOnLoad: hasChartLibrary(onLoad),
    chartLibraryLazy: hasChartLibrary(lazy),
    missing,
  };
}

const kb = (bytes: number) =>
  bytes < 1024
    ? `${bytes} byte`
    : `${new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

/** "/" for the home page, "/tin-tuc/abc/" otherwise: how a reader would name the page. */
function pageName(pagePath: string): string {
  return `/${pagePath}`;
}

/** Every budget a page breaks, as Vietnamese messages naming the page, the budget, what was found and the fix. */
export function checkBudgets(pages: PageWeight[], limits: BudgetLimits = DEFAULT_LIMITS): string[] {
  const problems: string[] = [];
  if (!pages.some((p) => p.template === "statistics"))
    problems.push(
      "Không thấy trang số liệu (so-lieu/index.html) trong bản dựng: không kiểm tra được ngân sách JavaScript của biểu đồ.",
    );
  if (!pages.some((p) => p.template === "article"))
    problems.push("Không thấy trang bài viết nào (tin-tuc/<bài>/index.html) trong bản dựng.");
  for (const p of pages) {
    const name = pageName(p.path);
    const js = p.jsOnLoad + p.jsLazy;
    if (p.template === "article" && p.charts === 0 && js > 0) {
      const files = [...p.jsOnLoadFiles, ...p.jsLazyFiles];
      problems.push(
        `${name}: bài viết không có biểu đồ nhưng tải ${kb(js)} JavaScript (gzip); ngân sách: 0 KB. ` +
          `Tìm thấy: ${[p.inlineScripts ? `${p.inlineScripts} <script> nội tuyến` : "", ...files].filter(Boolean).join(", ")}. ` +
          "Sửa: bỏ <script> khỏi các thành phần dùng trên trang bài viết, hoặc chỉ nạp nó trên trang cần.",
      );
    }
    if (p.charts > 0 && js > limits.chartPageJs)
      problems.push(
        `${name}: trang có biểu đồ tải ${kb(js)} JavaScript (gzip, tính cả phần nạp khi cuộn tới biểu đồ); ` +
          `ngân sách: ${kb(limits.chartPageJs)}. Sửa: chỉ đăng ký những phần Chart.js cần dùng (src/scripts/chart-draw.ts).`,
      );
    if (p.chartLibraryOnLoad)
      problems.push(
        `${name}: Chart.js được nạp ngay khi mở trang; nó chỉ được nạp bằng import() động khi biểu đồ cuộn tới ` +
          "(src/scripts/chart-loader.ts). Sửa: không import tĩnh chart.js hay chart-draw.ts từ script của trang.",
      );
    if (p.template === "statistics" && p.charts === 0)
      problems.push(`${name}: trang số liệu không có biểu đồ nào (không thấy [data-chart]).`);
    if (p.charts > 0 && !p.chartLibraryLazy && !p.chartLibraryOnLoad)
      problems.push(
        `${name}: trang có ${p.charts} biểu đồ nhưng không thấy tệp Chart.js nào được nạp bằng import() động, ` +
          "nên không đo được ngân sách JavaScript của biểu đồ.",
      );
    if (p.css > limits.css)
      problems.push(
        `${name}: CSS nặng ${kb(p.css)} (gzip); ngân sách: ${kb(limits.css)} mỗi trang. ` +
          "Sửa: bỏ CSS không dùng hoặc chuyển kiểu riêng của một trang vào trang đó.",
      );
    for (const src of p.imagesWithoutSize)
      problems.push(
        `${name}: ảnh ${src} thiếu width hoặc height, nên trang bị xô lệch khi ảnh tải xong. ` +
          "Sửa: dùng <Image> của astro:assets hoặc ghi rõ width và height.",
      );
    for (const file of p.missing)
      problems.push(`${name}: trang trỏ tới ${file} nhưng tệp này không có trong bản dựng.`);
  }
  return problems;
}

export interface TemplateRow {
  template: string;
  pages: number;
  /** The heaviest page of the template (by HTML + JS + CSS) and its figures. */
  example: string;
  html: number;
  jsOnLoad: number;
  jsLazy: number;
  css: number;
  images: number;
}

/** One row per template: its heaviest page. */
export function templateTable(pages: PageWeight[]): TemplateRow[] {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(p.template, [...(groups.get(p.template) ?? []), p]);
  const order = [...TEMPLATES.map(([name]) => name)];
  return [...groups.entries()]
    .sort(
      ([a], [b]) =>
        (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1) || a.localeCompare(b),
    )
    .map(([template, list]) => {
      const total = (p: PageWeight) => p.html + p.jsOnLoad + p.jsLazy + p.css;
      const heaviest = list.reduce((a, b) => (total(b) > total(a) ? b : a));
      return {
        template,
        pages: list.length,
        example: pageName(heaviest.path),
        html: heaviest.html,
        jsOnLoad: heaviest.jsOnLoad,
        jsLazy: heaviest.jsLazy,
        css: heaviest.css,
        images: heaviest.images,
      };
    });
}

export function formatTable(rows: TemplateRow[]): string {
  const head = ["template", "pages", "heaviest page", "HTML gz", "JS on load gz", "JS lazy gz", "CSS gz", "img"];
  const lines = rows.map((r) => [
    r.template,
    String(r.pages),
    r.example,
    kb(r.html),
    kb(r.jsOnLoad),
    kb(r.jsLazy),
    kb(r.css),
    String(r.images),
  ]);
  return [head, head.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
