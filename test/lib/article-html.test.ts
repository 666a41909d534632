/**
 * Markdown articles' HTML is kept outside Astro's content store, so the
 * store Astro bundles stays small at 10,000 articles. A fake loader and
 * store stand in for Astro's glob loader.
 */
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DataStore, Loader } from "astro/loaders";
import { articleHtmlFile, withArticleHtml, withHtmlOutsideStore } from "../../src/lib/article-html.ts";
import { tempDirs } from "./temp-dir.ts";

type Entry = Parameters<DataStore["set"]>[0];

const tempDir = tempDirs("giot-hong-html-");

function memoryStore(initial: Entry[] = []): DataStore {
  const map = new Map(initial.map((e) => [e.id, e]));
  return {
    get: (id) => map.get(id) as never,
    entries: () => [...map.entries()],
    set: (entry) => (map.set(entry.id, entry), true),
    values: () => [...map.values()],
    keys: () => [...map.keys()],
    delete: (id) => void map.delete(id),
    clear: () => map.clear(),
    has: (id) => map.has(id),
    addModuleImport: () => {},
  };
}

/** Sets the given entries, as the glob loader does for the files that changed. */
function loaderSetting(entries: Entry[]): Loader {
  return { name: "fake", load: async ({ store }) => void entries.forEach((e) => store.set(e)) };
}

const markdown = (id: string, digest: string, html: string): Entry => ({
  id,
  digest,
  data: { title: id },
  body: "# markdown",
  filePath: `src/content/articles/${id}.md`,
  rendered: { html, metadata: { headings: [], frontmatter: { title: id }, imagePaths: [] } },
});

async function load(loader: Loader, store: DataStore): Promise<void> {
  await loader.load({ store } as Parameters<Loader["load"]>[0]);
}

describe("withHtmlOutsideStore", () => {
  it("writes each rendered article's HTML to a file and stores the article without it", async () => {
    const dir = await tempDir();
    const store = memoryStore();
    await load(withHtmlOutsideStore(loaderSetting([markdown("bai-a", "d1", "<p>Hiến máu</p>")]), dir), store);
    expect(await readFile(articleHtmlFile(dir, "bai-a", "d1"), "utf8")).toBe("<p>Hiến máu</p>");
    const stored = store.get("bai-a")!;
    expect(stored.rendered?.html).toBe("");
    expect(stored.body).toBeUndefined();
    // Headings and image paths stay for render(); the raw front matter (a copy of `data`) goes.
    expect(stored.rendered?.metadata).toEqual({
      headings: [],
      imagePaths: [],
      frontmatter: {},
      htmlFile: "bai-a.d1.html",
    });
    expect(stored.data).toEqual({ title: "bai-a" });
  });

  it("stores an MDX article (not rendered at load) as it is", async () => {
    const dir = await tempDir();
    const store = memoryStore();
    const mdx: Entry = {
      id: "bai-mdx",
      digest: "d",
      data: { title: "x" },
      body: "<YearChart />",
      deferredRender: true,
    };
    await load(withHtmlOutsideStore(loaderSetting([mdx]), dir), store);
    expect(store.get("bai-mdx")).toEqual(mdx);
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes the files of articles that were deleted or changed, and keeps the unchanged ones", async () => {
    const dir = await tempDir();
    const store = memoryStore();
    const first = [
      markdown("giu", "d1", "<p>1</p>"),
      markdown("sua", "d1", "<p>cũ</p>"),
      markdown("xoa", "d1", "<p>x</p>"),
    ];
    await load(withHtmlOutsideStore(loaderSetting(first), dir), store);
    // The glob loader leaves unchanged entries alone and deletes the entries of removed files.
    store.delete("xoa");
    await load(withHtmlOutsideStore(loaderSetting([markdown("sua", "d2", "<p>mới</p>")]), dir), store);
    expect((await readdir(dir)).sort()).toEqual(["giu.d1.html", "sua.d2.html"]);
  });
});

describe("withArticleHtml", () => {
  it("puts the HTML back for render()", async () => {
    const dir = await tempDir();
    const store = memoryStore();
    await load(withHtmlOutsideStore(loaderSetting([markdown("bai-a", "d1", "<p>Hiến máu</p>")]), dir), store);
    const entry = await withArticleHtml(store.get("bai-a")! as Entry & { id: string }, dir);
    expect(entry.rendered?.html).toBe("<p>Hiến máu</p>");
  });

  it("keeps an entry stored before this change as it is, even one whose body was empty", async () => {
    for (const entry of [markdown("cu", "d1", "<p>trong kho</p>"), markdown("rong", "d1", "")]) {
      expect(await withArticleHtml(entry, "/khong-co")).toBe(entry);
    }
  });

  it("says what to do when the file is missing", async () => {
    const cache = await tempDir();
    const dir = path.join(cache, "article-html");
    await mkdir(dir);
    const store = memoryStore();
    await load(withHtmlOutsideStore(loaderSetting([markdown("bai-a", "d9", "<p>x</p>")]), dir), store);
    await rm(articleHtmlFile(dir, "bai-a", "d9"));
    const entry = store.get("bai-a")! as Entry & { id: string };
    const error = await withArticleHtml(entry, dir).then(
      () => new Error("no error"),
      (e: unknown) => e as Error,
    );
    expect(error.message.replaceAll(cache, "<cache>")).toMatchInlineSnapshot(
      `"Thiếu HTML đã dựng của bài "bai-a" (missing rendered HTML): <cache>/article-html/bai-a.d9.html. Cách sửa: xoá cả thư mục đệm <cache> rồi dựng lại (delete the cache folder, build again)."`,
    );
  });
});
