/**
 * A rebuild with the caches kept (pages, search bundles, share images) must
 * publish exactly what a build from nothing publishes: a page or bundle kept
 * from the last build whose key missed something would put stale content on
 * the public site. The fixture is built, changed the ways editors change a
 * site, built again on the kept caches, and compared byte for byte with a
 * cold build of the changed fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, REPO, type BuiltSite } from "./build-site.ts";

mkdirSync(join(REPO, "test-output"), { recursive: true });
const work = mkdtempSync(join(REPO, "test-output", "rebuild-"));
const content = join(work, "content");
const cache = join(work, "kept-cache");
// Small search bundles, so the fixture is indexed in several and most can be reused; one
// "today" for all three builds, so pages that show upcoming campaigns cannot differ at midnight.
const env = { GIOT_HONG_SEARCH_BUNDLE_PAGES: "4", GIOT_HONG_TODAY: "2026-11-26" };
const articles = join(content, "src/content/articles");

let first: BuiltSite;
let rebuilt: BuiltSite;
let cold: BuiltSite;

beforeAll(async () => {
  cpSync(join(REPO, "test/fixtures/site"), content, { recursive: true });
  first = await buildSite(content, "rebuild-first", { cacheDir: cache, env });

  // A new article, an edited title (shown on its neighbours and related articles), a campaign's figures.
  writeFileSync(
    join(articles, "bai-moi-sau-khi-dung.md"),
    readFileSync(join(articles, "hien-mau-dip-he.md"), "utf8")
      .replace(/title: ".*"/, 'title: "Tin hư cấu mới: Hiến máu mùa thu"')
      .replace(/date: .*/, "date: 2024-10-02"),
  );
  const edited = join(articles, "diem-hien-mau-luu-dong.md");
  writeFileSync(edited, readFileSync(edited, "utf8").replace(/title: "(.*)"/, 'title: "$1 (đã sửa)"'));
  const campaign = join(content, "data/campaigns/2021-chien-dich-he-do.json");
  const data = JSON.parse(readFileSync(campaign, "utf8")) as { unitsCollected: number };
  data.unitsCollected += 1;
  writeFileSync(campaign, JSON.stringify(data, null, 2));

  [rebuilt, cold] = await Promise.all([
    buildSite(content, "rebuild-kept", { cacheDir: cache, env }),
    buildSite(content, "rebuild-cold", { env }),
  ]);
}, 240_000);

afterAll(() => {
  for (const site of [first, rebuilt, cold]) site?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe("a rebuild with the caches kept", () => {
  it("reuses most article pages and search bundles", () => {
    const reusedPages = Number(/page cache: (\d+) page\(s\) reused/.exec(rebuilt.log)?.[1]);
    const rendered = Number(/reused from the last build, (\d+) rendered and kept/.exec(rebuilt.log)?.[1]);
    const reusedBundles = Number(/(\d+) reused from the last build\n/.exec(rebuilt.log)?.[1]);
    const bundles = Number(/search index: \d+ pages in (\d+) bundle/.exec(rebuilt.log)?.[1]);
    expect(reusedPages).toBeGreaterThan(rendered);
    expect(rendered).toBeGreaterThan(0);
    expect(reusedBundles).toBeGreaterThan(0);
    expect(reusedBundles).toBeLessThan(bundles);
    // The cold build had nothing to reuse.
    expect(cold.log).toMatch(/page cache: 0 page\(s\) reused/);
  });

  it("publishes exactly what a build from nothing publishes, byte for byte", () => {
    const files = cold.files();
    expect(rebuilt.files()).toEqual(files);
    const differ = files.filter(
      (file) => !readFileSync(join(rebuilt.outDir, file)).equals(readFileSync(join(cold.outDir, file))),
    );
    expect(differ).toEqual([]);
  });

  it("shows the change on the pages that show it", () => {
    expect(rebuilt.html("tin-tuc/bai-moi-sau-khi-dung/")).toContain("Tin hư cấu mới: Hiến máu mùa thu");
    expect(rebuilt.html("tin-tuc/diem-hien-mau-luu-dong/")).toContain("(đã sửa)");
    expect(rebuilt.html("chien-dich/2021-chien-dich-he-do/")).toContain("1.201");
    expect(first.html("chien-dich/2021-chien-dich-he-do/")).not.toContain("1.201");
  });
});
