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
 * first), then those sharing only topics (more shared topics first); newest
 * first within a tie. Articles sharing nothing are not related.
 */
export function relatedArticles<A extends NavArticle>(article: A, all: A[], limit = 3): A[] {
  const tags = article.data.tags.map(slugify);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({
      other,
      campaigns: overlap(article.data.campaigns, other.data.campaigns),
      tags: overlap(tags, other.data.tags.map(slugify)),
    }))
    .filter((r) => r.campaigns > 0 || r.tags > 0)
    .sort(
      (a, b) =>
        b.campaigns - a.campaigns ||
        b.tags - a.tags ||
        b.other.data.date.localeCompare(a.other.data.date) ||
        a.other.data.title.localeCompare(b.other.data.title, "vi"),
    )
    .slice(0, limit)
    .map((r) => r.other);
}

/** In a newest-first list: the older article (previous) and the newer one (next). */
export function adjacentArticles<A extends { id: string }>(article: A, newestFirst: A[]): { previous?: A; next?: A } {
  const i = newestFirst.findIndex((a) => a.id === article.id);
  if (i < 0) return {};
  return { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined };
}
