import { z } from "zod";
import { isoDate, text, webUrl } from "./common.ts";

/*
 * Astro calls a collection's schema function once per entry (its image()
 * helper resolves paths from that entry's file), so makeArticleSchema runs
 * for every article of every build. Building zod schemas is the costly part
 * (about 0.4 ms an article, 4 s at 10,000), so the fields are built once
 * here and each call only puts them together around the image source.
 */
const fields = {
  /** Headline, as it appears on the page and in lists. */
  title: text(z.string({ error: "cần tiêu đề bài viết" }).trim().min(1, { error: "tiêu đề không được để trống" })),
  /** One or two sentences summarising the article (shown under the title and in lists). */
  description: text(
    z.string({ error: "cần một câu tóm tắt bài viết" }).trim().min(1, { error: "tóm tắt không được để trống" }),
  ),
  /** Publication date, YYYY-MM-DD. */
  date: isoDate,
  /** Who wrote the article on this site. */
  authors: z.array(z.string().trim().min(1)).min(1, { error: "cần ít nhất một tác giả" }),
  /** The press piece the article reports, credited on the page. */
  source: z
    .strictObject({
      /** Publication name, e.g. "Báo Lao Động Thủ Đô". */
      name: z.string().trim().min(1),
      /** Authors of the original piece. */
      authors: z.array(z.string().trim().min(1)).optional(),
      /** Address of the original piece, if known. */
      url: webUrl.optional(),
    })
    .optional(),
  /** Ids of the campaigns the article is about (file names in data/campaigns/). */
  campaigns: z.array(z.string()).default([]),
  /** Topics, lowercase words. */
  tags: z.array(z.string().trim().min(1)).default([]),
};

const imageFields = {
  /** What the photo shows, for people who cannot see it. */
  alt: z.string({ error: "ảnh cần mô tả (alt)" }).trim().min(1, { error: "mô tả ảnh (alt) không được để trống" }),
  /** Caption shown under the photo. */
  caption: z.string().optional(),
};

/** true keeps the article out of the public site. */
const draft = z.boolean().default(false);

/**
 * The front matter of an article. `image` is passed in because Astro checks
 * and optimises images with its own `image()` helper, while the command-line
 * check only sees a path string.
 */
export function makeArticleSchema<I extends z.ZodType>(imageSrc: I) {
  return z.strictObject({
    ...fields,
    /** A lead photo with required alt text. */
    image: z
      .strictObject({
        /** Path to the image, relative to the article file. */
        src: imageSrc,
        ...imageFields,
      })
      .optional(),
    draft,
  });
}

/** The schema as the command-line tools see it: image paths are plain strings. */
export const articleFrontmatterSchema = makeArticleSchema(z.string().trim().min(1));
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
