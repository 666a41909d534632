/**
 * What `npm run check` (and the build, before it starts) finds wrong with the
 * articles and data files. Pure: it takes the files' text and a way to ask
 * whether an image exists, validates every record with the same zod schemas
 * the site uses, checks the records against each other, and returns every
 * message at once. scripts/lib/site-files.ts reads the files from disk.
 */
import matter from "gray-matter";
import { htmlToHast, markdownToHast } from "satteri";
import { z } from "zod";
import { articleFrontmatterSchema } from "../../src/schemas/article.ts";
import { campaignSchema } from "../../src/schemas/campaign.ts";
import { yearSchema } from "../../src/schemas/year.ts";
import { campaignUnitsByYear, percentDisagrees, quotaDisagrees } from "../../src/lib/figures.ts";
import { elementProblems, urlScheme, SAFE_URL_SCHEMES, type HtmlProblem } from "../../src/lib/safe-html.ts";
import { foldVietnamese, isSlug, slugify } from "../../src/lib/slug.ts";
import { MAX_SLUG_LENGTH, fileExtension, isPublishableImage, isRemote } from "../../src/lib/article-files.ts";
import type { SourceTextProblem } from "../../src/lib/source-text.ts";
import { mdxToJs } from "satteri";
import {
  lineIndex,
  jsonLocator,
  parseYaml,
  yamlLocator,
  type FieldPath,
  type Locate,
  type ParsedYaml,
} from "./source-locator.ts";
import { fieldLabel, say, type CheckMessage, type MessageText, type Severity } from "./check-messages.ts";

export interface SourceFile {
  /** Path from the site root, forward slashes: src/content/articles/foo.md */
  path: string;
  /** The file as text (src/lib/source-text.ts): empty when its bytes could not be read as text. */
  text: string;
  /** Why the bytes are not text the site reads (not UTF-8, CR-only line ends). */
  problem?: SourceTextProblem;
}

export interface SiteSnapshot {
  /** Folder of the articles, from the site root: src/content/articles */
  articlesDir: string;
  /** Every .md and .mdx file the site loads as an article. */
  articles: SourceFile[];
  /** Files in the articles folder that look like articles but which the site would skip. */
  ignoredArticleFiles: string[];
  yearsPath: string;
  /** data/years.json, or undefined when the file does not exist. */
  years: SourceFile | undefined;
  /** data/campaigns/*.json */
  campaigns: SourceFile[];
  /** Files in data/campaigns/ that the site would skip. */
  ignoredCampaignFiles: string[];
  /** Links (symlinks) in the content folders that point at nothing. */
  brokenLinks: string[];
  /** .mdx articles this change adds (not committed yet, or not on the base branch). */
  newMdxFiles: string[];
  /** Whether a file exists, by path from the site root. */
  fileExists(path: string): boolean;
  /** Today in Hà Nội, YYYY-MM-DD. */
  today: string;
}

/** Aliases (*name) a front matter may expand; a real article uses none. */
const MAX_YAML_ALIASES = 20;

const DATE_FIELDS = new Set(["date", "startDate", "endDate", "published"]);
const NUMBER_FIELDS = new Set([
  "year",
  "unitsCollected",
  "unitTarget",
  "participants",
  "activities",
  "percentOfTarget",
  "targetPercentOfQuota",
  "quotaUnits",
  "registered",
  "donors",
]);

type Push = (severity: Severity, code: string, text: MessageText, line?: number, field?: string) => void;

function collector(messages: CheckMessage[], file: string): Push {
  return (severity, code, text, line, field) => {
    messages.push({
      severity,
      code,
      file,
      ...(line !== undefined ? { line } : {}),
      ...(field !== undefined ? { field } : {}),
      ...text,
    });
  };
}

// ---------------------------------------------------------------- helpers

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The field names a zod object schema accepts at `path` (through optional, default and preprocess wrappers). */
export function keysAt(schema: z.ZodType, path: FieldPath): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return undefined;
      if (def.type === "optional" || def.type === "default" || def.type === "nullable") current = def.innerType;
      else if (def.type === "pipe") current = def.out;
      else return def;
    }
  };
  for (const segment of path) {
    const def = unwrap();
    if (def?.type === "object") current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def?.type === "array") current = def.element;
    else return [];
  }
  const def = unwrap();
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length];
}

/** The closest candidate to a likely typo, if one is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const folded = foldVietnamese(word).toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldVietnamese(candidate).toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

const FIELD_DESCRIPTIONS: Record<string, string> = {
  title: "tiêu đề bài viết (một đoạn chữ)",
  description: "một hoặc hai câu tóm tắt bài viết",
  date: "ngày đăng, dạng YYYY-MM-DD",
  authors: "danh sách người viết, ít nhất một người",
  "image.src": "đường dẫn tới tệp ảnh, tính từ thư mục bài viết",
  "image.alt": "mô tả ảnh cho người khiếm thị",
  "source.name": "tên báo hoặc cơ quan đưa tin",
  "sources.name": "tên báo hoặc cơ quan đưa tin",
  name: "tên chiến dịch",
  kind: 'loại chiến dịch: "festival", "campaign", "ward-day" hoặc "other"',
  year: "năm, ví dụ 2022",
  status: 'tình trạng: "planned", "ongoing" hoặc "done"',
  source: "nguồn số liệu, ít nhất có name",
  sources: 'danh sách nguồn số liệu, mỗi nguồn ít nhất có name: [ { "name": "…" } ]',
};

/** Turns one zod issue into our message (unknown keys become one message each). */
function issueMessages(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
  locate: Locate,
  push: Push,
  label: (path: FieldPath) => string,
): void {
  const path = issue.path as FieldPath;
  const key = [...path].reverse().find((segment) => typeof segment === "string") as string | undefined;
  const field = label(path);
  const schemaField = path.filter((segment) => typeof segment === "string").join(".");
  const value = valueAt(data, path);

  if (issue.code === "unrecognized_keys") {
    const allowed = keysAt(schema, path);
    for (const unknownKey of issue.keys) {
      const keyPath = [...path, unknownKey];
      push(
        "error",
        "field-unknown",
        say.fieldUnknown(unknownKey, allowed, closest(unknownKey, allowed)),
        locate(keyPath, "key"),
        label(keyPath),
      );
    }
    return;
  }
  if (schemaField === "image.alt") {
    const src = valueAt(data, [...path.slice(0, -1), "src"]);
    push("error", "image-alt-missing", say.imageAltMissing("đầu bài", String(src ?? "")), locate(path), field);
    return;
  }
  if (value === undefined && issue.code === "invalid_type") {
    push(
      "error",
      "field-missing",
      say.fieldMissing(schemaField, FIELD_DESCRIPTIONS[schemaField] ?? issue.message),
      locate(path),
      field,
    );
    return;
  }
  if (key && DATE_FIELDS.has(key)) {
    push("error", "date-invalid", say.dateInvalid(key, value, issue.message), locate(path), field);
    return;
  }
  if (key && NUMBER_FIELDS.has(key) && typeof value !== "object") {
    push("error", "number-invalid", say.numberInvalid(key, value, numberDetail(issue, value)), locate(path), field);
    return;
  }
  if (issue.code === "invalid_value") {
    push("error", "value-not-allowed", say.valueNotAllowed(schemaField, value, issue.values), locate(path), field);
    return;
  }
  if (issue.code === "too_small" && (issue.origin === "string" || (issue.origin === "array" && Array.isArray(value)))) {
    push(
      "error",
      "field-empty",
      say.fieldEmpty(schemaField, issue.message.startsWith("Too small") ? "cần có nội dung" : issue.message),
      locate(path),
      field,
    );
    return;
  }
  if (issue.code === "invalid_type") {
    push(
      "error",
      "field-wrong-type",
      say.wrongType(schemaField, value, issue.expected, typeDetail(issue.expected, value)),
      locate(path),
      field,
    );
    return;
  }
  if (issue.code === "invalid_format" && issue.format === "url") {
    push("error", "url-invalid", say.urlInvalid(schemaField, value), locate(path), field);
    return;
  }
  push("error", "field-invalid", say.fieldInvalid(schemaField, value, issue.message), locate(path), field);
}

function typeOfValue(value: unknown): string {
  if (Array.isArray(value)) return "một danh sách";
  if (value === null) return "để trống";
  if (typeof value === "string") return "một đoạn chữ";
  if (typeof value === "number") return "một con số";
  if (typeof value === "boolean") return "true/false";
  return "một nhóm trường";
}

function typeDetail(expected: string, value: unknown): string {
  const wanted: Record<string, string> = {
    string: "cần một đoạn chữ",
    array: "cần một danh sách",
    boolean: "cần true hoặc false",
    object: "cần một nhóm trường con",
    number: "cần một con số",
  };
  return `${wanted[expected] ?? `cần ${expected}`}, đang là ${typeOfValue(value)}`;
}

function numberDetail(issue: z.core.$ZodIssue, value: unknown): string {
  if (typeof value !== "number") return "đang là chữ, không phải con số";
  if (value < 0) return "số âm";
  if (!Number.isInteger(value)) return "có phần thập phân";
  if (issue.code === "too_small" || issue.code === "too_big") return `nằm ngoài khoảng cho phép`;
  return issue.message;
}

/** http:// links are accepted (old news sites have no https) with a warning; `source` or each of `sources`. */
function warnInsecure(record: Record<string, unknown>, line: (path: FieldPath) => number, field: string, push: Push) {
  const sources: [FieldPath, unknown][] = Array.isArray(record.sources)
    ? record.sources.map((source, index) => [["sources", index, "url"], source])
    : [[["source", "url"], record.source]];
  for (const [path, source] of sources) {
    const url = source && typeof source === "object" ? (source as Record<string, unknown>).url : undefined;
    if (typeof url === "string" && /^http:/i.test(url.trim())) {
      const name = `${field}${fieldLabel(path)}`;
      push("warning", "url-insecure", say.urlInsecure(name, url), line(path), name);
    }
  }
}

// ---------------------------------------------------------------- articles

interface ArticleInfo {
  file: string;
  slug: string;
  campaigns: { id: string; line: () => number; field: string }[];
}

const ARTICLE_SCHEMA = articleFrontmatterSchema as unknown as z.ZodType;

function posixDirname(path: string): string {
  const index = path.lastIndexOf("/");
  return index === -1 ? "" : path.slice(0, index);
}

/** Resolves ./anh.jpg and ../x/anh.jpg against a folder, all with forward slashes. */
export function resolveRelative(dir: string, target: string): string {
  const parts = dir ? dir.split("/") : [];
  for (const piece of target.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") parts.pop();
    else parts.push(piece);
  }
  return parts.join("/");
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

export function articleSlug(path: string, articlesDir: string): string {
  const inside = path.slice(articlesDir.length + 1);
  return inside.replace(/\.mdx?$/, "").replace(/\/index$/, "");
}

function checkArticle(file: SourceFile, site: SiteSnapshot, messages: CheckMessage[]): ArticleInfo {
  const push = collector(messages, file.path);
  const slug = articleSlug(file.path, site.articlesDir);
  const info: ArticleInfo = { file: file.path, slug, campaigns: [] };
  if (file.problem) {
    push("error", file.problem.code, file.problem, file.problem.line);
    return info;
  }
  // Windows line ends and a byte-order mark come from some editors; neither changes a line number.
  const text = file.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split(/\r?\n/);
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (!/^---\s*$/.test(lines[0] ?? "") || closing === -1) {
    push("error", "frontmatter-missing", say.frontmatterMissing(), 1);
    return info;
  }

  // gray-matter splits the file; the `yaml` package reads the front matter once, and the
  // same parse gives the values and every node's line.
  let parsed: ParsedYaml | undefined;
  let aliasBomb = false;
  const front = matter(text, {
    engines: {
      yaml: (yaml: string) => {
        parsed = parseYaml(yaml);
        if (parsed.document.errors.length > 0) return {};
        try {
          return parsed.document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
        } catch {
          // A small file whose aliases expand to millions of values (a "billion laughs").
          aliasBomb = true;
          return {};
        }
      },
    },
  } as unknown as Parameters<typeof matter>[1]);
  const detailed = () => (parsed ??= parseYaml(""));
  const error = detailed().document.errors[0];
  if (error) {
    const line = detailed().lineCounter.linePos(error.pos[0]).line;
    const reason = (error.message ?? "").split(" at line")[0];
    push("error", "yaml-invalid", say.yamlInvalid(reason, error.code, lines[line - 1] ?? ""), line);
    return info;
  }
  if (aliasBomb) {
    push("error", "yaml-aliases", say.yamlAliases(MAX_YAML_ALIASES), 1);
    return info;
  }
  const data: unknown = front.data;
  // The YAML text begins right after the opening ---, so its line 1 is the file's line 1.
  let locator: Locate | undefined;
  const locate: Locate = (path, what) => (locator ??= yamlLocator(detailed(), 1, 1))(path, what);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    push("error", "yaml-invalid", say.yamlInvalid("không phải các trường dạng tên: giá trị", "", lines[1] ?? ""), 2);
    return info;
  }

  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) issueMessages(issue, data, ARTICLE_SCHEMA, locate, push, fieldLabel);
  }
  const record = data as Record<string, unknown>;

  // A published article dated after today would appear "from the future" and sort above today's news.
  const date = record.date;
  const dateValid = result.success || !result.error.issues.some((issue) => issue.path[0] === "date");
  if (record.draft !== true && dateValid && typeof date === "string" && date > site.today) {
    push("error", "date-future", say.dateFuture(date, site.today), locate(["date"]), "date");
  }

  warnInsecure(record, (path) => locate(path), "", push);

  if (Array.isArray(record.campaigns)) {
    record.campaigns.forEach((id, index) => {
      if (typeof id === "string") {
        info.campaigns.push({ id, line: () => locate(["campaigns", index]), field: fieldLabel(["campaigns", index]) });
      }
    });
  }

  const dir = posixDirname(file.path);
  const image = record.image as Record<string, unknown> | undefined;
  if (image && typeof image === "object" && typeof image.src === "string" && image.src.trim()) {
    const src = image.src.trim();
    const target = resolveRelative(dir, safeDecode(src));
    if (isRemote(src)) {
      push("error", "image-remote", say.imageRemote(src), locate(["image", "src"]), "image.src");
    } else if (urlScheme(src) !== undefined || !site.fileExists(target)) {
      push("error", "image-missing", say.imageMissing(src, target), locate(["image", "src"]), "image.src");
    } else if (!isPublishableImage(src)) {
      push("error", "image-type", say.imageType(src, fileExtension(src)), locate(["image", "src"]), "image.src");
    }
  }

  const bodyStart = text.endsWith(front.content) ? lineIndex(text)(text.length - front.content.length) : closing + 2;
  if (file.path.endsWith(".md")) checkBody(front.content, bodyStart, dir, site, push);
  else checkMdx(front.content, bodyStart, lines, push);
  return info;
}

/**
 * An MDX article is compiled the way the build compiles it (Sätteri, which
 * @astrojs/mdx uses), so a syntax error is reported with its line here rather
 * than in English by the build.
 */
function checkMdx(body: string, firstLine: number, lines: readonly string[], push: Push): void {
  try {
    mdxToJs(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(message);
    const line = position ? Number(position[1]) + firstLine - 1 : firstLine;
    const reason = message.replace(/^\d+:\d+:\s*/, "").replace(/\s*\(\d+:\d+\)/, "");
    push("error", "mdx-invalid", say.mdxInvalid(reason, lines[line - 1] ?? ""), line, "nội dung bài");
  }
}

interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
  position?: { start: { line: number } };
}

function htmlProblemText(problem: HtmlProblem): { code: string; text: MessageText } {
  if (problem.kind === "tag") return { code: "html-tag", text: say.htmlTag(problem.tag, problem.dangerous) };
  if (problem.kind === "attribute") {
    return { code: "html-attribute", text: say.htmlAttribute(problem.tag, problem.attribute, problem.eventHandler) };
  }
  return { code: "html-url", text: say.htmlUrl(problem.tag, problem.attribute, problem.url, problem.scheme) };
}

/**
 * The article body: raw HTML against the allow-list (safe-html.ts), links and
 * pictures for unsafe addresses, pictures for missing files and alt text.
 * `firstLine` is the file line where the body starts.
 */
function checkBody(body: string, firstLine: number, dir: string, site: SiteSnapshot, push: Push): void {
  // Cheap test first: without a tag, link or picture there is nothing to look at.
  if (!/[<\]]/.test(body)) return;
  // Most articles are fine: scan without source positions (faster), and only
  // when something is wrong scan again with them to say on which line.
  let problems = 0;
  scanBody(body, false, firstLine, dir, site, () => problems++);
  if (problems > 0) scanBody(body, true, firstLine, dir, site, push);
}

function scanBody(
  body: string,
  position: boolean,
  firstLine: number,
  dir: string,
  site: SiteSnapshot,
  push: Push,
): void {
  const tree = markdownToHast(body, { features: { gfm: true, frontmatter: false }, position }) as HastLike;
  const at = (node: HastLike) => (node.position ? node.position.start.line + firstLine - 1 : firstLine);

  const checkRaw = (raw: HastLike) => {
    const source = raw.value ?? "";
    const fragment = htmlToHast(source, { fragment: true }) as HastLike;
    let cursor = 0;
    const rawLine = at(raw);
    const visit = (node: HastLike) => {
      if (node.type === "element" && node.tagName) {
        const found = source.toLowerCase().indexOf(`<${node.tagName.toLowerCase()}`, cursor);
        if (found !== -1) cursor = found + 1;
        const line = rawLine + (found === -1 ? 0 : countNewlines(source, found));
        const problems = elementProblems(node.tagName, node.properties);
        for (const problem of problems) {
          const { code, text } = htmlProblemText(problem);
          push("error", code, text, line, "nội dung bài");
        }
        if (problems.some((problem) => problem.kind === "tag" && problem.dangerous)) return;
        if (node.tagName === "img" && problems.length === 0) {
          const src = String(node.properties?.src ?? "");
          // A path from the article's folder only works through markdown, which Astro resolves; //host/x is remote.
          if (isRemote(src)) {
            push("error", "image-remote", say.imageRemote(src), line, "nội dung bài");
          } else if (src && urlScheme(src) === undefined) {
            push("error", "html-image-local", say.htmlImageLocal(src), line, "nội dung bài");
          }
          if (!String(node.properties?.alt ?? "").trim()) {
            push("error", "image-alt-missing", say.imageAltMissing("trong bài", src), line, "nội dung bài");
          }
        }
      }
      node.children?.forEach(visit);
    };
    visit(fragment);
  };

  const walk = (node: HastLike) => {
    if (node.type === "raw") return checkRaw(node);
    if (node.type === "element" && (node.tagName === "a" || node.tagName === "img")) {
      const attribute = node.tagName === "a" ? "href" : "src";
      const url = String(node.properties?.[attribute] ?? "");
      const scheme = urlScheme(url);
      if (scheme !== undefined && !SAFE_URL_SCHEMES.has(scheme)) {
        push("error", "html-url", say.htmlUrl(node.tagName, attribute, url, scheme), at(node), "nội dung bài");
      } else if (node.tagName === "a" && scheme === undefined && /^\.{0,2}\//.test(url) && fileExtension(url)) {
        // The build publishes only pictures from an article's folder: a link to a file there would be dead.
        const target = resolveRelative(dir, safeDecode(url.split(/[?#]/)[0]));
        if (site.fileExists(target) || url.startsWith(".")) {
          push("error", "file-link-local", say.fileLinkLocal(url), at(node), "nội dung bài");
        }
      } else if (node.tagName === "img") {
        if (isRemote(url)) {
          push("error", "image-remote", say.imageRemote(url), at(node), "nội dung bài");
        } else if (scheme === undefined && url && !url.startsWith("/")) {
          const target = resolveRelative(dir, safeDecode(url));
          if (!site.fileExists(target)) {
            push("error", "image-missing", say.imageMissing(url, target), at(node), "nội dung bài");
          } else if (!isPublishableImage(url)) {
            push("error", "image-type", say.imageType(url, fileExtension(url)), at(node), "nội dung bài");
          }
        }
        if (!String(node.properties?.alt ?? "").trim()) {
          push("error", "image-alt-missing", say.imageAltMissing("trong bài", url), at(node), "nội dung bài");
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

// ---------------------------------------------------------------- data files

interface JsonResult {
  ok: boolean;
  value?: unknown;
  locate?: Locate;
}

function parseJsonFile(file: SourceFile, push: Push): JsonResult {
  if (file.problem) {
    push("error", file.problem.code, file.problem, file.problem.line);
    return { ok: false };
  }
  // Windows line ends and a byte-order mark come from some editors; neither changes a line number.
  const text = file.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  try {
    return { ok: true, value: JSON.parse(text), locate: jsonLocator(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const lineMatch = /\(line (\d+) column \d+\)/.exec(reason);
    const line = lineMatch ? Number(lineMatch[1]) : position ? lineIndex(text)(Number(position[1])) : 1;
    const lines = text.split(/\r?\n/);
    push(
      "error",
      "json-invalid",
      say.jsonInvalid(reason.replace(/ in JSON at position.*$/, ""), lines[line - 1] ?? ""),
      line,
    );
    return { ok: false };
  }
}

interface YearInfo {
  year: number;
  unitsCollected?: number;
  unitTarget?: number;
  percentOfTarget?: number;
  quotaUnits?: number;
  targetPercentOfQuota?: number;
  unitsLine: number;
  percentLine: number;
  quotaLine: number;
}

interface CampaignInfo {
  file: string;
  id: string;
  year?: number;
  unitsCollected?: number;
}

function checkYears(site: SiteSnapshot, messages: CheckMessage[], articleRefs: SourceRef[]): YearInfo[] {
  if (!site.years) {
    collector(messages, site.yearsPath)("error", "file-missing", say.fileMissing(site.yearsPath));
    return [];
  }
  const push = collector(messages, site.years.path);
  const parsed = parseJsonFile(site.years, push);
  if (!parsed.ok || !parsed.locate) return [];
  const locate = parsed.locate;
  if (!Array.isArray(parsed.value)) {
    push("error", "data-shape", say.dataShape('một danh sách các năm: [ { "year": 2021, … }, … ]', parsed.value), 1);
    return [];
  }
  const years: YearInfo[] = [];
  const firstLineOfYear = new Map<number, number>();
  parsed.value.forEach((record: unknown, index: number) => {
    const recordYear = (record as { year?: unknown })?.year;
    const prefix = typeof recordYear === "number" ? `năm ${recordYear}` : `mục ${index + 1}`;
    const label = (path: FieldPath) => (path.length > 1 ? `${prefix}: ${fieldLabel(path.slice(1))}` : prefix);
    const at: Locate = (path, what) => locate(path, what);
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      push(
        "error",
        "data-shape",
        say.dataShape('một năm: { "year": 2021, "unitsCollected": 3792, "source": { … } }', record),
        locate([index]),
        prefix,
      );
      return;
    }
    const result = yearSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issueMessages(
          { ...issue, path: [index, ...issue.path] } as z.core.$ZodIssue,
          parsed.value,
          yearsFileSchema,
          at,
          push,
          label,
        );
      }
    }
    const r = record as Record<string, unknown>;
    if (typeof r.year === "number") {
      const line = locate([index, "year"]);
      const first = firstLineOfYear.get(r.year);
      if (first !== undefined)
        push("error", "year-duplicate", say.yearDuplicate(r.year, first), line, `${prefix}: year`);
      else firstLineOfYear.set(r.year, line);
      if (result.success) {
        years.push({
          year: r.year,
          unitsCollected: result.data.unitsCollected,
          unitTarget: result.data.unitTarget,
          percentOfTarget: result.data.percentOfTarget,
          quotaUnits: result.data.quotaUnits,
          targetPercentOfQuota: result.data.targetPercentOfQuota,
          unitsLine: locate([index, "unitsCollected"]),
          percentLine: locate([index, "percentOfTarget"]),
          quotaLine: locate([index, "quotaUnits"]),
        });
      }
    }
    warnInsecure(r, (path) => locate([index, ...path]), `${prefix}: `, push);
    collectSourceRefs(
      r,
      site.years!.path,
      (i) => locate([index, "sources", i, "article"]),
      (i) => label([index, "sources", i, "article"]),
      articleRefs,
    );
  });
  return years;
}

/** data/years.json as a whole: a list of years, for looking up field names by path. */
const yearsFileSchema = z.array(yearSchema) as unknown as z.ZodType;

interface SourceRef {
  file: string;
  slug: string;
  line: number;
  field: string;
}

/** Every sources[i].article of a record, to check each names an article of the site. */
function collectSourceRefs(
  record: Record<string, unknown>,
  file: string,
  line: (index: number) => number,
  field: (index: number) => string,
  refs: SourceRef[],
) {
  if (!Array.isArray(record.sources)) return;
  record.sources.forEach((source: unknown, index) => {
    if (source && typeof source === "object" && typeof (source as { article?: unknown }).article === "string") {
      refs.push({ file, slug: (source as { article: string }).article, line: line(index), field: field(index) });
    }
  });
}

function checkCampaign(file: SourceFile, messages: CheckMessage[], articleRefs: SourceRef[]): CampaignInfo | undefined {
  const push = collector(messages, file.path);
  const id = file.path.slice(file.path.lastIndexOf("/") + 1).replace(/\.json$/, "");
  const parsed = parseJsonFile(file, push);
  if (!parsed.ok || !parsed.locate) return { file: file.path, id };
  const locate = parsed.locate;
  const record = parsed.value;
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    push(
      "error",
      "data-shape",
      say.dataShape('một chiến dịch: { "name": "…", "kind": "festival", "year": 2022, … }', record),
      1,
    );
    return { file: file.path, id };
  }
  const result = campaignSchema.safeParse(record);
  if (!result.success) {
    for (const issue of result.error.issues)
      issueMessages(issue, record, campaignSchema as unknown as z.ZodType, locate, push, fieldLabel);
  }
  const r = record as Record<string, unknown>;
  const year = typeof r.year === "number" && Number.isInteger(r.year) ? r.year : undefined;
  const validDate = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  let datesDisagree = false;
  if (year !== undefined) {
    for (const field of ["startDate", "endDate"] as const) {
      const value = r[field];
      if (validDate(value) && Number(value.slice(0, 4)) !== year) {
        datesDisagree = true;
        push("error", "campaign-year-mismatch", say.campaignYearMismatch(year, field, value), locate([field]), field);
      }
    }
  }
  // The id begins with the year the campaign was made for (npm run new, the form editor): another "year" is likely a slip.
  // Not said again when the dates already disagree with "year": one mistake, one message.
  const idYear = /^(\d{4})-/.exec(id)?.[1];
  if (year !== undefined && idYear !== undefined && Number(idYear) !== year && !datesDisagree) {
    push("warning", "campaign-id-year", say.campaignIdYear(id, year), locate(["year"]), "year");
  }
  if (validDate(r.startDate) && validDate(r.endDate) && r.endDate < r.startDate) {
    push(
      "error",
      "campaign-dates-order",
      say.campaignDatesOrder(r.startDate, r.endDate),
      locate(["endDate"]),
      "endDate",
    );
  }
  warnInsecure(r, (path) => locate(path), "", push);
  if (
    typeof r.startTime === "string" &&
    typeof r.endTime === "string" &&
    (r.endDate === undefined || r.endDate === r.startDate) &&
    r.endTime <= r.startTime
  ) {
    push(
      "error",
      "campaign-times-order",
      say.campaignTimesOrder(r.startTime, r.endTime),
      locate(["endTime"]),
      "endTime",
    );
  }
  collectSourceRefs(
    r,
    file.path,
    (i) => locate(["sources", i, "article"]),
    (i) => fieldLabel(["sources", i, "article"]),
    articleRefs,
  );
  return {
    file: file.path,
    id,
    year,
    unitsCollected: result.success ? result.data.unitsCollected : undefined,
  };
}

// ---------------------------------------------------------------- the whole site

/** Every error and warning for the site, errors and warnings in file order. */
export function checkSite(site: SiteSnapshot): CheckMessage[] {
  const messages: CheckMessage[] = [];
  const articles = site.articles.map((file) => checkArticle(file, site, messages));

  for (const name of site.brokenLinks) collector(messages, name)("error", "link-broken", say.linkBroken(name));
  for (const name of site.newMdxFiles) collector(messages, name)("warning", "mdx-new", say.mdxNew(name), 1);
  for (const name of site.ignoredArticleFiles)
    collector(messages, name)("warning", "file-ignored", say.fileIgnored(name));
  for (const name of site.ignoredCampaignFiles)
    collector(messages, name)("warning", "file-ignored", say.fileIgnored(name));

  // Slugs: the file or folder name is the page address, so it must be a valid slug and unique.
  const bySlug = new Map<string, ArticleInfo[]>();
  for (const article of articles) {
    const name = article.slug;
    if (!isSlug(name)) {
      collector(messages, article.file)("error", "slug-invalid", say.slugInvalid(name, slugify(name)), 1);
    } else if (name.length > MAX_SLUG_LENGTH) {
      collector(messages, article.file)("error", "slug-too-long", say.slugTooLong(name, MAX_SLUG_LENGTH), 1);
    }
    const key = name.toLowerCase();
    bySlug.set(key, [...(bySlug.get(key) ?? []), article]);
  }
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const article of group.slice(1)) {
      const others = group.filter((other) => other !== article).map((other) => other.file);
      collector(messages, article.file)("error", "slug-duplicate", say.slugDuplicate(article.slug, others), 1);
    }
  }

  const articleRefs: SourceRef[] = [];
  const years = checkYears(site, messages, articleRefs);
  const campaigns = site.campaigns
    .map((file) => checkCampaign(file, messages, articleRefs))
    .filter((c): c is CampaignInfo => c !== undefined);

  // Campaign ids are file names; x.json and X.json would collide on Windows and macOS and confuse readers.
  const byId = new Map<string, CampaignInfo[]>();
  for (const campaign of campaigns) {
    if (!isSlug(campaign.id)) {
      collector(messages, campaign.file)(
        "error",
        "campaign-id-invalid",
        say.campaignIdInvalid(`${campaign.id}.json`, slugify(campaign.id)),
        1,
      );
    }
    const key = campaign.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), campaign]);
  }
  for (const group of byId.values()) {
    for (const campaign of group.slice(1)) {
      const others = group.filter((other) => other !== campaign).map((other) => other.file);
      collector(messages, campaign.file)(
        "error",
        "campaign-id-duplicate",
        say.campaignIdDuplicate(campaign.id, others),
        1,
      );
    }
  }

  const campaignIds = campaigns.map((campaign) => campaign.id).sort();
  const known = new Set(campaignIds);
  for (const article of articles) {
    for (const ref of article.campaigns) {
      if (!known.has(ref.id)) {
        collector(messages, article.file)(
          "error",
          "campaign-unknown",
          say.campaignUnknown(ref.id, closest(ref.id, campaignIds), campaignIds),
          ref.line(),
          ref.field,
        );
      }
    }
  }

  const slugs = new Set(articles.map((article) => article.slug));
  for (const ref of articleRefs) {
    if (!slugs.has(ref.slug))
      collector(messages, ref.file)("error", "article-unknown", say.articleUnknown(ref.slug), ref.line, ref.field);
  }

  // Warnings: figures that disagree with each other, which a typo usually explains.
  const sums = campaignUnitsByYear(campaigns.filter((c): c is CampaignInfo & { year: number } => c.year !== undefined));
  for (const year of years) {
    const sum = sums.get(year.year);
    if (sum !== undefined && year.unitsCollected !== undefined && sum > year.unitsCollected) {
      const files = campaigns.filter((c) => c.year === year.year && c.unitsCollected !== undefined).map((c) => c.file);
      collector(messages, site.years!.path)(
        "warning",
        "campaign-sum-exceeds-year",
        say.campaignSumExceedsYear(year.year, sum, year.unitsCollected, files),
        year.unitsLine,
        `năm ${year.year}: unitsCollected`,
      );
    }
    if (
      year.unitsCollected !== undefined &&
      year.unitTarget !== undefined &&
      year.unitTarget > 0 &&
      year.percentOfTarget !== undefined &&
      percentDisagrees(year.unitsCollected, year.unitTarget, year.percentOfTarget)
    ) {
      collector(messages, site.years!.path)(
        "warning",
        "percent-disagrees",
        say.percentDisagrees(year.year, year.unitsCollected, year.unitTarget, year.percentOfTarget),
        year.percentLine,
        `năm ${year.year}: percentOfTarget`,
      );
    }
    if (
      year.quotaUnits !== undefined &&
      year.unitTarget !== undefined &&
      year.targetPercentOfQuota !== undefined &&
      quotaDisagrees(year.unitTarget, year.quotaUnits, year.targetPercentOfQuota)
    ) {
      collector(messages, site.years!.path)(
        "warning",
        "quota-disagrees",
        say.quotaDisagrees(year.year, year.unitTarget, year.quotaUnits, year.targetPercentOfQuota),
        year.quotaLine,
        `năm ${year.year}: quotaUnits`,
      );
    }
  }
  return sortAndDedupe(messages);
}

/**
 * One message per mistake (a date like 05/03/2024 breaks two rules but is one
 * mistake), in file and line order so the report reads top to bottom.
 */
function sortAndDedupe(messages: CheckMessage[]): CheckMessage[] {
  const seen = new Set<string>();
  const unique = messages.filter((m) => {
    const key = [m.file, m.line, m.field, m.code, m.found].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
