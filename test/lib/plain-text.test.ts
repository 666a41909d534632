import { describe, expect, it } from "vitest";
import { htmlToPlainText } from "../../src/lib/plain-text.ts";
import { markdownToPlainText } from "../../src/lib/search.ts";

describe("htmlToPlainText", () => {
  it("keeps the words of rendered markdown and drops the tags", () => {
    const html =
      '<h2 id="nam-2021">Năm 2021</h2>\n<ul>\n<li>Ngày hội <strong>504 đơn vị máu</strong>;</li>\n</ul>\n' +
      '<p>Xem <a href="https://example.org">bài gốc</a> và <img src="/a.webp" alt="Người hiến máu" width="10" height="5">.</p>';
    expect(htmlToPlainText(html)).toBe("Năm 2021 Ngày hội 504 đơn vị máu ; Xem bài gốc và Người hiến máu .");
  });
  it("decodes the entities markdown escapes, named and numeric", () => {
    expect(htmlToPlainText("<p>A &amp; B &lt;3 &quot;x&quot; &#39;y&#x27; &#7853;</p>")).toBe(`A & B <3 "x" 'y' ậ`);
  });
  it("leaves unknown or impossible entities as written", () => {
    expect(htmlToPlainText("&bogus; &#x110000;")).toBe("&bogus; &#x110000;");
  });
  it("skips script and style contents", () => {
    expect(htmlToPlainText("<style>p{}</style><p>chữ</p><script>alert(1)</script>")).toBe("chữ");
  });
  it("gives the words markdownToPlainText gives for the same article", () => {
    const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const md = "## Kết quả\n\nQuận tiếp nhận **hơn 3.792 đơn vị máu** từ [người dân](https://x.example).";
    const html =
      '<h2>Kết quả</h2>\n<p>Quận tiếp nhận <strong>hơn 3.792 đơn vị máu</strong> từ <a href="https://x.example">người dân</a>.</p>';
    expect(words(htmlToPlainText(html))).toBe(words(markdownToPlainText(md)));
  });
});
