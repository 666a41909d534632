import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import { corpusShape, FICTION_NOTE, generateCorpus, makeRandom } from "../../scripts/lib/bench-corpus.ts";
import { articleFrontmatterSchema } from "../../src/schemas/article.ts";
import { campaignSchema } from "../../src/schemas/campaign.ts";
import { yearSchema } from "../../src/schemas/year.ts";
import { isSlug } from "../../src/lib/slug.ts";

describe("makeRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = makeRandom(7);
    const b = makeRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(makeRandom(8)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("corpusShape", () => {
  it("gives about a hundred articles a year and a campaign per ten articles, within 3 to 40 years", () => {
    expect(corpusShape(1000)).toEqual({ years: 10, campaigns: 100 });
    expect(corpusShape(10000)).toEqual({ years: 40, campaigns: 1000 });
    expect(corpusShape(5)).toEqual({ years: 3, campaigns: 3 });
  });
});

describe("generateCorpus", () => {
  const corpus = generateCorpus({ articles: 120 });

  it("writes records the site's own schemas accept", () => {
    for (const year of corpus.years) expect(yearSchema.safeParse(year).success).toBe(true);
    for (const c of corpus.campaigns) expect(campaignSchema.safeParse(c.data).success, c.id).toBe(true);
    for (const a of corpus.articles) {
      // gray-matter reads unquoted dates as Date objects, as Astro does; the schema takes them back.
      const result = articleFrontmatterSchema.safeParse(matter(a.source).data);
      expect(result.success, a.id).toBe(true);
    }
  });

  it("links each article to an existing campaign of the article's year", () => {
    const campaigns = new Map(corpus.campaigns.map((c) => [c.id, c.data.year]));
    for (const a of corpus.articles) {
      const { data } = matter(a.source);
      const year = new Date(data.date as Date).getUTCFullYear();
      for (const id of data.campaigns as string[]) expect(campaigns.get(id)).toBe(year);
    }
  });

  it("uses unique slugs and bodies of about 5 KB, each marked as fiction", () => {
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(120);
    expect(corpus.articles.every((a) => isSlug(a.id))).toBe(true);
    for (const a of corpus.articles) {
      const { content, data } = matter(a.source);
      const bytes = new TextEncoder().encode(content).length;
      expect(bytes).toBeGreaterThanOrEqual(5000);
      expect(bytes).toBeLessThan(6000);
      expect(content).toContain(FICTION_NOTE);
      expect(data.title).toContain("hư cấu");
    }
    expect(corpus.campaigns.every((c) => c.data.name.includes("hư cấu"))).toBe(true);
  });

  it("is the same corpus for the same size and seed", () => {
    expect(generateCorpus({ articles: 120 })).toEqual(corpus);
    expect(generateCorpus({ articles: 120, seed: 2 }).articles[0].source).not.toBe(corpus.articles[0].source);
  });
});
