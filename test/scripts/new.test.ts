/** npm run new: what it writes passes the check, and it never overwrites. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, readIn, runCheck, runScript, TODAY, treeHash, writeIn } from "./support.ts";

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

  it("--help prints what it does and creates nothing", () => {
    const root = copyFixture();
    const before = treeHash(root);
    for (const flag of ["--help", "-h"]) {
      const run = runScript("new.ts", ["--root", root, flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('npm run new -- --campaign "Tên chiến dịch" [--year 2022 | --date 2022-03-05]');
    }
    expect(treeHash(root)).toBe(before);
  });

  it("an unknown option gets a Vietnamese message, and nothing is created", () => {
    const root = copyFixture();
    const before = treeHash(root);
    const run = runScript("new.ts", ["--root", root, "--anh", "Bài mới"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "✖ Không hiểu tùy chọn "--anh". Các tùy chọn: --thu-muc, --campaign, --year, --date, --help. Tiêu đề bắt đầu bằng dấu gạch ngang thì viết sau hai dấu --, ví dụ: npm run new -- -- "-5 độ…". Xem hướng dẫn: npm run new -- --help
      "
    `);
    expect(treeHash(root)).toBe(before);
  });

  it("--thu-muc makes a folder article ready for photos, which passes the check", () => {
    const root = copyFixture();
    const run = runScript("new.ts", ["--root", root, "--today", TODAY, "--thu-muc", "Ngày hội có ảnh"]);
    expect(run.code).toBe(0);
    expect(readIn(root, "src/content/articles/ngay-hoi-co-anh/index.md")).toContain('title: "Ngày hội có ảnh"');
    expect(run.stdout).toContain("Đặt ảnh của bài vào thư mục");
    expect(runCheck(root).code).toBe(0);
  });

  it("--campaign with --year or --date files the campaign under that year, with its first day", () => {
    const root = copyFixture();
    expect(
      runScript("new.ts", ["--root", root, "--today", TODAY, "--campaign", "--year", "2022", "Ngày hội cũ"]).code,
    ).toBe(0);
    expect(JSON.parse(readIn(root, "data/campaigns/2022-ngay-hoi-cu.json"))).toMatchObject({ year: 2022 });
    const dated = runScript("new.ts", [
      "--root",
      root,
      "--today",
      TODAY,
      "--campaign",
      "--date",
      "2023-03-05",
      "Ngày hội xuân",
    ]);
    expect(dated.code).toBe(0);
    expect(JSON.parse(readIn(root, "data/campaigns/2023-ngay-hoi-xuan.json"))).toMatchObject({
      year: 2023,
      startDate: "2023-03-05",
    });
    const check = runCheck(root);
    expect(check.code).toBe(0);
    expect(check.blocks.filter((b) => b.includes("campaign-id-year"))).toEqual([]);
  });

  it("refuses a year and a date that disagree, and a date that is not on the calendar", () => {
    const root = copyFixture();
    const both = runScript("new.ts", ["--root", root, "--campaign", "--year", "2022", "--date", "2023-01-01", "X"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("không cùng năm");
    const bad = runScript("new.ts", ["--root", root, "--campaign", "--date", "2022-02-30", "X"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Ngày "2022-02-30" không hợp lệ');
  });

  it("the check warns when a campaign's id year and its year disagree", () => {
    const root = copyFixture();
    runScript("new.ts", ["--root", root, "--today", TODAY, "--campaign", "Ngày hội lệch năm"]);
    const file = "data/campaigns/2025-ngay-hoi-lech-nam.json";
    writeIn(root, file, readIn(root, file).replace('"year": 2025', '"year": 2022'));
    const check = runCheck(root);
    expect(check.code).toBe(0);
    expect(check.blocks.find((b) => b.includes("campaign-id-year"))).toMatchInlineSnapshot(`
      "CẢNH BÁO [campaign-id-year] data/campaigns/2025-ngay-hoi-lech-nam.json:4 · trường "year"
        Vấn đề:   Mã chiến dịch "2025-ngay-hoi-lech-nam" bắt đầu bằng năm 2025 nhưng "year" là 2022 (campaign id and year disagree).
        Cần:      "year": 2025, hoặc tên tệp bắt đầu bằng 2022-
        Đang có:  "year": 2022
        Cách sửa: Nếu chiến dịch thuộc năm 2022, đổi tên tệp thành "2022-ngay-hoi-lech-nam.json" (và sửa các bài viết nhắc tới mã cũ); nếu không, sửa "year" thành 2025."
    `);
  });

  it("a 270-character title gives a shortened address, never a stack trace", () => {
    const root = copyFixture();
    const title = "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu tình nguyện ".repeat(6).slice(0, 270);
    const run = runScript("new.ts", ["--root", root, "--today", TODAY, title]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const slug = /\/tin-tuc\/([^/]+)\//.exec(run.stdout)![1];
    expect(slug).toBe("quan-bac-tu-liem-to-chuc-ngay-hoi-hien-mau-tinh-nguyen-quan-bac-tu-liem-to-chuc");
    expect(readIn(root, `src/content/articles/${slug}.md`)).toContain(`title: "${title}"`);
    expect(runCheck(root).code).toBe(0);
  });
});
