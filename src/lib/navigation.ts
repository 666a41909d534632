/**
 * How articles lead to one another: topics (tags) with their own pages,
 * related articles (same campaign first, then same topic) and the previous
 * and next article in date order.
 */
import type { ArticleFrontmatter } from "../schemas/article.ts";
import { slugify } from "./slug.ts";

export interface NavArticle {
  id: string;
  data: Pick<ArticleFrontmatter, "title" | "date" | "campaigns" | "tags">;
}

export interface Topic<A> {
  slug: string;
  /** The tag as first written (newest article first). */
  label: string;
  /** Newest first. */
  articles: A[];
}

/** Topics by slug, so "kết quả" and "Kết quả" share one page; sorted by label in Vietnamese order. */
export function topics<A extends NavArticle>(articlesNewestFirst: A[]): Topic<A>[] {
  const bySlug = new Map<string, Topic<A>>();
  for (const article of articlesNewestFirst) {
    for (const tag of new Set(article.data.tags.map((t) => t.trim()))) {
      const slug = slugify(tag);
      if (!slug) continue;
      const topic = bySlug.get(slug) ?? { slug, label: tag, articles: [] };
      if (!topic.articles.includes(article)) topic.articles.push(article);
      bySlug.set(slug, topic);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

function overlap(a: string[], b: string[]): number {
  const set = new Set(b);
  return new Set(a.filter((x) => set.has(x))).size;
}

/**
 * Articles sharing a campaign with `article` come first (more shared campaigns
 * first), then those sharing only topics (more shared topics first); within a
 * tie, the one published closest in time to `article` (same season, same
 * campaign year), then the newer. Articles sharing nothing are not related.
 * Closest rather than newest also keeps a new article out of the related
 * lists of the whole archive: Astro's incremental build renders again only
 * the pages whose related articles changed (src/lib/cache-key.ts).
 *
 * Every article page asks this of the whole list, so comparing each article
 * with every other one made a build quadratic (10,000 articles: 10^8 pairs,
 * each slugifying tags). The answer for every article of a list is instead
 * worked out once, from who shares which campaign and topic, and remembered
 * for that list.
 */
export function relatedArticles<A extends NavArticle>(article: A, all: A[], limit = 3): A[] {
  let byLimit = relatedCache.get(all);
  if (!byLimit) relatedCache.set(all, (byLimit = new Map()));
  let index = byLimit.get(limit) as Map<string, A[]> | undefined;
  if (!index) byLimit.set(limit, (index = relatedIndex(all, limit)));
  return index.get(article.id) ?? relatedArticlesByScan(article, all, limit);
}

const relatedCache = new WeakMap<object, Map<number, Map<string, NavArticle[]>>>();

/** Days since 1970 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The order of relatedArticles around an article published on `day`: shared campaigns, shared topics, closest in time, newest, then title. */
function compareRelated<A extends NavArticle>(day: number) {
  return (a: { other: A; campaigns: number; tags: number }, b: { other: A; campaigns: number; tags: number }) =>
    b.campaigns - a.campaigns ||
    b.tags - a.tags ||
    Math.abs(dayNumber(a.other.data.date) - day) - Math.abs(dayNumber(b.other.data.date) - day) ||
    b.other.data.date.localeCompare(a.other.data.date) ||
    a.other.data.title.localeCompare(b.other.data.title, "vi");
}

/** The related articles of every article of `all`, by id; the same answers as relatedArticlesByScan. */
export function relatedIndex<A extends NavArticle>(all: A[], limit = 3): Map<string, A[]> {
  const n = all.length;
  const campaignsOf = all.map((a) => [...new Set(a.data.campaigns)]);
  const tagsOf = all.map((a) => [...new Set(a.data.tags.map(slugify))]);
  const byKey = (lists: string[][]) => {
    const map = new Map<string, number[]>();
    lists.forEach((keys, i) => {
      for (const key of keys) {
        const list = map.get(key);
        if (list) list.push(i);
        else map.set(key, [i]);
      }
    });
    return map;
  };
  const byCampaign = byKey(campaignsOf);
  const byTag = byKey(tagsOf);
  // Newest first, then by title: one sort for the whole list, so candidates compare by a number.
  const order = all.map((_, i) => i);
  const byDateTitle = (i: number, j: number) =>
    all[j].data.date.localeCompare(all[i].data.date) || all[i].data.title.localeCompare(all[j].data.title, "vi");
  order.sort(byDateTitle);
  const rank = new Int32Array(n);
  const days = Float64Array.from(all, (a) => dayNumber(a.data.date));
  order.forEach((i, k) => (rank[i] = k > 0 && byDateTitle(order[k - 1], i) === 0 ? rank[order[k - 1]] : k));

  const campaignCount = new Int32Array(n);
  const tagCount = new Int32Array(n);
  const touched = new Int32Array(n);
  const result = new Map<string, A[]>();
  for (let self = 0; self < n; self++) {
    const id = all[self].id;
    let touchedCount = 0;
    const touch = (lists: Map<string, number[]>, keys: string[], counts: Int32Array) => {
      for (const key of keys)
        for (const i of lists.get(key) ?? []) {
          if (i === self) continue;
          if (campaignCount[i] === 0 && tagCount[i] === 0) touched[touchedCount++] = i;
          counts[i]++;
        }
    };
    touch(byCampaign, campaignsOf[self], campaignCount);
    touch(byTag, tagsOf[self], tagCount);
    // The best `limit` candidates; list position breaks the last ties, as the stable sort does.
    const distance = (i: number) => Math.abs(days[i] - days[self]);
    const better = (i: number, c: number, t: number, j: number, cj: number, tj: number) =>
      c !== cj
        ? c > cj
        : t !== tj
          ? t > tj
          : distance(i) !== distance(j)
            ? distance(i) < distance(j)
            : rank[i] !== rank[j]
              ? rank[i] < rank[j]
              : i < j;
    const top: number[] = [];
    const topC: number[] = [];
    const topT: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k];
      const c = campaignCount[i];
      const t = tagCount[i];
      campaignCount[i] = 0;
      tagCount[i] = 0;
      let at = top.length;
      while (at > 0 && better(i, c, t, top[at - 1], topC[at - 1], topT[at - 1])) at--;
      if (at >= limit) continue;
      top.splice(at, 0, i);
      topC.splice(at, 0, c);
      topT.splice(at, 0, t);
      if (top.length > limit) {
        top.pop();
        topC.pop();
        topT.pop();
      }
    }
    if (!result.has(id))
      result.set(
        id,
        top.map((i) => all[i]),
      );
  }
  return result;
}

/** The definition of relatedArticles, comparing the article with every other one (kept to test relatedIndex). */
export function relatedArticlesByScan<A extends NavArticle>(article: A, all: A[], limit = 3): A[] {
  const tags = article.data.tags.map(slugify);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({
      other,
      campaigns: overlap(article.data.campaigns, other.data.campaigns),
      tags: overlap(tags, other.data.tags.map(slugify)),
    }))
    .filter((r) => r.campaigns > 0 || r.tags > 0)
    .sort(compareRelated(dayNumber(article.data.date)))
    .slice(0, limit)
    .map((r) => r.other);
}

const positionCache = new WeakMap<object, Map<string, number>>();

/** In a newest-first list: the older article (previous) and the newer one (next). */
export function adjacentArticles<A extends { id: string }>(article: A, newestFirst: A[]): { previous?: A; next?: A } {
  // A position map per list, made once: a findIndex per page was quadratic over the build.
  let positions = positionCache.get(newestFirst);
  if (!positions) {
    positions = new Map();
    for (let k = newestFirst.length - 1; k >= 0; k--) positions.set(newestFirst[k].id, k);
    positionCache.set(newestFirst, positions);
  }
  const i = positions.get(article.id) ?? -1;
  if (i < 0) return {};
  return { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined };
}
