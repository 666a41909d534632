/**
 * node scripts/change-kind.ts <before> <after>: what a push changed, for the
 * deploy workflow. Writes `kind=content|code` and `changed=<files>` to
 * $GITHUB_OUTPUT (and prints them). When the range cannot be read (a new
 * branch, a force push, a first commit) the push counts as code: the whole
 * test suite runs, which is never wrong, only slower.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { changeKind } from "./lib/change-kind.ts";

const [before = "", after = "HEAD"] = process.argv.slice(2);

function changedFiles(): string[] | undefined {
  if (!before || /^0+$/.test(before)) return undefined;
  const diff = spawnSync("git", ["diff", "--name-only", "--no-renames", before, after], { encoding: "utf8" });
  if (diff.status !== 0) return undefined;
  return diff.stdout.split("\n").filter(Boolean);
}

const files = changedFiles();
const kind = files ? changeKind(files) : "code";
if (!files) console.log("Không đọc được danh sách tệp thay đổi: chạy toàn bộ kiểm thử (full test suite).");
else {
  console.log(`${files.length} tệp thay đổi:`);
  for (const file of files) console.log(`  ${file}`);
}
console.log(
  kind === "content"
    ? "→ Chỉ thay đổi nội dung (content only): kiểm tra, dựng, cổng tĩnh và thử trang, không chạy toàn bộ kiểm thử mã."
    : "→ Có thay đổi mã (code): chạy toàn bộ kiểm thử trước khi xuất bản.",
);
const output = `kind=${kind}\nchanged=${(files ?? []).join(" ")}\n`;
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, output);
else process.stdout.write(output);
