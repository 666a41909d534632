import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import {
  adjacentArticles,
  relatedArticles,
  relatedArticlesByScan,
  relatedIndex,
  type NavArticle,
} from "../../src/lib/navigation.ts";
import { generateCorpus } from "../../scripts/lib/bench-corpus.ts";
import { fixtureArticles } from "./fixture-data.ts";

const ids = (list: NavArticle[]) => list.map((x) => x.id);

/** Articles with few distinct tags and campaigns, so ties (same counts, same day) are common. */
function generated(count: number): NavArticle[] {
  return generateCorpus({ articles: count, seed: 5 }).articles.map(({ id, source }) => {
    const data = matter(source).data as { title: string; date: Date; campaigns: string[]; tags: string[] };
    // Same date and title for many articles: the tie-breaks must still agree with the definition.
    return { id, data: { ...data, date: data.date.toISOString().slice(0, 7) + "-01", title: "Cùng tên" } };
  });
}

describe("relatedIndex gives the same answers as comparing every pair", () => {
  it("on the fixture articles, for several limits", () => {
    const all = fixtureArticles().filter((x) => !x.data.draft);
    for (const limit of [1, 3, 10]) {
      const index = relatedIndex(all, limit);
      for (const article of all)
        expect(ids(index.get(article.id)!)).toEqual(ids(relatedArticlesByScan(article, all, limit)));
    }
  });

  it("on 300 generated articles full of ties, in any list order", () => {
    const all = generated(300);
    const shuffled = [...all].reverse();
    for (const list of [all, shuffled]) {
      const index = relatedIndex(list);
      for (const article of list)
        expect(ids(index.get(article.id)!)).toEqual(ids(relatedArticlesByScan(article, list)));
    }
  });

  it("counts a campaign or topic written twice once, and never relates an article to itself", () => {
    const list: NavArticle[] = [
      { id: "a", data: { title: "A", date: "2024-01-01", campaigns: ["x", "x"], tags: ["Kết quả", "kết quả"] } },
      { id: "b", data: { title: "B", date: "2024-01-02", campaigns: ["x"], tags: [] } },
      { id: "c", data: { title: "C", date: "2024-01-03", campaigns: [], tags: ["ket qua"] } },
    ];
    for (const article of list)
      expect(ids(relatedArticles(article, list))).toEqual(ids(relatedArticlesByScan(article, list)));
    expect(ids(relatedArticles(list[0], list))).toEqual(["b", "c"]);
  });
});

describe("adjacentArticles with its position map", () => {
  it("answers for every article of a list and for one not in it", () => {
    const all = generated(50);
    all.forEach((article, i) =>
      expect(adjacentArticles(article, all)).toEqual({ previous: all[i + 1], next: i > 0 ? all[i - 1] : undefined }),
    );
    expect(adjacentArticles<{ id: string }>({ id: "khong-co" }, all)).toEqual({});
  });
});
