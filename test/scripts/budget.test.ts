import { describe, expect, it } from "vitest";
import {
  analyzePage,
  CHART_LIBRARY_MARKER,
  checkBudgets,
  classifyPage,
  findImports,
  templateTable,
  type BuiltPage,
  type SiteReader,
} from "../../scripts/lib/budget.ts";

/** A site in memory; "gzip" is the plain length so sizes are easy to reason about. */
function site(files: Record<string, string>, base = "/"): SiteReader {
  return { base, read: (p) => files[p], gzipSize: (text) => text.length };
}

const page = (path: string, body: string, head = ""): BuiltPage => ({
  path,
  html: `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`,
});

const CHART_LIB = `export function draw(){throw Error("${CHART_LIBRARY_MARKER}")}`;
const LOADER = 'import{t as e}from"./preload.js";e(async()=>{await import(`./chart-draw.js`)},[]);';

describe("classifyPage", () => {
  it("knows the site's templates", () => {
    expect(
      ["", "tin-tuc/", "tin-tuc/trang/3/", "tin-tuc/abc/", "chien-dich/", "chien-dich/2021-x/"].map(classifyPage),
    ).toEqual(["home", "news list", "news list", "article", "campaign list", "campaign"]);
    expect(["so-lieu/", "tim-kiem/", "404.html"].map(classifyPage)).toEqual(["statistics", "search", "404"]);
  });
  it("groups pages it does not know by their first folder", () => {
    expect(classifyPage("bao-cao/2021/")).toBe("bao-cao/*");
  });
});

describe("findImports", () => {
  it("tells static imports and re-exports from dynamic ones in minified code", () => {
    const code = 'import{a as b}from"./x.js";import"./side.js";export*from"../y.js";const m=await import(`./lazy.js`);';
    expect(findImports(code)).toEqual({ static: ["./x.js", "./side.js", "../y.js"], dynamic: ["./lazy.js"] });
  });
  it("ignores bare specifiers, import.meta and computed dynamic imports", () => {
    expect(findImports('import x from"chart.js";import.meta.url;import(`${base}pagefind/pagefind.js`)')).toEqual({
      static: [],
      dynamic: [],
    });
  });
});

describe("analyzePage", () => {
  const files = {
    "/_astro/loader.js": LOADER,
    "/_astro/preload.js": "export const t=f=>f();",
    "/_astro/chart-draw.js": 'import"./chart-lib.js";',
    "/_astro/chart-lib.js": CHART_LIB,
    "/_astro/site.css": "body{color:red}",
  };

  it("counts scripts and their static imports on load, and dynamic imports as lazy", () => {
    const weight = analyzePage(
      page(
        "so-lieu/",
        '<figure data-chart><script type="application/json" data-chart-data>{"a":1}</script></figure>' +
          '<script type="module" src="/_astro/loader.js"></script><script type="module">let a=1;</script>',
        '<link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style>',
      ),
      site(files),
    );
    expect(weight.jsOnLoadFiles.sort()).toEqual(["/_astro/loader.js", "/_astro/preload.js"]);
    expect(weight.jsLazyFiles.sort()).toEqual(["/_astro/chart-draw.js", "/_astro/chart-lib.js"]);
    expect(weight.jsOnLoad).toBe(LOADER.length + files["/_astro/preload.js"].length + "let a=1;".length);
    expect(weight.jsLazy).toBe(files["/_astro/chart-draw.js"].length + CHART_LIB.length);
    expect(weight.css).toBe("body{color:red}".length + "p{margin:0}".length);
    expect(weight).toMatchObject({ charts: 1, inlineScripts: 1, chartLibraryLazy: true, chartLibraryOnLoad: false });
  });

  it("resolves files under the base path and reports the ones missing from the build", () => {
    const weight = analyzePage(
      page("tin-tuc/a/", '<script type="module" src="/giot-hong/_astro/gone.js"></script>'),
      site({}, "/giot-hong/"),
    );
    expect(weight.missing).toEqual(["/giot-hong/_astro/gone.js"]);
  });

  it("lists images without width or height", () => {
    const weight = analyzePage(
      page("tin-tuc/a/", '<img src="/a.webp" width="10" height="5" alt=""><img src="/b.jpg" width="10" alt="">'),
      site({}),
    );
    expect(weight).toMatchObject({ images: 2, imagesWithoutSize: ["/b.jpg"] });
  });
});

describe("checkBudgets", () => {
  const stats = page("so-lieu/", '<figure data-chart></figure><script type="module" src="/_astro/loader.js"></script>');
  const files = {
    "/_astro/loader.js": LOADER,
    "/_astro/preload.js": "export const t=f=>f();",
    "/_astro/chart-draw.js": 'import"./chart-lib.js";',
    "/_astro/chart-lib.js": CHART_LIB,
  };

  it("passes a site within budget", () => {
    const pages = [stats, page("tin-tuc/a/", "<p>Chữ</p>")].map((p) => analyzePage(p, site(files)));
    expect(checkBudgets(pages)).toEqual([]);
  });

  it("names the page, the budget and the fix for each problem", () => {
    const heavy = { ...files, "/_astro/chart-lib.js": CHART_LIB + "x".repeat(70 * 1024) };
    const pages = [
      stats,
      page("tin-tuc/a/", '<script type="module">console.log(1)</script><img src="/a.jpg" alt="">'),
      page("chien-dich/", "", `<style>${"a".repeat(16 * 1024)}</style>`),
      page("", '<script type="module" src="/_astro/chart-draw.js"></script><figure data-chart></figure>'),
    ].map((p) => analyzePage(p, site(heavy)));
    expect(checkBudgets(pages)).toMatchInlineSnapshot(`
      [
        "/so-lieu/: trang có biểu đồ tải 70,2 KB JavaScript (gzip, tính cả phần nạp khi cuộn tới biểu đồ); ngân sách: 60,0 KB. Sửa: chỉ đăng ký những phần Chart.js cần dùng (src/scripts/chart-draw.ts).",
        "/tin-tuc/a/: bài viết không có biểu đồ nhưng tải 14 byte JavaScript (gzip); ngân sách: 0 KB. Tìm thấy: 1 <script> nội tuyến. Sửa: bỏ <script> khỏi các thành phần dùng trên trang bài viết, hoặc chỉ nạp nó trên trang cần.",
        "/tin-tuc/a/: ảnh /a.jpg thiếu width hoặc height, nên trang bị xô lệch khi ảnh tải xong. Sửa: dùng <Image> của astro:assets hoặc ghi rõ width và height.",
        "/chien-dich/: CSS nặng 16,0 KB (gzip); ngân sách: 15,0 KB mỗi trang. Sửa: bỏ CSS không dùng hoặc chuyển kiểu riêng của một trang vào trang đó.",
        "/: trang có biểu đồ tải 70,1 KB JavaScript (gzip, tính cả phần nạp khi cuộn tới biểu đồ); ngân sách: 60,0 KB. Sửa: chỉ đăng ký những phần Chart.js cần dùng (src/scripts/chart-draw.ts).",
        "/: Chart.js được nạp ngay khi mở trang; nó chỉ được nạp bằng import() động khi biểu đồ cuộn tới (src/scripts/chart-loader.ts). Sửa: không import tĩnh chart.js hay chart-draw.ts từ script của trang.",
      ]
    `);
  });

  it("fails when the pages it must measure are missing or chart-less", () => {
    const pages = [page("so-lieu/", "<p>Trống</p>")].map((p) => analyzePage(p, site({})));
    expect(checkBudgets(pages)).toMatchInlineSnapshot(`
      [
        "Không thấy trang bài viết nào (tin-tuc/<bài>/index.html) trong bản dựng.",
        "/so-lieu/: trang số liệu không có biểu đồ nào (không thấy [data-chart]).",
      ]
    `);
  });

  it("fails a chart page whose chart library is not found among its lazy imports", () => {
    const pages = [page("so-lieu/", "<figure data-chart></figure>"), page("tin-tuc/a/", "")].map((p) =>
      analyzePage(p, site({})),
    );
    expect(checkBudgets(pages)).toEqual([
      "/so-lieu/: trang có 1 biểu đồ nhưng không thấy tệp Chart.js nào được nạp bằng import() động, nên không đo được ngân sách JavaScript của biểu đồ.",
    ]);
  });
});

describe("templateTable", () => {
  it("keeps the heaviest page of each template, in the site's order", () => {
    const pages = [
      page("tin-tuc/a/", "<p>ngắn</p>"),
      page("tin-tuc/b/", `<p>${"dài ".repeat(50)}</p>`),
      page("", ""),
    ].map((p) => analyzePage(p, site({})));
    expect(templateTable(pages).map((r) => [r.template, r.pages, r.example])).toEqual([
      ["home", 1, "/"],
      ["article", 2, "/tin-tuc/b/"],
    ]);
  });
});
