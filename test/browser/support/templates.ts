/**
 * One page for each template of the site, found in the built output so the
 * same tests work on the real site and on the fixture site.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./build.ts";

export interface Template {
  name: string;
  /** Path below the base: "", "tin-tuc/", … */
  path: string;
  status: 200 | 404;
}

export const TEMPLATE_NAMES = [
  "home",
  "news-list",
  "article",
  "campaign-list",
  "campaign",
  "statistics",
  "not-found",
  // The search page is not one of the seven templates of the issue, but it runs the most script; test it when present.
  ...(existsSync(path.join(ROOT, "src/pages/tim-kiem")) ? ["search"] : []),
] as const;

function subpages(dist: string, dir: string): string[] {
  const full = path.join(dist, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "trang" && existsSync(path.join(full, e.name, "index.html")))
    .map((e) => `${dir}/${e.name}/`)
    .sort();
}

/** The article with the most charts (an MDX article embedding them), else the first. */
function pickArticle(dist: string): string {
  const articles = subpages(dist, "tin-tuc");
  const charts = (p: string) => readFileSync(path.join(dist, p, "index.html"), "utf8").split("data-chart-data").length;
  const best = [...articles].sort((a, b) => charts(b) - charts(a))[0];
  if (!best) throw new Error(`no article page in ${dist}/tin-tuc`);
  return best;
}

export function findTemplates(dist: string): Map<string, Template> {
  const campaign = subpages(dist, "chien-dich")[0];
  if (!campaign) throw new Error(`no campaign page in ${dist}/chien-dich`);
  const all: Template[] = [
    { name: "home", path: "", status: 200 },
    { name: "news-list", path: "tin-tuc/", status: 200 },
    { name: "article", path: pickArticle(dist), status: 200 },
    { name: "campaign-list", path: "chien-dich/", status: 200 },
    { name: "campaign", path: campaign, status: 200 },
    { name: "statistics", path: "so-lieu/", status: 200 },
    { name: "not-found", path: "khong-co-trang-nay/", status: 404 },
    { name: "search", path: "tim-kiem/", status: 200 },
  ];
  return new Map(all.map((t) => [t.name, t]));
}
