/**
 * Reads the fictional fixture site (test/fixtures/site) as plain, schema-checked
 * records, the way the content collections would, so unit tests and the build
 * test compute their expectations from the same data the build reads.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { articleFrontmatterSchema, type ArticleFrontmatter } from "../../src/schemas/article.ts";
import { campaignSchema, type CampaignRecord } from "../../src/schemas/campaign.ts";
import { yearSchema, type YearRecord } from "../../src/schemas/year.ts";

export const FIXTURE_ROOT = fileURLToPath(new URL("../fixtures/site/", import.meta.url));

export interface FixtureArticle {
  id: string;
  file: string;
  data: ArticleFrontmatter;
  body: string;
}

export function fixtureYears(): YearRecord[] {
  const raw = JSON.parse(readFileSync(join(FIXTURE_ROOT, "data/years.json"), "utf8")) as unknown[];
  return raw.map((record) => yearSchema.parse(record));
}

export function fixtureCampaigns(): { id: string; data: CampaignRecord }[] {
  const dir = join(FIXTURE_ROOT, "data/campaigns");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({
      id: name.replace(/\.json$/, ""),
      data: campaignSchema.parse(JSON.parse(readFileSync(join(dir, name), "utf8"))),
    }));
}

/** All articles, drafts included (the build leaves drafts out; tests check that). */
export function fixtureArticles(): FixtureArticle[] {
  const dir = join(FIXTURE_ROOT, "src/content/articles");
  return readdirSync(dir)
    .sort()
    .flatMap((name): FixtureArticle[] => {
      const path = join(dir, name);
      let file: string;
      let id: string;
      if (statSync(path).isDirectory()) {
        const index = readdirSync(path).find((f) => /^index\.mdx?$/.test(f));
        if (!index) return [];
        file = join(path, index);
        id = name;
      } else if (/\.mdx?$/.test(name)) {
        file = path;
        id = name.replace(/\.mdx?$/, "");
      } else {
        return [];
      }
      const parsed = matter(readFileSync(file, "utf8"));
      return [{ id, file, data: articleFrontmatterSchema.parse(parsed.data), body: parsed.content }];
    });
}

export function publishedFixtureArticles(): FixtureArticle[] {
  return fixtureArticles().filter((a) => !a.data.draft);
}
