/**
 * The content check's findings as GitHub annotations and a job summary, and
 * `npm run check` printing them only inside GitHub Actions.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotationLines, jobSummary, type Finding } from "../../scripts/lib/github-annotations.ts";
import { copyFixture, runScript, TODAY, writeIn } from "./support.ts";

const DATE_ERROR: Finding = {
  severity: "error",
  file: "src/content/articles/ngay-hoi.md",
  line: 4,
  field: "date",
  problem: "Ngày không đúng dạng (invalid date).",
  expected: "năm-tháng-ngày, ví dụ 2022-03-05",
  found: '"05/03/2022"',
  fix: "Viết lại thành: date: 2022-03-05",
};

describe("annotationLines", () => {
  it("writes one ::error a finding, on the file and line, with the four parts of the message", () => {
    expect(annotationLines([DATE_ERROR])).toMatchInlineSnapshot(`
      [
        "::error file=src/content/articles/ngay-hoi.md,line=4,title=Lỗi nội dung%3A date::Ngày không đúng dạng (invalid date).%0ACần: năm-tháng-ngày, ví dụ 2022-03-05%0AĐang có: "05/03/2022"%0ACách sửa: Viết lại thành: date: 2022-03-05",
      ]
    `);
  });

  it("escapes what would end the command early, and leaves out a line it does not know", () => {
    const [line] = annotationLines([
      { ...DATE_ERROR, severity: "warning", line: undefined, field: undefined, problem: "100% sai\r\ndòng hai" },
    ]);
    expect(line).toMatch(
      /^::warning file=src\/content\/articles\/ngay-hoi\.md,title=Cảnh báo nội dung::100%25 sai%0D%0Adòng hai%0A/,
    );
  });

  it("names the file by its path in the repository when the check ran on a folder inside it", () => {
    expect(annotationLines([DATE_ERROR], "test/fixtures/site")[0]).toContain(
      "file=test/fixtures/site/src/content/articles/ngay-hoi.md,",
    );
  });
});

describe("jobSummary", () => {
  it("says the site was not updated and lists each error as a row", () => {
    const summary = jobSummary([DATE_ERROR, { ...DATE_ERROR, severity: "warning", field: "tags", problem: "a | b" }]);
    expect(summary).toContain("## ❌ Kiểm tra nội dung: 1 lỗi, 1 cảnh báo");
    expect(summary).toContain("**chưa được cập nhật**");
    expect(summary).toContain(
      '| ❌ lỗi | `src/content/articles/ngay-hoi.md:4` | date | Ngày không đúng dạng (invalid date). | năm-tháng-ngày, ví dụ 2022-03-05 | "05/03/2022" | Viết lại thành: date: 2022-03-05 |',
    );
    expect(summary).toContain("| ⚠️ cảnh báo | `src/content/articles/ngay-hoi.md:4` | tags | a \\| b |");
  });

  it("says so when there is nothing to fix", () => {
    expect(jobSummary([])).toBe("## ✅ Kiểm tra nội dung: không có lỗi nào\n");
  });
});

describe("npm run check in GitHub Actions", () => {
  const BAD = `---\ntitle: "Bài hư cấu"\ndescription: "Tóm tắt hư cấu."\ndate: 05/03/2022\nauthors:\n  - "Tác giả hư cấu"\n---\n\nNội dung.\n`;

  it("prints an annotation on the file and line, and appends the summary", () => {
    const root = copyFixture();
    writeIn(root, "src/content/articles/ngay-sai.md", BAD);
    const summaryFile = join(mkdtempSync(join(tmpdir(), "giot-hong-summary-")), "summary.md");
    const run = runScript("check.ts", ["--root", root, "--today", TODAY], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error file=[^,]*src\/content\/articles\/ngay-sai\.md,line=4,title=Lỗi nội dung%3A date::/,
    );
    expect(readFileSync(summaryFile, "utf8")).toMatch(/## ❌ Kiểm tra nội dung: 1 lỗi/);
  });

  it("prints no workflow command outside GitHub Actions", () => {
    const root = copyFixture();
    writeIn(root, "src/content/articles/ngay-sai.md", BAD);
    const run = runScript("check.ts", ["--root", root, "--today", TODAY], { GITHUB_ACTIONS: "" });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::/m);
  });
});
