/**
 * The search index is written in bundles so that Pagefind's memory stays
 * bounded on a large archive. A fake index shows the bookkeeping; the real
 * Pagefind shows that the bundles it writes hold every page once.
 */
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PagefindIndex } from "pagefind";
import { BundledSearchIndex } from "../../src/integrations/search-index.ts";
import { bundlePagesSetting, isSearchBundleFile, searchBundleDir } from "../../src/lib/search.ts";
import { tempDirs } from "../lib/temp-dir.ts";

const tempDir = tempDirs("giot-hong-search-");

/** Records what each index was given, and in what order things happened. */
function fakePagefind(fail: { addUrl?: string; write?: boolean } = {}) {
  const log: string[] = [];
  let created = 0;
  const createIndex = async (): Promise<PagefindIndex> => {
    const n = created++;
    log.push(`create ${n}`);
    return {
      addHTMLFile: async ({ url }: { url?: string }) => {
        log.push(`add ${n} ${url}`);
        return { errors: url === fail.addUrl ? ["không đọc được"] : [], file: {} } as never;
      },
      writeFiles: async ({ outputPath }: { outputPath?: string } = {}) => {
        log.push(`write ${n} ${path.basename(outputPath ?? "")}`);
        await mkdir(outputPath ?? "", { recursive: true });
        return { errors: fail.write ? ["đĩa đầy"] : [], outputPath: outputPath ?? "" };
      },
      deleteIndex: async () => {
        log.push(`delete ${n}`);
        return null;
      },
    } as unknown as PagefindIndex;
  };
  return { createIndex, log };
}

const html = (title: string) => `<html lang="vi"><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;

describe("BundledSearchIndex", () => {
  it("starts a bundle every N pages, writes each full one and frees it, then lists the others in the first", async () => {
    const out = await tempDir();
    const { createIndex, log } = fakePagefind();
    const index = new BundledSearchIndex(createIndex, out, { perBundle: 2 });
    for (const page of ["a", "b", "c", "d", "e"]) void index.add(`/tin-tuc/${page}/`, html(page));
    expect(await index.finish()).toEqual({ pages: 5, bundles: 3 });
    expect(log.filter((l) => l.startsWith("add ")).sort()).toEqual([
      "add 0 /tin-tuc/a/",
      "add 0 /tin-tuc/b/",
      "add 1 /tin-tuc/c/",
      "add 1 /tin-tuc/d/",
      "add 2 /tin-tuc/e/",
    ]);
    expect(log.filter((l) => /^(write|delete)/.test(l)).sort()).toEqual([
      "delete 0",
      "delete 1",
      "delete 2",
      "write 0 pagefind",
      "write 1 pagefind-2",
      "write 2 pagefind-3",
    ]);
    // Each bundle is freed only after it was written.
    for (const n of [0, 1, 2]) {
      expect(log.findIndex((l) => l.startsWith(`write ${n} `))).toBeLessThan(log.indexOf(`delete ${n}`));
    }
    expect(JSON.parse(await readFile(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({
      merge: ["pagefind-2/", "pagefind-3/"],
    });
  });

  it("with a restart, starts each bundle only once the one before is written, freed and its process ended", async () => {
    const { createIndex, log } = fakePagefind();
    const restart = async () => {
      log.push("restart");
    };
    const index = new BundledSearchIndex(createIndex, await tempDir(), { perBundle: 2, restart });
    for (const page of ["a", "b", "c", "d", "e"]) void index.add(`/tin-tuc/${page}/`, html(page));
    expect(await index.finish()).toEqual({ pages: 5, bundles: 3 });
    // Strictly in turn: no two indexes are ever alive in the same process.
    expect(log.filter((l) => !l.startsWith("add "))).toEqual([
      "create 0",
      "write 0 pagefind",
      "delete 0",
      "restart",
      "create 1",
      "write 1 pagefind-2",
      "delete 1",
      "restart",
      "create 2",
      "write 2 pagefind-3",
      "delete 2",
    ]);
    expect(log.indexOf("add 1 /tin-tuc/c/")).toBeGreaterThan(log.indexOf("create 1"));
  });

  it("keeps a small site in one bundle with nothing to merge", async () => {
    const out = await tempDir();
    const index = new BundledSearchIndex(fakePagefind().createIndex, out);
    void index.add("/tin-tuc/a/", html("a"));
    expect(await index.finish()).toEqual({ pages: 1, bundles: 1 });
    expect(JSON.parse(await readFile(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({ merge: [] });
  });

  it("writes nothing when no page came, so the caller can read dist/ instead", async () => {
    const out = await tempDir();
    expect(await new BundledSearchIndex(fakePagefind().createIndex, out).finish()).toEqual({ pages: 0, bundles: 0 });
    expect(await readdir(out)).toEqual([]);
  });

  it("fails the build, naming the page, when Pagefind rejects one, and does not write that bundle", async () => {
    const out = await tempDir();
    const { createIndex, log } = fakePagefind({ addUrl: "/tin-tuc/b/" });
    const index = new BundledSearchIndex(createIndex, out, { perBundle: 2 });
    for (const page of ["a", "b", "c"]) void index.add(`/tin-tuc/${page}/`, html(page));
    await expect(index.finish()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: Pagefind indexing failed: /tin-tuc/b/: không đọc được]`,
    );
    expect(log).not.toContain("write 0 pagefind");
    expect(log).toContain("write 1 pagefind-2");
  });

  it("fails the build when a bundle cannot be written", async () => {
    const index = new BundledSearchIndex(fakePagefind({ write: true }).createIndex, await tempDir());
    void index.add("/tin-tuc/a/", html("a"));
    await expect(index.finish()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: Pagefind indexing failed: đĩa đầy]`,
    );
  });

  it("makes the renderer wait while Pagefind has too many pages not yet taken", async () => {
    const acks: (() => void)[] = [];
    const createIndex = async () =>
      ({
        addHTMLFile: () => new Promise((resolve) => acks.push(() => resolve({ errors: [] }))),
        writeFiles: async () => ({ errors: [] }),
        deleteIndex: async () => null,
      }) as unknown as PagefindIndex;
    const index = new BundledSearchIndex(createIndex, await tempDir(), { perBundle: 100, maxInFlight: 2 });
    const settled: string[] = [];
    for (const page of ["a", "b", "c", "d"]) void index.add(`/${page}/`, html(page)).then(() => settled.push(page));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toEqual(["a", "b"]);
    acks.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toEqual(["a", "b", "c"]);
    for (const ack of acks.splice(0)) ack();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toEqual(["a", "b", "c", "d"]);
  });

  it("refuses a bundle size that is not a whole number above 0", () => {
    expect(
      () => new BundledSearchIndex(fakePagefind().createIndex, "/tmp", { perBundle: 0 }),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: Pages per search bundle must be a whole number above 0, not 0]`);
  });

  it("with the real Pagefind, writes bundles that together hold every page once", async () => {
    const out = await tempDir();
    const pagefind = await import("pagefind");
    try {
      const createIndex = async () => {
        const created = await pagefind.createIndex({ forceLanguage: "vi" });
        if (!created.index) throw new Error(created.errors.join("; "));
        return created.index;
      };
      // As the build does: each bundle in its own Pagefind process.
      const index = new BundledSearchIndex(createIndex, out, {
        perBundle: 3,
        restart: async () => {
          await pagefind.close();
        },
      });
      const titles = ["Hiến máu", "Đường Hoa", "Từ Liêm", "Giọt hồng", "Ngày hội", "Chiến dịch", "Lịch"];
      titles.forEach((title, i) => void index.add(`/tin-tuc/${i}/`, html(title)));
      expect(await index.finish()).toEqual({ pages: 7, bundles: 3 });
      const counts = await Promise.all(
        [0, 1, 2].map(async (n) => {
          const entry = JSON.parse(await readFile(path.join(out, searchBundleDir(n), "pagefind-entry.json"), "utf8"));
          return (entry as { languages: { vi: { page_count: number } } }).languages.vi.page_count;
        }),
      );
      expect(counts).toEqual([3, 3, 1]);
    } finally {
      await pagefind.close();
    }
  });
});

describe("GIOT_HONG_SEARCH_BUNDLE_PAGES", () => {
  it("is a whole number of pages, or the default when unset or empty", () => {
    expect([undefined, "", "2", "2000"].map(bundlePagesSetting)).toEqual([undefined, undefined, 2, 2000]);
  });
  it("stops the build on anything else, naming the variable, the value and the fix", () => {
    for (const raw of ["0", "-1", "1.5", "abc", " 2"]) expect(() => bundlePagesSetting(raw)).toThrow(`"${raw}"`);
    expect(() => bundlePagesSetting("abc")).toThrowErrorMatchingInlineSnapshot(
      `[Error: GIOT_HONG_SEARCH_BUNDLE_PAGES (số trang mỗi gói chỉ mục tìm kiếm) cần một số nguyên dương, nhận được "abc" (must be a whole number above 0). Cách sửa: bỏ biến này, hoặc đặt ví dụ 750.]`,
    );
  });
});

describe("search bundle folders", () => {
  it("names the first pagefind/ and the next pagefind-2/ …", () => {
    expect([0, 1, 9].map(searchBundleDir)).toEqual(["pagefind/", "pagefind-2/", "pagefind-10/"]);
  });
  it("tells bundle files from pages", () => {
    expect(["pagefind/pagefind.js", "pagefind-2/fragment/x.pf_fragment"].every(isSearchBundleFile)).toBe(true);
    expect(["pagefinder/index.html", "tin-tuc/pagefind-2/index.html"].some(isSearchBundleFile)).toBe(false);
  });
});
