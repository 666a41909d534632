import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { makeArticleSchema } from "./schemas/article.ts";
import { campaignSchema } from "./schemas/campaign.ts";
import { yearSchema } from "./schemas/year.ts";
import { articleHtmlDir, contentPaths } from "./content-paths.ts";
import { withHtmlOutsideStore } from "./lib/article-html.ts";

const paths = contentPaths();

/** `foo.md` and `foo/index.md` are both the article `foo`: the slug is the file or folder name. */
function articleId({ entry }: { entry: string }): string {
  return entry.replace(/\.mdx?$/, "").replace(/\/index$/, "");
}

const articles = defineCollection({
  // Markdown articles' HTML is kept in files, not in the store Astro bundles (src/lib/article-html.ts).
  // MDX articles keep their source, as they are compiled and rendered per page.
  loader: withHtmlOutsideStore(
    glob({ pattern: ["*.{md,mdx}", "*/index.{md,mdx}"], base: paths.articles, generateId: articleId }),
    articleHtmlDir(),
  ),
  schema: ({ image }) => makeArticleSchema(image()),
});

const years = defineCollection({
  // years.json is a list of years; the file loader wants ids, so key each record by its year.
  loader: file(paths.years, {
    parser: (text) =>
      Object.fromEntries((JSON.parse(text) as { year: unknown }[]).map((record) => [String(record.year), record])),
  }),
  schema: yearSchema,
});

const campaigns = defineCollection({
  loader: glob({ pattern: "*.json", base: paths.campaigns, generateId: ({ entry }) => entry.replace(/\.json$/, "") }),
  schema: campaignSchema,
});

export const collections = { articles, years, campaigns };
