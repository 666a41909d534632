import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articlePageKey, PageCache, showsBuiltImage } from "../../src/lib/page-cache.ts";
import { tempDirs } from "./temp-dir.ts";

const tempDir = tempDirs("page-cache-");

describe("PageCache", () => {
  it("serves a page of the last build only for the same page key and the same code", async () => {
    const dir = await tempDir();
    const first = new PageCache(dir, "code-1");
    expect(first.get("/tin-tuc/a/", "k1")).toBeUndefined();
    first.put("/tin-tuc/a/", "k1", "<p>Hiến máu đợt 1</p>");
    first.put("/tin-tuc/b/", "k2", "<p>Ngày hội Từ Liêm</p>");
    expect(first.commit()).toEqual({ reused: 0, kept: 2 });

    const second = new PageCache(dir, "code-1");
    expect(second.get("/tin-tuc/a/", "k1")).toBe("<p>Hiến máu đợt 1</p>");
    expect(second.get("/tin-tuc/b/", "k2-changed")).toBeUndefined();
    expect(second.get("/tin-tuc/c/", "k3")).toBeUndefined();
    second.abort();

    // Other code (source, dependencies, settings): nothing is reused.
    const other = new PageCache(dir, "code-2");
    expect(other.get("/tin-tuc/a/", "k1")).toBeUndefined();
    other.abort();
  });

  it("keeps only what the last successful build put, so pages that are gone leave the pack", async () => {
    const dir = await tempDir();
    const first = new PageCache(dir, "c");
    first.put("/a/", "k", "A");
    first.put("/b/", "k", "B");
    first.commit();
    const second = new PageCache(dir, "c");
    second.put("/a/", "k", second.get("/a/", "k") ?? "");
    expect(second.commit()).toEqual({ reused: 1, kept: 1 });
    const third = new PageCache(dir, "c");
    expect([third.get("/a/", "k"), third.get("/b/", "k")]).toEqual(["A", undefined]);
    third.abort();
  });

  it("leaves the last good cache and no partial file when a build fails", async () => {
    const dir = await tempDir();
    const first = new PageCache(dir, "c");
    first.put("/a/", "k", "tốt");
    first.commit();
    const failed = new PageCache(dir, "c");
    failed.put("/a/", "k", "hỏng");
    failed.abort();
    expect((await readdir(dir)).sort()).toEqual(["pages.json", "pages.pack"]);
    const next = new PageCache(dir, "c");
    expect(next.get("/a/", "k")).toBe("tốt");
    next.abort();
  });

  it("lets the build go on without keeping pages when the cache folder cannot be written", async () => {
    // A file where the folder should be: nothing can be created in it.
    const blocked = path.join(await tempDir(), "khong-phai-thu-muc");
    await writeFile(blocked, "x");
    const cache = new PageCache(blocked, "c");
    expect(() => cache.put("/a/", "k", "trang")).not.toThrow();
    expect(cache.commit()).toEqual({ reused: 0, kept: 0 });
  });

  it("treats an unreadable index as an empty cache", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "pages.json"), "{not json");
    const cache = new PageCache(dir, "c");
    expect(cache.get("/a/", "k")).toBeUndefined();
    cache.put("/a/", "k", "mới");
    cache.commit();
    expect(new PageCache(dir, "c").get("/a/", "k")).toBe("mới");
  });
});

describe("articlePageKey", () => {
  const entry = (id: string, title: string) => ({ id, digest: `d-${id}`, data: { title } });
  const inputs = (overrides: Partial<Parameters<typeof articlePageKey>[0]> = {}) => ({
    article: { ...entry("a", "Bài A"), filePath: "src/content/articles/a.md" },
    related: [entry("b", "Bài B")],
    previous: entry("c", "Bài C"),
    next: undefined,
    campaigns: [{ id: "x", data: { units: 120 } }],
    ...overrides,
  });

  it("changes with anything the page shows: the article, a related or neighbouring article, a campaign", () => {
    const base = articlePageKey(inputs());
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(articlePageKey(inputs())).toBe(base);
    const changed = [
      inputs({ article: { ...entry("a", "Bài A"), digest: "other", filePath: "src/content/articles/a.md" } }),
      inputs({ related: [entry("b", "Bài B, sửa tên")] }),
      inputs({ related: [] }),
      inputs({ previous: entry("d", "Bài D") }),
      inputs({ next: entry("e", "Bài E") }),
      inputs({ campaigns: [{ id: "x", data: { units: 121 } }] }),
    ].map(articlePageKey);
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });

  it("gives an MDX article no key: its embedded charts read data the key does not cover", () => {
    expect(
      articlePageKey(inputs({ article: { ...entry("a", "Bài A"), filePath: "src/content/articles/a.mdx" } })),
    ).toBeUndefined();
  });
});

describe("showsBuiltImage", () => {
  it("spots an image Astro optimised, in src or srcset, under any base path", () => {
    expect(showsBuiltImage('<img src="/_astro/anh.B1x2.webp" alt="">')).toBe(true);
    expect(showsBuiltImage('<img srcset="/giot-hong/_astro/anh.A9.jpg 360w" alt="">')).toBe(true);
  });
  it("is not fooled by the shared stylesheet or an image of the site's own files", () => {
    expect(showsBuiltImage('<link rel="stylesheet" href="/_astro/index.Cq1.css">')).toBe(false);
    expect(showsBuiltImage('<img src="/xem-truoc/trang-chu.png" alt="">')).toBe(false);
  });
});
