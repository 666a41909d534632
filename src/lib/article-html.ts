/**
 * Markdown articles' rendered HTML lives in files beside Astro's content
 * store, not in it. Astro bundles the whole store into the build as one
 * module, and at 10,000 articles their HTML (about 60 MB) made that step
 * peak at 2.3 to 3 GB of memory; without it the store holds only each
 * article's front matter and a little metadata. The glob loader still
 * renders each article once, with its images, and only when it changed;
 * a page reads its article's file when it is rendered.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DataStore, Loader } from "astro/loaders";

/** Named by id and digest, so a changed article never reads its old HTML. */
export function articleHtmlFile(dir: string, id: string, digest: string | number | undefined): string {
  return path.join(dir, `${id}.${String(digest ?? "")}.html`);
}

interface RenderedEntry {
  id: string;
  digest?: string | number;
  rendered?: { html: string; metadata?: { [key: string]: unknown } };
}

/** Set on a stored entry whose HTML is in a file: that file's name, in the HTML folder. */
const HTML_FILE = "htmlFile";

/**
 * Wraps a loader so that each entry it renders has its HTML written to `dir`
 * and stored without it (and without its markdown source, which no page
 * reads). Files of entries that are gone or changed are removed afterwards.
 */
export function withHtmlOutsideStore(loader: Loader, dir: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      await mkdir(dir, { recursive: true });
      const writes: Promise<void>[] = [];
      const store: DataStore = {
        ...context.store,
        set: (entry) => {
          if (!entry.rendered) return context.store.set(entry);
          const file = articleHtmlFile(dir, entry.id, entry.digest);
          writes.push(writeFile(file, entry.rendered.html));
          return context.store.set({
            ...entry,
            body: undefined,
            rendered: {
              html: "",
              metadata: { ...entry.rendered.metadata, frontmatter: {}, [HTML_FILE]: path.basename(file) },
            },
          });
        },
      };
      await loader.load({ ...context, store });
      await Promise.all(writes);
      const kept = new Set(context.store.values().map((entry) => entry.rendered?.metadata?.[HTML_FILE]));
      for (const file of await readdir(dir)) {
        if (!kept.has(file)) await rm(path.join(dir, file), { force: true });
      }
    },
  };
}

/**
 * The entry with its HTML back in place, for Astro's render(). An MDX entry,
 * or one stored before this change (its HTML still inside), is returned as it is.
 */
export async function withArticleHtml<T extends RenderedEntry>(entry: T, dir: string): Promise<T> {
  const name = entry.rendered?.metadata?.[HTML_FILE];
  if (!entry.rendered || typeof name !== "string") return entry;
  const file = path.join(dir, name);
  let html: string;
  try {
    html = await readFile(file, "utf8");
  } catch (error) {
    // Only a cache folder emptied by hand gets here: the store still lists the article, its file is gone.
    throw new Error(
      `Thiếu HTML đã dựng của bài "${entry.id}" (missing rendered HTML): ${file}. ` +
        `Cách sửa: xoá cả thư mục đệm ${path.dirname(dir)} rồi dựng lại (delete the cache folder, build again).`,
      { cause: error },
    );
  }
  return { ...entry, rendered: { ...entry.rendered, html } };
}
