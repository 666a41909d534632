import { defineCollection } from "astro:content";
import { file, glob, type Loader } from "astro/loaders";
import { makeArticleSchema } from "./schemas/article.ts";
import { campaignSchema } from "./schemas/campaign.ts";
import { yearSchema } from "./schemas/year.ts";
import { contentPaths } from "./content-paths.ts";

const paths = contentPaths();

/** `foo.md` and `foo/index.md` are both the article `foo`: the slug is the file or folder name. */
function articleId({ entry }: { entry: string }): string {
  return entry.replace(/\.mdx?$/, "").replace(/\/index$/, "");
}

/**
 * The glob loader keeps each article's markdown source next to its rendered
 * HTML in the content store, which Astro holds in memory and bundles into
 * the build: at 10,000 articles that is about 50 MB of text no page reads.
 * Markdown articles keep only their HTML (the search text is taken from it);
 * MDX articles keep their source, as they are rendered per page.
 */
function withoutMarkdownSource(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => context.store.set(entry.rendered ? { ...entry, body: undefined } : entry),
        },
      }),
  };
}

const articles = defineCollection({
  loader: withoutMarkdownSource(
    glob({ pattern: ["*.{md,mdx}", "*/index.{md,mdx}"], base: paths.articles, generateId: articleId }),
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
