/**
 * The search index is Pagefind's own, made from the written site: the real
 * Pagefind indexes a small folder of pages as the build's last step does.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import type { AstroIntegrationLogger } from "astro";
import { indexSite, SEARCH_INDEX_AFTER_ASTRO, searchIndex } from "../../src/integrations/search-index.ts";
import { isSearchIndexFile } from "../../src/lib/search.ts";
import { tempDirs } from "../lib/temp-dir.ts";

const tempDir = tempDirs("giot-hong-search-");

async function page(dir: string, url: string, body: string): Promise<void> {
  await mkdir(path.join(dir, url), { recursive: true });
  await writeFile(path.join(dir, url, "index.html"), `<!DOCTYPE html><html lang="vi"><body>${body}</body></html>`);
}

describe("indexSite", () => {
  it("indexes only the pages marked for search, into pagefind/, without Pagefind's ready-made UIs", async () => {
    const site = await tempDir();
    await page(site, "tin-tuc/a", "<main><article data-pagefind-body><h1>Hiến máu đợt hè</h1></article></main>");
    await page(site, "chien-dich/b", "<main><article data-pagefind-body><h1>Đường Hoa</h1></article></main>");
    await page(site, "tin-tuc", "<main><h1>Tin tức</h1><p>Danh sách</p></main>");
    // Three files read, two of them indexed.
    expect(await indexSite(site)).toBe(3);
    const files = await readdir(path.join(site, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files).toContain("pagefind-entry.json");
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    const entry = JSON.parse(await readFile(path.join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["vi"]);
    expect(entry.languages.vi.page_count).toBe(2);
  });
});

describe("the astro:build:done hook", () => {
  const runHook = async (dir: string) => {
    const messages: string[] = [];
    const logger = { info: (message: string) => messages.push(message) } as unknown as AstroIntegrationLogger;
    const hook = searchIndex().hooks["astro:build:done"] as unknown as (options: {
      dir: URL;
      logger: AstroIntegrationLogger;
    }) => Promise<void>;
    await hook({ dir: pathToFileURL(`${dir}/`), logger });
    return messages;
  };

  it("indexes the site a plain astro build wrote", async () => {
    const site = await tempDir();
    await page(site, "tin-tuc/a", "<main><article data-pagefind-body><h1>Hiến máu</h1></article></main>");
    expect(await runHook(site)).toEqual(["search index: 1 HTML files read"]);
    expect(await readdir(path.join(site, "pagefind"))).toContain("pagefind-entry.json");
  });

  it("leaves the index to scripts/build-site.ts when it started Astro", async () => {
    const site = await tempDir();
    await page(site, "tin-tuc/a", "<main><article data-pagefind-body><h1>Hiến máu</h1></article></main>");
    process.env[SEARCH_INDEX_AFTER_ASTRO] = "1";
    try {
      expect(await runHook(site)).toEqual(["search index: made by scripts/build-site.ts once astro build ends"]);
    } finally {
      delete process.env[SEARCH_INDEX_AFTER_ASTRO];
    }
    expect(await readdir(site)).toEqual(["tin-tuc"]);
  });
});

describe("isSearchIndexFile", () => {
  it("tells the index's files from pages", () => {
    expect(["pagefind/pagefind.js", "pagefind/fragment/x.pf_fragment"].every(isSearchIndexFile)).toBe(true);
    expect(["pagefinder/index.html", "tin-tuc/pagefind/index.html"].some(isSearchIndexFile)).toBe(false);
  });
});
