import { markdownToHtml, mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { createArticleTables, mayHaveTable } from "../../src/lib/article-tables.ts";
import { markdownSanitizerPlugin } from "../../src/lib/markdown-sanitizer.ts";
import { markdownText } from "../../src/i18n/vi.ts";

/** As the build does it: the site's whole plugin entry (sanitizer, then tables). */
async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    features: { rawHtml: true, gfm: true },
    hastPlugins: [markdownSanitizerPlugin()],
  });
  return html;
}

const WIDE_TABLE = ["| Năm | Tiếp nhận | Chỉ tiêu |", "| :-- | --: | :-: |", "| 2023 | 1.126 | 900 |"].join("\n");

describe("article tables (Sätteri hast plugin)", () => {
  it("puts a markdown table in a focusable scroll box named for screen readers, alignment as classes", async () => {
    expect(await render(`Trước bảng.\n\n${WIDE_TABLE}\n\nSau bảng.`)).toMatchInlineSnapshot(`
      "<p>Trước bảng.</p>
      <section class="table-wrap article-table" aria-label="Bảng 1 trong bài" tabindex="0"><table>
      <thead>
      <tr>
      <th class="align-left">Năm</th>
      <th class="align-right">Tiếp nhận</th>
      <th class="align-center">Chỉ tiêu</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td class="align-left">2023</td>
      <td class="align-right">1.126</td>
      <td class="align-center">900</td>
      </tr>
      </tbody>
      </table></section>
      <p>Sau bảng.</p>
      "
    `);
  });

  it("names a pasted table by its caption, counts the others, and leaves no style attribute for the CSP to refuse", async () => {
    const html = await render(
      [
        WIDE_TABLE,
        "",
        "<table><caption>Kết quả  <b>theo phường</b></caption><tr><td>a</td></tr></table>",
        "",
        WIDE_TABLE,
      ].join("\n"),
    );
    const labels = [
      ...html.matchAll(/<section class="table-wrap article-table" aria-label="([^"]*)" tabindex="0"><table>/g),
    ];
    expect(labels.map((m) => m[1])).toEqual(["Bảng 1 trong bài", "Kết quả theo phường", "Bảng 3 trong bài"]);
    expect(html).not.toContain("style=");
  });

  it("wraps after the sanitizer, which still removes what it removed before", async () => {
    const html = await render(
      '<table onclick="x()"><tr><td style="color:red">a</td></tr></table>\n\n<div><script>y()</script></div>',
    );
    expect(html).toMatchInlineSnapshot(`
      "<section class="table-wrap article-table" aria-label="Bảng 1 trong bài" tabindex="0"><table><tbody><tr><td>a</td></tr></tbody></table></section>
      <div></div>
      "
    `);
  });

  it("wraps the markdown tables of MDX articles too", async () => {
    const { code } = (await mdxToJs(`Bài MDX.\n\n${WIDE_TABLE}\n`, {
      features: { gfm: true },
      hastPlugins: [markdownSanitizerPlugin()],
    } as Parameters<typeof mdxToJs>[1])) as { code: string };
    expect(code).toContain('className: "table-wrap article-table"');
    expect(code).toContain("_components.section");
    expect(code).toContain('"aria-label": "Bảng 1 trong bài"');
    expect(code).toContain('className: "align-right"');
    expect(code).not.toContain("textAlign");
  });

  it("leaves a table alone when no plugin is given, so the wrapping above is this plugin's", async () => {
    const { html } = markdownToHtml(WIDE_TABLE, { features: { gfm: true } });
    expect(html).not.toContain("table-wrap");
    const wrapped = await markdownToHtml(WIDE_TABLE, {
      features: { gfm: true },
      hastPlugins: [createArticleTables({ tableLabel: (n) => `Bảng số ${n}` })],
    });
    expect(wrapped.html).toContain('aria-label="Bảng số 1"');
  });

  it("runs only on articles that may hold a table", () => {
    expect(mayHaveTable("Chỉ có **chữ** và [liên kết](https://a.example).")).toBe(false);
    expect(mayHaveTable("| a | b |\n| - | - |")).toBe(true);
    expect(mayHaveTable("<TABLE><tr><td>a</td></tr></TABLE>")).toBe(true);
  });

  it("names the box in Vietnamese", () => {
    expect(markdownText.tableLabel(2)).toBe("Bảng 2 trong bài");
    expect(markdownText.tableLabel(1, "Kết quả theo phường")).toBe("Kết quả theo phường");
  });
});
