/**
 * Another chapter takes the site by changing its config and content only:
 * test/fixtures/ward/ is a fictional ward (phường) in a province (tỉnh) with
 * its own src/chapter.config.ts. Its build must carry no word of the first
 * chapter, a district (quận) of Hà Nội, in any file it publishes (pages,
 * feeds, calendar, open data, search index, scripts, styles), and show its
 * own words where the first chapter's were.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedBuild, text, type BuiltSite } from "./build-site.ts";
import { chapter as first } from "../../src/chapter.config.ts";
import { foldForSearch } from "../../src/lib/search.ts";

/**
 * The first chapter's words, read from its config where they live there (so a
 * change of that config is followed), and the ones its content brought in.
 * Matched without regard to case, with and without diacritics.
 */
const FIRST_CHAPTER_WORDS = [
  first.name,
  first.shortName,
  first.place.name,
  first.parent?.name ?? first.place.name,
  first.searchExample,
  first.address,
  `${first.quotaSetter} giao`,
  first.place.level, // "quận": since 2025 no ward's site should name the district level
  "Từ Liêm",
  "Lao Động Thủ Đô",
  "Lê Thắm",
  "Hữu Nam",
  "Giọt Hồng",
];

/** Images are drawn text (share cards) or photos; every other file is read as text. */
const IMAGE = /\.(png|jpe?g|webp|avif|gif|ico)$/i;

let site: BuiltSite;

beforeAll(async () => {
  // Built at https://doi-thong.example.org on 2026-03-01 (test/support/sites.ts).
  site = await sharedBuild("ward");
});

/** A published file as text; gzip files (Pagefind's index and fragments) are unpacked first. */
function publishedText(file: string): string {
  const bytes = readFileSync(join(site.outDir, file));
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return raw.toString("utf8");
}

describe("a second chapter, a ward, built from its own config and content", () => {
  it("publishes no word of the first chapter in any file", () => {
    const files = site.files().filter((f) => !IMAGE.test(f));
    // Every kind of file the site publishes is read, so a new kind cannot slip past unread.
    const kinds = new Set(files.map((f) => f.replace(/^.*\./, "")));
    for (const kind of ["html", "xml", "ics", "csv", "json", "js", "css", "txt", "svg", "pf_fragment"]) {
      expect(kinds, kind).toContain(kind);
    }
    // Phrases are also looked for without diacritics (search folds, slugs); a single word is not:
    // "quan" without its marks is in "liên quan".
    const words = [
      ...new Set(
        FIRST_CHAPTER_WORDS.flatMap((w) => (w.includes(" ") ? [w.toLowerCase(), foldForSearch(w)] : [w.toLowerCase()])),
      ),
    ];
    const found: string[] = [];
    for (const file of files) {
      const body = publishedText(file).toLowerCase();
      const folded = foldForSearch(body);
      for (const word of words) {
        const at = body.includes(word) ? body.indexOf(word) : folded.indexOf(word);
        const where = body.includes(word) ? body : folded;
        if (at >= 0) found.push(`${file}: "${word}" in …${where.slice(Math.max(0, at - 40), at + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it("names the ward, its province and who sets its quota where the first chapter's words were", () => {
    const home = site.page("");
    expect(text(home.querySelector(".site-header .name"))).toBe("Hội Chữ thập đỏ phường Đồi Thông");
    expect(text(home.querySelector(".site-footer"))).toContain("phường Đồi Thông, tỉnh Lâm Viên");
    expect(home.querySelector("#tim-kiem-dau-trang")?.getAttribute("placeholder")).toBe("Ví dụ: hiến máu, Đồi Thông");
    expect(text(site.page("tim-kiem/").querySelector("main"))).toContain("“doi thong” cũng tìm ra “Đồi Thông”");
    const stats = text(site.page("so-lieu/").querySelector("main"));
    expect(stats).toContain("Số Tỉnh giao");
    expect(stats).toContain("do Tỉnh giao");
    expect(publishedText("lich-hien-mau.ics")).toContain("PRODID:-//CTĐ Đồi Thông//Lịch hiến máu//VI");
    const organisation = JSON.parse(
      site.page("").querySelector('script[type="application/ld+json"]')?.textContent ?? "{}",
    ) as { "@graph"?: { "@type": string; name: string }[] };
    expect(organisation["@graph"]?.find((n) => n["@type"] === "Organization")?.name).toBe(
      "Hội Chữ thập đỏ phường Đồi Thông",
    );
    expect(site.page("").querySelector('meta[property="og:site_name"]')?.getAttribute("content")).toBe(
      "Hội Chữ thập đỏ phường Đồi Thông",
    );
  });

  it("takes the ward's colours into the stylesheet and the favicon", () => {
    const css = site
      .files()
      .filter((f) => f.endsWith(".css"))
      .map(publishedText)
      .join("\n");
    expect(css).toContain("--brand:#0f5f8a");
    expect(publishedText("favicon.svg")).toContain("#0f5f8a");
  });
});
