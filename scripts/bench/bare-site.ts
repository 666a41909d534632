/**
 * The yardstick of `npm run bench`: a bare Astro site with one article route
 * and nothing else (no layout, no styles, no integrations), built over the
 * same generated articles as the full site. Written as files into a temp dir
 * at run time so it never becomes part of the project that is linted and
 * type-checked.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-bare", private: true, type: "module" }, null, 2),
  "astro.config.mjs": `import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir: process.env.BENCH_CACHE_DIR,
});
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: "*.md", base: process.env.BENCH_ARTICLES }) }),
};
`,
  "src/pages/[slug].astro": `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const articles = await getCollection("articles");
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---

<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>{article.data.title}</title>
  </head>
  <body>
    <h1>{article.data.title}</h1>
    <Content />
  </body>
</html>
`,
};

/** Writes the bare site into `dir` (node_modules is linked by the caller). */
export async function writeBareSite(dir: string): Promise<void> {
  for (const [name, text] of Object.entries(FILES)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
