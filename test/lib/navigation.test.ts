import { describe, expect, it } from "vitest";
import { adjacentArticles, relatedArticles, topics, type NavArticle } from "../../src/lib/navigation.ts";
import { buildContentIndex } from "../../src/lib/content-index.ts";
import { fixtureArticles, fixtureCampaigns, fixtureYears } from "./fixture-data.ts";

function a(id: string, date: string, campaigns: string[], tags: string[]): NavArticle {
  return { id, data: { title: id, date, campaigns, tags } };
}

const list = [
  a("e", "2025-05-01", [], ["thông báo"]),
  a("d", "2025-04-01", ["x"], ["Kết quả"]),
  a("c", "2025-03-01", [], ["kết quả", "sức khỏe"]),
  a("b", "2025-02-01", ["x", "y"], []),
  a("a", "2025-01-01", ["x"], ["kết quả", "sức khỏe"]),
];

describe("topics", () => {
  it("groups tags by slug, keeps the first spelling, sorts in Vietnamese order", () => {
    expect(topics(list).map((t) => [t.slug, t.label, t.articles.map((x) => x.id)])).toEqual([
      ["ket-qua", "Kết quả", ["d", "c", "a"]],
      ["suc-khoe", "sức khỏe", ["c", "a"]],
      ["thong-bao", "thông báo", ["e"]],
    ]);
  });
});

describe("relatedArticles", () => {
  it("puts shared campaigns first, then shared topics, and leaves out unrelated articles", () => {
    const article = list[4]; // a: campaign x, topics kết quả + sức khỏe
    expect(relatedArticles(article, list, 5).map((x) => x.id)).toEqual(["d", "b", "c"]);
  });
  it("stops at the limit", () => {
    expect(relatedArticles(list[4], list, 1).map((x) => x.id)).toEqual(["d"]);
  });
  it("within a tie, prefers the articles published closest in time, then the newer", () => {
    const tied = [
      a("2024-moi", "2024-12-01", [], ["hiến máu"]),
      a("2021-thang-7", "2021-07-01", [], ["hiến máu"]),
      a("2021-thang-5", "2021-05-02", [], ["hiến máu"]),
      a("2021-thang-6", "2021-06-01", [], ["hiến máu"]),
      a("2021-thang-4", "2021-04-01", [], ["hiến máu"]),
      a("2019-cu", "2019-01-01", [], ["hiến máu"]),
    ];
    const article = tied[3]; // 1 June 2021: July and 2 May are both 30 days away, the newer first
    expect(relatedArticles(article, tied).map((x) => x.id)).toEqual(["2021-thang-7", "2021-thang-5", "2021-thang-4"]);
    // A new article on the same topic leaves the related articles of an older one as they were.
    const withNew = [a("2025-moi-nhat", "2025-11-20", [], ["hiến máu"]), ...tied];
    expect(relatedArticles(article, withNew)).toEqual(relatedArticles(article, tied));
  });
  it("is empty for an article that shares nothing", () => {
    expect(relatedArticles(list[0], list)).toEqual([]);
  });
});

describe("adjacentArticles", () => {
  it("gives the older article as previous and the newer one as next", () => {
    expect(adjacentArticles(list[2], list)).toEqual({ previous: list[3], next: list[1] });
  });
  it("has no next for the newest and no previous for the oldest", () => {
    expect(adjacentArticles(list[0], list)).toEqual({ previous: list[1], next: undefined });
    expect(adjacentArticles(list[4], list)).toEqual({ previous: undefined, next: list[3] });
  });
});

describe("over the fixture site", () => {
  const site = buildContentIndex(
    fixtureArticles().filter((x) => !x.data.draft),
    fixtureYears(),
    fixtureCampaigns(),
  );
  it("relates every article only to articles sharing a campaign or a topic", () => {
    for (const article of site.articles) {
      for (const other of relatedArticles(article, site.articles)) {
        const sharesCampaign = other.data.campaigns.some((c) => article.data.campaigns.includes(c));
        const sharesTopic = other.data.tags.some((t) => article.data.tags.includes(t));
        expect(sharesCampaign || sharesTopic).toBe(true);
      }
    }
  });
});
