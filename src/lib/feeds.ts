/**
 * Items of the news feed from the articles' front matter. The date is a day
 * in Hà Nội (see format.ts), so it is anchored at noon there, not at UTC midnight.
 */
import type { ArticleFrontmatter } from "../schemas/article.ts";
import { dateFromIso } from "./format.ts";

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

export function rssItems(
  articles: { id: string; data: Pick<ArticleFrontmatter, "title" | "description" | "date" | "tags" | "authors"> }[],
  linkOf: (id: string) => string,
): FeedItem[] {
  return articles.map((a) => ({
    title: a.data.title,
    description: a.data.description,
    link: linkOf(a.id),
    pubDate: dateFromIso(a.data.date),
    categories: a.data.tags,
  }));
}
