import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { makeArticleSchema } from "./schemas/article.ts";
import { campaignSchema } from "./schemas/campaign.ts";
import { yearSchema } from "./schemas/year.ts";
import { articleHtmlDir, contentPaths } from "./content-paths.ts";
import { withHtmlOutsideStore } from "./lib/article-html.ts";
import { IMAGE_FORMATS, isPublishableImage } from "./lib/article-files.ts";
import { jsonFolderLoader, jsonListLoader, strictArticles } from "./lib/strict-loaders.ts";

const paths = contentPaths();

/** `foo.md` and `foo/index.md` are both the article `foo`: the slug is the file or folder name. */
function articleId({ entry }: { entry: string }): string {
  return entry.replace(/\.mdx?$/, "").replace(/\/index$/, "");
}

const articles = defineCollection({
  // Markdown articles' HTML is kept in files, not in the store Astro bundles (src/lib/article-html.ts).
  // MDX articles keep their source, as they are compiled and rendered per page.
  // Strict: a file that is not UTF-8, has CR-only line ends or fails to render stops the build.
  loader: withHtmlOutsideStore(
    strictArticles(glob({ pattern: ["*.{md,mdx}", "*/index.{md,mdx}"], base: paths.articles, generateId: articleId })),
    articleHtmlDir(),
  ),
  // SVG can carry script and Astro copies it as it is: only pictures it re-encodes (src/lib/article-files.ts).
  // The content layer hands the schema the path (as "__ASTRO_IMAGE_./anh.jpg"), other callers the metadata.
  schema: ({ image }) =>
    makeArticleSchema(
      image().refine(
        (picture: unknown) =>
          typeof picture === "string"
            ? isPublishableImage(picture)
            : IMAGE_FORMATS.includes(String((picture as { format?: unknown }).format)),
        { error: `ảnh đầu bài phải là ${IMAGE_FORMATS.join(", ")} (không dùng SVG)` },
      ),
    ),
});

const years = defineCollection({
  // years.json is a list of years, each keyed by its year; a file that cannot be read stops the build.
  loader: jsonListLoader(paths.years, (record, index) => String(record.year ?? `muc-${index + 1}`)),
  schema: yearSchema,
});

const campaigns = defineCollection({
  loader: jsonFolderLoader(paths.campaigns),
  schema: campaignSchema,
});

export const collections = { articles, years, campaigns };
