/**
 * The content check's findings where a person editing on github.com looks:
 * workflow commands that GitHub shows as annotations on the file and line
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions)
 * and a Markdown job summary ($GITHUB_STEP_SUMMARY) on the run's page.
 * Takes the check's structured findings, so it never re-reads its text.
 */
import { appendFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { CheckMessage } from "./check-messages.ts";

/** What this module needs of a finding of the content check (scripts/check.ts): all but its code. */
export type Finding = Omit<CheckMessage, "code">;

/** A workflow command's message: %, CR and LF are escaped so a message may span lines. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value: also : and , which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The path GitHub knows the file by: the site root's place in the repository, then the file. */
function repoPath(file: string, rootInRepo: string): string {
  // The workflow runs at the repository's root; --root may be given relative to it or absolute.
  const prefix = relative(process.cwd(), resolve(rootInRepo)).split("\\").join("/");
  return prefix ? `${prefix}/${file}` : file;
}

/** One `::error file=…,line=…,title=…::…` (or ::warning) line a finding. */
export function annotationLines(findings: readonly Finding[], rootInRepo = "."): string[] {
  return findings.map((finding) => {
    const properties = [`file=${escapeProperty(repoPath(finding.file, rootInRepo))}`];
    if (finding.line) properties.push(`line=${finding.line}`);
    const kind = finding.severity === "error" ? "Lỗi nội dung" : "Cảnh báo nội dung";
    properties.push(`title=${escapeProperty(finding.field ? `${kind}: ${finding.field}` : kind)}`);
    const message = [
      finding.problem,
      `Cần: ${finding.expected}`,
      `Đang có: ${finding.found}`,
      `Cách sửa: ${finding.fix}`,
    ].join("\n");
    return `::${finding.severity} ${properties.join(",")}::${escapeData(message)}`;
  });
}

/** Text for a Markdown table cell: one line, no column break. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** The job summary: a count, then a row a finding, errors first. */
export function jobSummary(findings: readonly Finding[], rootInRepo = "."): string {
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const head =
    errors.length > 0
      ? `## ❌ Kiểm tra nội dung: ${errors.length} lỗi, ${warnings.length} cảnh báo\n\nTrang web **chưa được cập nhật**: sửa các lỗi dưới đây (bấm vào tên tệp trong tab “Files changed” hoặc mở tệp trên GitHub), lưu lại, và GitHub sẽ tự kiểm tra lại.`
      : warnings.length > 0
        ? `## ⚠️ Kiểm tra nội dung: không có lỗi, ${warnings.length} cảnh báo\n\nTrang web vẫn được dựng; nên xem lại các cảnh báo dưới đây.`
        : "## ✅ Kiểm tra nội dung: không có lỗi nào";
  if (findings.length === 0) return `${head}\n`;
  const rows = [...errors, ...warnings].map((f) => {
    const where = `\`${repoPath(f.file, rootInRepo)}${f.line ? `:${f.line}` : ""}\``;
    const mark = f.severity === "error" ? "❌ lỗi" : "⚠️ cảnh báo";
    return `| ${mark} | ${where} | ${cell(f.field ?? "")} | ${cell(f.problem)} | ${cell(f.expected)} | ${cell(f.found)} | ${cell(f.fix)} |`;
  });
  return [
    head,
    "",
    "| | Tệp:dòng | Trường | Vấn đề | Cần | Đang có | Cách sửa |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

/**
 * Inside GitHub Actions: prints the annotations and appends the summary.
 * Outside (GITHUB_ACTIONS unset), does nothing, so a terminal shows only the
 * check's own report.
 */
export function reportToGitHub(findings: readonly Finding[], rootInRepo = ".", env = process.env): void {
  if (env.GITHUB_ACTIONS !== "true") return;
  for (const line of annotationLines(findings, rootInRepo)) console.log(line);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(findings, rootInRepo));
}
