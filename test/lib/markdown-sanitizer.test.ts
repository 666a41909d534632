import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { safeHtmlPlugin } from "../../src/lib/markdown-sanitizer.ts";

async function render(markdown: string): Promise<{ html: string; removed: string[] }> {
  const removed: string[] = [];
  const { html } = await markdownToHtml(markdown, {
    features: { rawHtml: true, gfm: true },
    hastPlugins: [safeHtmlPlugin((message) => removed.push(message))],
  });
  return { html, removed };
}

describe("markdown sanitizer (Sätteri hast plugin)", () => {
  it("removes scripts, frames, objects and SVG with everything inside them", async () => {
    const { html } = await render(
      '<script>x()</script>\n\n<iframe src="https://a.example"></iframe>\n\n<object data="a"></object><embed src="a">\n\n<svg><script>y()</script></svg>\n\nĐoạn văn.',
    );
    expect(html).toMatchInlineSnapshot(`
      "

      <p></p>
      <p></p>
      <p>Đoạn văn.</p>
      "
    `);
  });

  it("removes event handlers, styles and unsafe addresses but keeps the element and its text", async () => {
    const { html, removed } = await render(
      'Ảnh <img src="https://a.example/a.png" alt="Ảnh" onerror="x()"> và <a href="JaVaScRiPt&colon;x()" onclick="y()">bấm</a>, [md](javascript:z()), <span style="color:red">đỏ</span>, <img src="data:image/png;base64,AA" alt="d">.',
    );
    expect(html).toMatchInlineSnapshot(`
      "<p>Ảnh <img src="https://a.example/a.png" alt="Ảnh"> và <a>bấm</a>, <a>md</a>, <span>đỏ</span>, <img alt="d">.</p>
      "
    `);
    // One log line per removed handler or address; a style attribute goes quietly.
    expect(removed).toHaveLength(5);
  });

  it("keeps what markdown and the allowed HTML produce: tables, figures, footnotes, task lists, alignment", async () => {
    const { html, removed } = await render(
      [
        "Chú thích[^1].",
        "",
        "| Cột | Số |",
        "| :-- | --: |",
        "| a | 1 |",
        "",
        "- [x] xong",
        "",
        '<figure><table><caption>Bảng</caption><tr><th scope="col" colspan="2">Tiêu đề</th></tr></table><figcaption>Chú thích</figcaption></figure>',
        "",
        '<a href="https://a.example" title="Trang">liên kết</a> <a href="mailto:a@b.example">thư</a>',
        "",
        "[^1]: Ghi chú.",
      ].join("\n"),
    );
    expect(removed).toEqual([]);
    expect(html).toMatchInlineSnapshot(`
      "<p>Chú thích<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.</p>
      <table>
      <thead>
      <tr>
      <th style="text-align: left">Cột</th>
      <th style="text-align: right">Số</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td style="text-align: left">a</td>
      <td style="text-align: right">1</td>
      </tr>
      </tbody>
      </table>
      <ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" checked disabled> xong</li>
      </ul>
      <figure><table><caption>Bảng</caption><tbody><tr><th scope="col" colspan="2">Tiêu đề</th></tr></tbody></table><figcaption>Chú thích</figcaption></figure>
      <p><a href="https://a.example" title="Trang">liên kết</a> <a href="mailto:a@b.example">thư</a></p>
      <section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>Ghi chú. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
      </li>
      </ol>
      </section>
      "
    `);
  });

  it("leaves MDX alone: it is code written by editors", () => {
    const plugin = safeHtmlPlugin();
    expect(typeof plugin).toBe("function");
    const factory = plugin as (ctx: { sourceFormat: string; source: string }) => unknown;
    expect(factory({ sourceFormat: "mdx", source: "<script>x()</script>" })).toBeNull();
    expect(factory({ sourceFormat: "markdown", source: "<script>x()</script>" })).toMatchObject({
      name: "giot-hong-safe-html",
    });
  });

  it("skips articles with no HTML, link or picture, which have nothing to clean", () => {
    const factory = safeHtmlPlugin() as (ctx: { sourceFormat: string; source: string }) => unknown;
    expect(factory({ sourceFormat: "markdown", source: "Chỉ có **chữ** và ## tiêu đề." })).toBeNull();
    expect(factory({ sourceFormat: "markdown", source: "[x](javascript:y())" })).not.toBeNull();
  });
});
