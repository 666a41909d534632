/**
 * Reads a site tree (the real one, or a fixture via GIOT_HONG_ROOT / --root)
 * into the snapshot that scripts/lib/content-check.ts checks. Reads only: the
 * check never writes a content or data file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentPaths } from "../../src/content-paths.ts";
import { compareText } from "../../src/lib/compare.ts";
import { todayIso } from "../../src/lib/format.ts";
import { decodeSourceText, unreadableProblem } from "../../src/lib/source-text.ts";
import type { SiteSnapshot, SourceFile } from "./content-check.ts";

const ARTICLE_EXTENSIONS = /\.(md|mdx)$/;
/** Names that look like an article but which the site's glob would skip. */
const LOOKS_LIKE_ARTICLE = /\.(md|mdx|markdown|mdown|txt)$/i;

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith("."));
  } catch {
    return [];
  }
}

export function readSite(root: string, today: string = todayIso()): SiteSnapshot {
  const paths = contentPaths(root);
  const rel = (path: string) => toPosix(relative(root, path)) || ".";
  const brokenLinks: string[] = [];
  // Bytes, not text: the check says which line is not UTF-8 instead of reading it as "�".
  const read = (path: string, lineEnds: "any" | "lf-or-crlf"): SourceFile => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { path: rel(path), text: "", problem: unreadableProblem((error as NodeJS.ErrnoException).code ?? "") };
    }
    const decoded = decodeSourceText(bytes, lineEnds);
    return decoded.ok
      ? { path: rel(path), text: decoded.text }
      : { path: rel(path), text: "", problem: decoded.problem };
  };
  /** Whether a name is a folder; a link to nothing is noted and skipped. */
  const isDirectory = (full: string): boolean | undefined => {
    try {
      return statSync(full).isDirectory();
    } catch {
      if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) brokenLinks.push(rel(full));
      return undefined;
    }
  };

  const articles: SourceFile[] = [];
  const ignoredArticleFiles: string[] = [];
  for (const name of listDir(paths.articles)) {
    const full = join(paths.articles, name);
    const directory = isDirectory(full);
    if (directory === undefined) continue;
    if (directory) {
      // A folder is an article when it holds index.md (or index.mdx) with its pictures.
      for (const inner of listDir(full)) {
        const innerFull = join(full, inner);
        if (isDirectory(innerFull) === undefined) continue;
        if (/^index\.(md|mdx)$/.test(inner)) articles.push(read(innerFull, "lf-or-crlf"));
        else if (LOOKS_LIKE_ARTICLE.test(inner)) ignoredArticleFiles.push(rel(innerFull));
      }
    } else if (ARTICLE_EXTENSIONS.test(name)) {
      articles.push(read(full, "lf-or-crlf"));
    } else if (LOOKS_LIKE_ARTICLE.test(name)) {
      ignoredArticleFiles.push(rel(full));
    }
  }

  const campaigns: SourceFile[] = [];
  const ignoredCampaignFiles: string[] = [];
  for (const name of listDir(paths.campaigns)) {
    const full = join(paths.campaigns, name);
    if (isDirectory(full) === undefined) continue;
    if (name.endsWith(".json")) campaigns.push(read(full, "any"));
    else ignoredCampaignFiles.push(rel(full));
  }

  const byPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path);
  return {
    articlesDir: rel(paths.articles),
    articles: articles.sort(byPath),
    ignoredArticleFiles: ignoredArticleFiles.sort(),
    yearsPath: rel(paths.years),
    years: isDirectory(paths.years) === false ? read(paths.years, "any") : undefined,
    campaigns: campaigns.sort(byPath),
    ignoredCampaignFiles: ignoredCampaignFiles.sort(),
    brokenLinks: brokenLinks.sort(),
    newMdxFiles: newMdxFiles(
      root,
      articles.map((file) => file.path).filter((path) => path.endsWith(".mdx")),
    ),
    fileExists: (path) => existsSync(join(root, path)),
    today,
  };
}

/**
 * MDX files this change adds: not yet committed, or (in a pull request on
 * GitHub Actions) not on the branch it will merge into. Empty outside git.
 */
function newMdxFiles(root: string, mdx: string[]): string[] {
  if (mdx.length === 0) return [];
  const git = (...args: string[]) => spawnSync("git", ["-C", root, ...args], { encoding: "utf8" });
  const top = git("rev-parse", "--show-toplevel");
  if (top.status !== 0) return [];
  const prefix = toPosix(relative(top.stdout.trim(), root));
  const inRepo = (path: string) => (prefix ? `${prefix}/${path}` : path);
  const base = process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : "HEAD";
  // A shallow clone without the base branch, or a repository without commits: nothing to compare with.
  if (git("rev-parse", "--verify", "--quiet", `${base}^{commit}`).status !== 0) return [];
  return mdx.filter((path) => git("cat-file", "-e", `${base}:${inRepo(path)}`).status !== 0);
}
