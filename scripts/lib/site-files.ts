/**
 * Reads a site tree (the real one, or a fixture via GIOT_HONG_ROOT / --root)
 * into the snapshot that src/lib/content-check.ts checks. Reads only: the
 * check never writes a content or data file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentPaths } from "../../src/content-paths.ts";
import { compareText } from "../../src/lib/compare.ts";
import { todayIso } from "../../src/lib/format.ts";
import type { SiteSnapshot, SourceFile } from "../../src/lib/content-check.ts";

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
  const read = (path: string): SourceFile => ({ path: rel(path), text: readFileSync(path, "utf8") });

  const articles: SourceFile[] = [];
  const ignoredArticleFiles: string[] = [];
  for (const name of listDir(paths.articles)) {
    const full = join(paths.articles, name);
    if (statSync(full).isDirectory()) {
      // A folder is an article when it holds index.md (or index.mdx) with its pictures.
      for (const inner of listDir(full)) {
        const innerFull = join(full, inner);
        if (/^index\.(md|mdx)$/.test(inner)) articles.push(read(innerFull));
        else if (LOOKS_LIKE_ARTICLE.test(inner)) ignoredArticleFiles.push(rel(innerFull));
      }
    } else if (ARTICLE_EXTENSIONS.test(name)) {
      articles.push(read(full));
    } else if (LOOKS_LIKE_ARTICLE.test(name)) {
      ignoredArticleFiles.push(rel(full));
    }
  }

  const campaigns: SourceFile[] = [];
  const ignoredCampaignFiles: string[] = [];
  for (const name of listDir(paths.campaigns)) {
    const full = join(paths.campaigns, name);
    if (name.endsWith(".json")) campaigns.push(read(full));
    else ignoredCampaignFiles.push(rel(full));
  }

  const byPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path);
  return {
    articlesDir: rel(paths.articles),
    articles: articles.sort(byPath),
    ignoredArticleFiles: ignoredArticleFiles.sort(),
    yearsPath: rel(paths.years),
    years: existsSync(paths.years) ? read(paths.years) : undefined,
    campaigns: campaigns.sort(byPath),
    ignoredCampaignFiles: ignoredCampaignFiles.sort(),
    fileExists: (path) => existsSync(join(root, path)),
    today,
  };
}
