/**
 * How every content file's bytes become text, the same for the site's
 * loaders (src/lib/strict-loaders.ts) and `npm run check`: UTF-8 only, a
 * byte-order mark dropped, Windows line ends (CRLF) read as LF. Text in
 * another encoding (Windows-1258, TCVN3…) and old Mac line ends (CR alone)
 * are refused with a Vietnamese message instead of being published as "�"
 * or read as an article without front matter.
 */

/** What is wrong with a file's bytes, in the shape of a check message. */
export interface SourceTextProblem {
  code: "encoding-invalid" | "line-endings-cr" | "file-unreadable";
  /** 1-based line of the first bad byte. */
  line: number;
  problem: string;
  expected: string;
  found: string;
  fix: string;
}

export type SourceText = { ok: true; text: string } | { ok: false; problem: SourceTextProblem };

const SAVE_AS_UTF8 =
  "lưu lại tệp dưới dạng UTF-8: trong Notepad chọn Tệp → Lưu thành… → Mã hoá: UTF-8; trong VS Code bấm vào chữ mã hoá ở thanh dưới cùng → Save with Encoding → UTF-8. Kiểm tra lại các chữ có dấu sau khi lưu.";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder("utf-8", { fatal: false });

/** Reads a content file's bytes; `lineEnds` "lf-or-crlf" refuses a file whose lines end in CR alone. */
export function decodeSourceText(bytes: Uint8Array, lineEnds: "any" | "lf-or-crlf" = "any"): SourceText {
  let text: string;
  try {
    // The decoder drops a leading byte-order mark itself.
    text = strict.decode(bytes);
  } catch {
    return { ok: false, problem: encodingProblem(bytes) };
  }
  if (lineEnds === "lf-or-crlf" && /\r(?!\n)/.test(text)) {
    const index = text.search(/\r(?!\n)/);
    const line = text.slice(0, index).split(/\r\n|\r|\n/).length;
    return {
      ok: false,
      problem: {
        code: "line-endings-cr",
        line,
        problem:
          "Tệp xuống dòng bằng ký tự CR đơn lẻ (kiểu máy Mac cũ), trang web không đọc được (CR-only line endings).",
        expected: "xuống dòng kiểu LF (Linux, macOS) hoặc CRLF (Windows)",
        found: `ký tự CR không có LF theo sau, lần đầu ở cuối dòng ${line}`,
        fix: "Mở tệp bằng VS Code, bấm vào chữ CR ở thanh dưới cùng và chọn LF (hoặc CRLF), rồi lưu lại.",
      },
    };
  }
  return { ok: true, text: text.replace(/\r\n/g, "\n") };
}

function encodingProblem(bytes: Uint8Array): SourceTextProblem {
  // Find the first line that is not valid UTF-8 by decoding line by line.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const piece = bytes.subarray(start, i);
      try {
        strict.decode(piece);
      } catch {
        const shown = lenient.decode(piece).replace(/\r$/, "").trim();
        return {
          code: "encoding-invalid",
          line,
          problem:
            "Tệp không được lưu dưới dạng UTF-8, chữ có dấu sẽ hiện thành ô vuông hoặc dấu hỏi (not valid UTF-8).",
          expected: "tệp lưu dưới dạng UTF-8",
          found: `dòng ${line}: ${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown} (mã hoá khác, ví dụ Windows-1258 hoặc TCVN3)`,
          fix: SAVE_AS_UTF8,
        };
      }
      line++;
      start = i + 1;
    }
  }
  // A multi-byte character cut across a line end cannot happen in UTF-8; report the file's first line.
  return {
    code: "encoding-invalid",
    line: 1,
    problem: "Tệp không được lưu dưới dạng UTF-8 (not valid UTF-8).",
    expected: "tệp lưu dưới dạng UTF-8",
    found: "một mã hoá khác",
    fix: SAVE_AS_UTF8,
  };
}

/** One problem as the build prints it: file:line, then what, expected, found, fix. */
export function formatSourceProblem(file: string, problem: Omit<SourceTextProblem, "code"> & { code: string }): string {
  return [
    `LỖI [${problem.code}] ${file}:${problem.line}`,
    `  Vấn đề:   ${problem.problem}`,
    `  Cần:      ${problem.expected}`,
    `  Đang có:  ${problem.found}`,
    `  Cách sửa: ${problem.fix}`,
  ].join("\n");
}

/** A file that could not be read at all (no permission, a folder named like a file…), by its system error code. */
export function unreadableProblem(errorCode: string): SourceTextProblem {
  return {
    code: "file-unreadable",
    line: 1,
    problem: `Không đọc được tệp (file unreadable: ${errorCode || "lỗi không rõ"}).`,
    expected: "một tệp chữ đọc được",
    found: errorCode === "EISDIR" ? "một thư mục mang tên như tệp" : `lỗi ${errorCode || "không rõ"} khi mở tệp`,
    fix: "Kiểm tra tệp còn đó, mở được bằng trình soạn thảo, và không phải thư mục hay lối tắt hỏng; rồi chạy lại.",
  };
}
