import { describe, expect, it } from "vitest";
import { decodeSourceText, formatSourceProblem } from "../../src/lib/source-text.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeSourceText", () => {
  it("drops a byte-order mark and reads CRLF as LF", () => {
    expect(decodeSourceText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("[1]\r\n")]))).toEqual({
      ok: true,
      text: "[1]\n",
    });
  });

  it("accepts CR-only line ends where they do no harm (JSON) and refuses them in articles", () => {
    expect(decodeSourceText(bytes("a\rb"), "any")).toEqual({ ok: true, text: "a\rb" });
    const result = decodeSourceText(bytes("---\r\ntitle: x\rdate: y\r\n"), "lf-or-crlf");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: "line-endings-cr", line: 2 });
  });

  it("refuses text that is not UTF-8 with its first bad line and the hint to save as UTF-8", () => {
    // "Hà Nội" in Windows-1258: à is 0xE0, ộ is ô (0xF4) + combining dot below (0xF2).
    const windows1258 = new Uint8Array([...bytes("---\ntitle: ok\n"), 0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x0a]);
    const result = decodeSourceText(windows1258, "lf-or-crlf");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.line).toBe(3);
    expect(formatSourceProblem("src/content/articles/a.md", result.problem)).toMatchInlineSnapshot(`
      "LỖI [encoding-invalid] src/content/articles/a.md:3
        Vấn đề:   Tệp không được lưu dưới dạng UTF-8, chữ có dấu sẽ hiện thành ô vuông hoặc dấu hỏi (not valid UTF-8).
        Cần:      tệp lưu dưới dạng UTF-8
        Đang có:  dòng 3: H� N��i (mã hoá khác, ví dụ Windows-1258 hoặc TCVN3)
        Cách sửa: lưu lại tệp dưới dạng UTF-8: trong Notepad chọn Tệp → Lưu thành… → Mã hoá: UTF-8; trong VS Code bấm vào chữ mã hoá ở thanh dưới cùng → Save with Encoding → UTF-8. Kiểm tra lại các chữ có dấu sau khi lưu."
    `);
  });
});
