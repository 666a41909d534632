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
    expect(await index.finish()).toEqual({ pages: 5, bundles: 3, reused: 0 });
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

  it("with a restart, starts each bundle only once the one before is written, freed and its process ended, and ends the last", async () => {
    const { createIndex, log } = fakePagefind();
    const restart = async () => {
      log.push("restart");
    };
    const index = new BundledSearchIndex(createIndex, await tempDir(), { perBundle: 2, restart });
    for (const page of ["a", "b", "c", "d", "e"]) void index.add(`/tin-tuc/${page}/`, html(page));
    expect(await index.finish()).toEqual({ pages: 5, bundles: 3, reused: 0 });
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
      "restart",
    ]);
    expect(log.indexOf("add 1 /tin-tuc/c/")).toBeGreaterThan(log.indexOf("create 1"));
  });

  it("keeps a small site in one bundle with nothing to merge", async () => {
    const out = await tempDir();
    const index = new BundledSearchIndex(fakePagefind().createIndex, out);
    void index.add("/tin-tuc/a/", html("a"));
    expect(await index.finish()).toEqual({ pages: 1, bundles: 1, reused: 0 });
    expect(JSON.parse(await readFile(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({ merge: [] });
  });

  it("writes nothing when no page came, so the caller can read dist/ instead", async () => {
    const out = await tempDir();
    expect(await new BundledSearchIndex(fakePagefind().createIndex, out).finish()).toEqual({
      pages: 0,
      bundles: 0,
      reused: 0,
    });
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

  it("makes the renderer wait while Pagefind has too many pages of full bundles not yet taken", async () => {
    const acks: (() => void)[] = [];
    const createIndex = async () =>
      ({
        addHTMLFile: () => new Promise((resolve) => acks.push(() => resolve({ errors: [] }))),
        writeFiles: async () => ({ errors: [] }),
        deleteIndex: async () => null,
      }) as unknown as PagefindIndex;
    const index = new BundledSearchIndex(createIndex, await tempDir(), { perBundle: 2, maxInFlight: 2 });
    const settled: string[] = [];
    for (const page of ["a", "b", "c", "d"]) void index.add(`/${page}/`, html(page)).then(() => settled.push(page));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
    await tick();
    // a and b went to Pagefind; c waits in a bundle not yet full; d filled it, and now 4 pages wait for Pagefind.
    expect(settled).toEqual(["a", "b", "c"]);
    acks.shift()?.();
    await tick();
    expect(settled).toEqual(["a", "b", "c"]);
    acks.shift()?.();
    await tick();
    expect(settled).toEqual(["a", "b", "c", "d"]);
  });

  it("puts planned pages in their planned bundle whatever order they come in, and the others after", async () => {
    const out = await tempDir();
    const { createIndex, log } = fakePagefind();
    const index = new BundledSearchIndex(createIndex, out, { perBundle: 2 });
    index.plan([
      [
        { url: "/tin-tuc/a/", period: "2020-01" },
        { url: "/tin-tuc/b/", period: "2020-01" },
        { url: "/tin-tuc/c/", period: "2020-02" },
      ],
    ]);
    // Newest first, as the news pages are rendered, with a page the plan does not know.
    for (const page of ["c", "x", "b", "a"]) void index.add(`/tin-tuc/${page}/`, html(page));
    expect(await index.finish()).toEqual({ pages: 4, bundles: 3, reused: 0 });
    const adds = log.filter((l) => l.startsWith("add ")).map((l) => l.split(" ")[2]);
    // Each bundle is given its pages in URL order, so the same pages always make the same files.
    expect(adds).toEqual(["/tin-tuc/c/", "/tin-tuc/a/", "/tin-tuc/b/", "/tin-tuc/x/"]);
    expect(log.filter((l) => l.startsWith("write ")).map((l) => l.split(" ")[2])).toEqual([
      "pagefind-2",
      "pagefind",
      "pagefind-3",
    ]);
    expect(JSON.parse(await readFile(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({
      merge: ["pagefind-2/", "pagefind-3/"],
    });
  });

  it("reuses a kept bundle whose pages are all as the last build indexed them, and indexes the changed one", async () => {
    const cacheDir = await tempDir();
    const plan = [
      [
        { url: "/tin-tuc/a/", period: "2020-01" },
        { url: "/tin-tuc/b/", period: "2020-02" },
      ],
    ];
    const build = async (bTitle: string) => {
      const out = await tempDir();
      const { createIndex, log } = fakePagefind();
      const index = new BundledSearchIndex(createIndex, out, { perBundle: 1, cacheDir });
      index.plan(plan);
      void index.add("/tin-tuc/b/", html(bTitle));
      void index.add("/tin-tuc/a/", html("a"));
      return { result: await index.finish(), log, out };
    };
    expect((await build("b")).result).toEqual({ pages: 2, bundles: 2, reused: 0 });
    const second = await build("b, sửa");
    expect(second.result).toEqual({ pages: 2, bundles: 2, reused: 1 });
    expect(second.log.filter((l) => l.startsWith("add "))).toEqual(["add 0 /tin-tuc/b/"]);
    // The reused bundle is in place under its own folder.
    expect(await readdir(path.join(second.out, "pagefind"))).toContain("bundles.json");
  });

  it("names the first bundle written pagefind/ when the first planned one got no page", async () => {
    const out = await tempDir();
    const index = new BundledSearchIndex(fakePagefind().createIndex, out, { perBundle: 1 });
    index.plan([
      [
        { url: "/tin-tuc/a/", period: "2020-01" },
        { url: "/tin-tuc/b/", period: "2020-02" },
      ],
    ]);
    void index.add("/tin-tuc/b/", html("b"));
    expect(await index.finish()).toEqual({ pages: 1, bundles: 1, reused: 0 });
    expect(await readdir(out)).toEqual(["pagefind"]);
    expect(JSON.parse(await readFile(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({ merge: [] });
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
      expect(await index.finish()).toEqual({ pages: 7, bundles: 3, reused: 0 });
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
