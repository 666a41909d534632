/**
 * A rebuild with the cache kept (Astro's incremental build: article pages and
 * share images) must publish exactly what a build from nothing publishes: a
 * page kept from the last build whose cacheKey missed something would put
 * stale content on the public site. The fixture is built, changed the ways editors change a
 * site, built again on the kept caches, and compared byte for byte with a
 * cold build of the changed fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, REPO, type BuiltSite } from "./build-site.ts";

mkdirSync(join(REPO, "test-output"), { recursive: true });
const work = mkdtempSync(join(REPO, "test-output", "rebuild-"));
const content = join(work, "content");
const cache = join(work, "kept-cache");
// One "today" for all three builds, so pages that show upcoming campaigns cannot differ at midnight.
const env = { GIOT_HONG_TODAY: "2026-11-26" };
const articles = join(content, "src/content/articles");

// Both kept-cache builds write here, as npm run build always builds into dist.building:
// Astro hashes the output folder into pages that use astro:assets (the article page).
const building = join(work, "dist.building");

let firstCampaignPage: string;
let rebuilt: BuiltSite;
let cold: BuiltSite;

beforeAll(async () => {
  cpSync(join(REPO, "test/fixtures/site"), content, { recursive: true });
  const first = await buildSite(content, "rebuild-first", { cacheDir: cache, env, outDir: building });
  firstCampaignPage = first.html("chien-dich/2021-chien-dich-he-do/");
  first.cleanup();
  rmSync(building, { recursive: true, force: true });

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
    buildSite(content, "rebuild-kept", { cacheDir: cache, env, outDir: building }),
    buildSite(content, "rebuild-cold", { env }),
  ]);
}, 240_000);

afterAll(() => {
  for (const site of [rebuilt, cold]) site?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe("a rebuild with the caches kept", () => {
  it("copies most article pages and share images from the last build, and renders the changed ones", () => {
    // Astro logs a page it copied from its cache as "├─ /path (restored)" in one go, but a
    // rendered page's "(+12ms)" only once it is done: with many pages in flight
    // (astro.config.mjs build.concurrency) other entries land in between, so the log is read
    // entry by entry, not line by line.
    const restored = (log: string, pattern: RegExp) =>
      // Astro colours its log where CI=true says a CI runner would show colours.
      [...stripVTControlCharacters(log).matchAll(/[├└]─ (\/\S+?\.(?:html|jpg))( \(restored\))?/g)].filter(
        ([, file, mark]) => mark && pattern.test(file),
      ).length;
    const articles = cold.htmlFiles().filter((f) => /^tin-tuc\/[^/]+\/index\.html$/.test(f)).length;
    const restoredArticles = restored(rebuilt.log, /^\/tin-tuc\/[^/]+\/index\.html$/);
    expect(restoredArticles).toBeGreaterThan(articles / 2);
    expect(restoredArticles).toBeLessThan(articles);
    expect(restored(rebuilt.log, /^\/og\/.+\.jpg$/)).toBeGreaterThan(0);
    // The cold build had nothing to copy.
    expect(cold.log).not.toContain("(restored)");
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
    expect(firstCampaignPage).not.toContain("1.201");
  });
});
