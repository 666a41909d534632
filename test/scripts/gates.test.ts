/**
 * The static gates must fail when the site is wrong: each gate is run on a
 * tiny hand-written dist/ with one known fault, and on the same site without it.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkBasePath,
  checkCsp,
  checkFragments,
  checkHeadersFile,
  checkLinks,
  checkSvgScripts,
  internalUrls,
  validateHtml,
} from "../../scripts/gates.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">`;

function page(body: string, { csp = CSP, title = "Trang thử" } = {}): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${csp}</head><body><main>${body}</main></body></html>`;
}

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "giot-hong-gates-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const good = {
  "index.html": page(`<h1>Trang chủ</h1><a href="/g/tin-tuc/">Tin tức</a> <a href="/g/tin-tuc/#muc">Mục</a>`),
  "tin-tuc/index.html": page(`<h1 id="muc">Tin tức</h1><a href="/g/">Trang chủ</a><img src="/g/anh.svg" alt="Ảnh">`),
  "anh.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>`,
};

describe("static gates", () => {
  it("pass a correct site under its base path", async () => {
    const dir = await site(good);
    expect((await validateHtml(dir)).problems).toEqual([]);
    expect((await checkLinks(dir, "/g/")).problems).toEqual([]);
    expect((await checkFragments(dir, "/g/")).problems).toEqual([]);
    expect((await checkBasePath(dir, "/g/")).problems).toEqual([]);
    expect((await checkCsp(dir)).problems).toEqual([]);
  });

  it("html-validate reports invalid HTML with file, line and rule", async () => {
    const dir = await site({ ...good, "index.html": page(`<h1 id="a">A</h1><p id="a">B</p>`) });
    const { problems } = await validateHtml(dir);
    expect(problems).toEqual([expect.stringMatching(/^index\.html:1:\d+ no-dup-id: /)]);
  });

  it("linkinator reports a missing page and a missing image", async () => {
    const dir = await site({
      ...good,
      "index.html": page(`<h1>A</h1><a href="/g/khong-co/">X</a><img src="/g/mat.png" alt="Mất">`),
    });
    const problems = (await checkLinks(dir, "/g/")).problems.join("\n");
    expect(problems).toContain("/g/khong-co/");
    expect(problems).toContain("/g/mat.png");
  });

  it("reports a #fragment that names no id, on another page or the same one", async () => {
    const dir = await site({
      ...good,
      "index.html": page(
        `<h1 id="dau">A</h1><a href="/g/tin-tuc/#khong-co">Y</a><a href="#mat">Z</a><a href="#dau">ok</a>` +
          `<a href="#top">ok</a><a href="tin-tuc/#muc">ok</a><a href="/g/khong-co/#x">linkinator's</a><a href="#100%">%</a><a href="/g/100%/#x">%</a>`,
      ),
      "tin-tuc/index.html": page(`<h1 id="muc">Tin</h1><a href="../#dau">ok</a><a href="/g/#m%E1%BB%A5c">Mục</a>`),
    });
    expect((await checkFragments(dir, "/g/")).problems).toEqual([
      'index.html: "/g/tin-tuc/#khong-co" → no id="khong-co" on /g/tin-tuc/',
      'index.html: "#mat" → no id="mat" on /g/',
      'index.html: "#100%" is not a valid link (a stray % or bracket?)',
      'index.html: "/g/100%/#x" is not a valid link (a stray % or bracket?)',
      'tin-tuc/index.html: "/g/#m%E1%BB%A5c" → no id="mục" on /g/',
    ]);
  });

  it("checks absolute links to the site's own address (canonical, feed) against the local copy", async () => {
    const head = `<link rel="canonical" href="https://vi-du.org/g/tin-tuc/"><link rel="alternate" type="application/rss+xml" title="Tin" href="https://vi-du.org/g/rss.xml">`;
    const dir = await site({ ...good, "index.html": page(`<h1>A</h1>`).replace("</head>", `${head}</head>`) });
    expect((await checkLinks(dir, "/g/", "https://vi-du.org")).problems).toEqual([
      expect.stringMatching(/^404 \/g\/rss\.xml /),
    ]);
    // Without the address they are someone else's links, and not fetched.
    expect((await checkLinks(dir, "/g/")).problems).toEqual([]);
  });

  it("reports an internal link that forgets the base path", async () => {
    const dir = await site({ ...good, "index.html": page(`<h1>A</h1><a href="/tin-tuc/">Tin</a>`) });
    expect((await checkBasePath(dir, "/g/")).problems).toEqual([`index.html: "/tin-tuc/" does not start with /g/`]);
    expect((await checkLinks(dir, "/g/")).problems.join("\n")).toContain("/tin-tuc/");
  });

  it("reports a page without a policy, 'unsafe-inline' scripts, inline handlers and style attributes", async () => {
    const dir = await site({
      "index.html": page(`<h1>A</h1>`, { csp: "" }),
      "a/index.html": page(`<h1>A</h1>`, {
        csp: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">`,
      }),
      "b/index.html": page(`<h1 onclick="x()" style="color:red">B</h1>`),
    });
    expect((await checkCsp(dir)).problems).toEqual([
      "a/index.html: script-src allows 'unsafe-inline' or 'unsafe-eval'",
      "b/index.html: inline event handler onclick=",
      'b/index.html: a style="" attribute, which the policy blocks',
      "index.html: no Content-Security-Policy <meta>",
    ]);
  });

  it("checks that _headers sends the security headers for every path", async () => {
    const ok = await site({ _headers: await readFile(path.join(ROOT, "public/_headers"), "utf8") });
    expect((await checkHeadersFile(ok)).problems).toEqual([]);
    const weak = await site({
      _headers: "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: object-src 'none'\n",
    });
    expect((await checkHeadersFile(weak)).problems).toEqual([
      "/* does not send Referrer-Policy",
      "/* does not send Permissions-Policy",
      "/* does not send Strict-Transport-Security",
      "/* Content-Security-Policy has no frame-ancestors",
    ]);
    expect((await checkHeadersFile(await site({}))).problems).toEqual(["dist/_headers is missing"]);
  });

  it("reports an SVG that carries script, whatever way it got into the site", async () => {
    expect((await checkSvgScripts(await site(good))).problems).toEqual([]);
    const dir = await site({
      "_astro/logo.abc.svg": `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`,
      "anh/b.svg": `<svg xmlns="http://www.w3.org/2000/svg"><rect onload="x()"/><a href="javascript:y()"/></svg>`,
    });
    expect((await checkSvgScripts(dir)).problems).toEqual([
      "_astro/logo.abc.svg: an SVG with a <script>",
      "anh/b.svg: an SVG with an event handler onload=",
      "anh/b.svg: an SVG with a javascript: link",
    ]);
  });

  it("reads internal URLs from href, src and srcset, not from other sites, mailto: or JSON islands", () => {
    const html = `<a href="/g/a/">a</a><a href="https://x.org/">x</a><a href="mailto:a@b.vn">m</a><a href="#top">t</a>
      <img src="/g/i.png" srcset="/g/i-360.png 360w, /g/i-720.png 720w" alt="">
      <script type="application/json">{"href":"/nope/"}</script>`;
    expect(internalUrls(html)).toEqual(["/g/a/", "/g/i.png", "/g/i-360.png", "/g/i-720.png"]);
  });
});
