/** npm run new: what it writes passes the check, and it never overwrites. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, readIn, runCheck, runScript, TODAY } from "./support.ts";

describe("npm run new", () => {
  it("makes a draft article named after the title, which passes the check", () => {
    const root = copyFixture();
    const run = runScript("new.ts", ["--root", root, "--today", TODAY, "Quận Bắc Từ Liêm phấn đấu"]);
    expect(run.code).toBe(0);
    expect(run.stdout.replaceAll(root, "<site>")).toMatchInlineSnapshot(`
      "✔ Đã tạo <site>/src/content/articles/quan-bac-tu-liem-phan-dau.md
        Địa chỉ trên trang: /tin-tuc/quan-bac-tu-liem-phan-dau/
        Bài đang là bản nháp (draft: true). Viết xong, đổi thành draft: false rồi chạy npm run check.
      "
    `);
    const path = "src/content/articles/quan-bac-tu-liem-phan-dau.md";
    expect(readIn(root, path)).toContain(`title: "Quận Bắc Từ Liêm phấn đấu"\n`);
    expect(readIn(root, path)).toContain(`date: ${TODAY}\n`);
    expect(readIn(root, path)).toContain("draft: true\n");
    expect(runCheck(root).code).toBe(0);
  });

  it("never overwrites an article with the same address", () => {
    const root = copyFixture();
    const before = readIn(root, "src/content/articles/tong-ket-nam-2024/index.md");
    const run = runScript("new.ts", ["--root", root, "--today", TODAY, "Tổng kết năm 2024"]);
    expect(run.code).toBe(1);
    expect(run.stderr.replaceAll(root, "<site>")).toMatchInlineSnapshot(`
      "✖ Đã có bài <site>/src/content/articles/tong-ket-nam-2024/index.md với cùng địa chỉ; không ghi đè. Hãy đổi tiêu đề (ví dụ thêm năm).
      "
    `);
    expect(readIn(root, "src/content/articles/tong-ket-nam-2024/index.md")).toBe(before);
    expect(existsSync(join(root, "src/content/articles/tong-ket-nam-2024.md"))).toBe(false);
  });

  it("asks for a title when there is none", () => {
    const run = runScript("new.ts", ["--root", copyFixture()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "✖ Cần tiêu đề bài viết, ví dụ: npm run new -- "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu"
      "
    `);
  });

  it("--campaign makes data/campaigns/<year>-<slug>.json, which passes the check, and never overwrites it", () => {
    const root = copyFixture();
    const run = runScript("new.ts", ["--root", root, "--today", TODAY, "--campaign", "Ngày hội Giọt hồng"]);
    expect(run.code).toBe(0);
    expect(run.stdout.replaceAll(root, "<site>").split("\n").slice(0, 2).join("\n")).toMatchInlineSnapshot(`
      "✔ Đã tạo <site>/data/campaigns/2025-ngay-hoi-giot-hong.json
        Mã chiến dịch (dùng trong "campaigns" của bài viết): 2025-ngay-hoi-giot-hong"
    `);
    expect(JSON.parse(readIn(root, "data/campaigns/2025-ngay-hoi-giot-hong.json"))).toMatchObject({
      name: "Ngày hội Giọt hồng",
      year: 2025,
    });
    expect(runCheck(root).code).toBe(0);
    const again = runScript("new.ts", ["--root", root, "--today", TODAY, "--campaign", "Ngày hội Giọt hồng"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("không ghi đè");
  });
});
