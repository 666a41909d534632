import { describe, expect, it } from "vitest";
import {
  describeValue,
  fieldLabel,
  formatMessage,
  formatReport,
  isoFromVietnameseDate,
  say,
  type CheckMessage,
} from "../../../scripts/lib/check-messages.ts";

const message: CheckMessage = {
  severity: "error",
  code: "date-invalid",
  file: "src/content/articles/bai.md",
  line: 4,
  field: "date",
  ...say.dateInvalid("date", "05/03/2024", "cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05)"),
};

describe("values and fields in messages", () => {
  it("shows values the way the file holds them", () => {
    expect([undefined, null, "  ", "abc", 3.5, false, ["a"]].map(describeValue)).toEqual([
      "(không có)",
      "(để trống)",
      "(để trống)",
      '"abc"',
      "3.5",
      "false",
      '["a"]',
    ]);
    expect(describeValue("x".repeat(100))).toHaveLength(80);
  });

  it("labels nested fields and list items", () => {
    expect(fieldLabel(["image", "alt"])).toBe("image.alt");
    expect(fieldLabel(["campaigns", 1])).toBe("campaigns (mục 2)");
  });

  it("turns a Vietnamese date into YYYY-MM-DD", () => {
    expect(isoFromVietnameseDate("5/3/2024")).toBe("2024-03-05");
    expect(isoFromVietnameseDate("05.03.2024")).toBe("2024-03-05");
    expect(isoFromVietnameseDate("2024-03-05")).toBeUndefined();
  });
});

describe("formatting", () => {
  it("prints file:line, code, field, problem, expected, found and fix", () => {
    expect(formatMessage(message)).toMatchInlineSnapshot(`
      "LỖI [date-invalid] src/content/articles/bai.md:4 · trường "date"
        Vấn đề:   Ngày ở trường "date" không hợp lệ (invalid date): cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05).
        Cần:      một ngày có thật, viết năm-tháng-ngày YYYY-MM-DD, ví dụ 2022-03-05
        Đang có:  "05/03/2024"
        Cách sửa: Viết lại theo thứ tự năm-tháng-ngày: date: 2024-03-05"
    `);
  });

  it("lists errors, then warnings, then a summary", () => {
    const warning: CheckMessage = {
      severity: "warning",
      code: "percent-disagrees",
      file: "data/years.json",
      line: 6,
      field: "năm 2021: percentOfTarget",
      ...say.percentDisagrees(2021, 3792, 2193, 180),
    };
    expect(formatReport([message, warning], { articles: 1200, dataFiles: 4 })).toMatchInlineSnapshot(`
      "Lỗi (phải sửa trước khi đăng):

      LỖI [date-invalid] src/content/articles/bai.md:4 · trường "date"
        Vấn đề:   Ngày ở trường "date" không hợp lệ (invalid date): cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05).
        Cần:      một ngày có thật, viết năm-tháng-ngày YYYY-MM-DD, ví dụ 2022-03-05
        Đang có:  "05/03/2024"
        Cách sửa: Viết lại theo thứ tự năm-tháng-ngày: date: 2024-03-05

      Cảnh báo (không chặn việc đăng, nhưng nên xem lại):

      CẢNH BÁO [percent-disagrees] data/years.json:6 · trường "năm 2021: percentOfTarget"
        Vấn đề:   Phần trăm hoàn thành năm 2021 không khớp với số đơn vị và chỉ tiêu (stated percent disagrees with units and target).
        Cần:      3.792 / 2.193 ≈ 172,9 %
        Đang có:  "percentOfTarget": 180
        Cách sửa: Đối chiếu lại ba con số với nguồn. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên.

      ✖ Có 1 lỗi và 1 cảnh báo trong 1.200 bài viết và 4 tệp số liệu. Sửa các lỗi trên rồi chạy lại npm run check."
    `);
    expect(formatReport([], { articles: 1, dataFiles: 4 })).toMatchInlineSnapshot(
      `"✔ Không có lỗi trong 1 bài viết và 4 tệp số liệu."`,
    );
  });
});

describe("number hints", () => {
  it("reads a fraction with three decimals as a thousands separator", () => {
    expect(say.numberInvalid("unitsCollected", 3.792, "có phần thập phân").fix).toContain('"unitsCollected": 3792');
    expect(say.numberInvalid("unitsCollected", "3.792", "đang là chữ").fix).toContain('"unitsCollected": 3792');
    expect(say.numberInvalid("unitsCollected", 2.55555, "có phần thập phân").fix).not.toContain("nghìn");
  });
});
