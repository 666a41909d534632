import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { describe, expect, it } from "vitest";
import { jsonFolderLoader, jsonListLoader, strictArticles } from "../../src/lib/strict-loaders.ts";

const BOM = "\uFEFF";

/** Just enough of Astro's loader context: a map for a store, parseData that returns the data. */
function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: unknown }>();
  const context = {
    collection: "test",
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, warn() {}, debug() {}, error() {} },
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: unknown }) => (entries.set(entry.id, entry), true),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: unknown) => String(text).length.toString(16),
  } as unknown as LoaderContext;
  return { context, entries };
}

function siteDir(): string {
  return mkdtempSync(join(tmpdir(), "giot-hong-loaders-"));
}

describe("the data loaders", () => {
  it("read years.json saved with a byte-order mark and CRLF", async () => {
    const root = siteDir();
    writeFileSync(join(root, "years.json"), `${BOM}[\r\n{ "year": 2024, "unitsCollected": 1317 }\r\n]\r\n`);
    const { context, entries } = fakeContext(root);
    await jsonListLoader("years.json", (record) => String(record.year)).load(context);
    expect(entries.get("2024")?.data).toEqual({ year: 2024, unitsCollected: 1317 });
  });

  it("stop the build, instead of keeping the cached figures, when years.json cannot be read", async () => {
    const root = siteDir();
    writeFileSync(join(root, "years.json"), '[ { "year": 2024, } ]');
    const { context, entries } = fakeContext(root);
    entries.set("2024", { id: "2024", data: "cũ" });
    await expect(jsonListLoader("years.json", (record) => String(record.year)).load(context)).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: LỖI [json-invalid] years.json:1
        Vấn đề:   Tệp số liệu không đúng cú pháp JSON (Expected double-quoted property name in JSON at position 18 (line 1 column 19)).
        Cách sửa: Kiểm tra dòng này và dòng ngay trên: thường là thiếu hoặc thừa dấu phẩy, thiếu ngoặc kép, hoặc thiếu dấu } ].

      Chạy npm run check để xem mọi lỗi cùng lúc (content error: run npm run check).]
    `);
    // Nothing cleared or replaced: the build stops, it does not publish.
    expect(entries.get("2024")?.data).toBe("cũ");
  });

  it("read a campaign saved with a byte-order mark, refuse one not in UTF-8", async () => {
    const root = siteDir();
    mkdirSync(join(root, "campaigns"));
    writeFileSync(join(root, "campaigns/a.json"), `${BOM}{ "name": "Ngày hội" }`);
    const { context, entries } = fakeContext(root);
    await jsonFolderLoader("campaigns").load(context);
    expect(entries.get("a")?.data).toEqual({ name: "Ngày hội" });
    writeFileSync(join(root, "campaigns/b.json"), Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe0, 0x22, 0x7d]));
    await expect(jsonFolderLoader("campaigns").load(context)).rejects.toThrow(
      "LỖI [encoding-invalid] campaigns/b.json:1",
    );
  });
});

describe("the articles' loader", () => {
  it("turns an error the loader would only log into a stopped build", async () => {
    const root = siteDir();
    const logs: Loader = {
      name: "logs",
      load: async ({ logger }) => logger.error("Error rendering a.md: boom"),
    };
    await expect(strictArticles(logs).load(fakeContext(root).context)).rejects.toThrow(
      "LỖI [content-unreadable] Error rendering a.md: boom",
    );
  });

  it("refuses a CR-only article and an over-long slug before they are parsed", async () => {
    const root = siteDir();
    writeFileSync(join(root, "a.md"), "---\rtitle: x\r---\r");
    const reads = (id: string, file: string): Loader => ({
      name: "reads",
      load: async ({ parseData }) => void (await parseData({ id, data: {}, filePath: join(root, file) })),
    });
    await expect(strictArticles(reads("a", "a.md")).load(fakeContext(root).context)).rejects.toThrow(
      "LỖI [line-endings-cr] a.md:1",
    );
    writeFileSync(join(root, "b.md"), "---\ntitle: x\n---\n");
    await expect(strictArticles(reads("b".repeat(101), "b.md")).load(fakeContext(root).context)).rejects.toThrow(
      "LỖI [slug-too-long] b.md",
    );
  });
});
