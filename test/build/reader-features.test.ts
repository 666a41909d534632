/**
 * The machine-readable side of a built site, under a base path: feed,
 * sitemap, robots.txt, canonical/Open Graph/Twitter tags and JSON-LD on every
 * page. Built once from the fictional fixture with upcoming campaigns.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { SITES } from "../support/sites.ts";
import { isSearchIndexFile } from "../../src/lib/search.ts";

// Built on 2026-11-25, before the fixture's planned days, so they are upcoming (test/support/sites.ts).
const { site: SITE, base: BASE } = SITES.upcoming;
let dist: string;

beforeAll(async () => {
  dist = (await sharedSite("upcoming")).dist;
});

const read = (file: string) => readFileSync(path.join(dist, file), "utf8");
const page = (sitePath: string): HTMLElement => parse(read(path.join(sitePath, "index.html")));
const meta = (root: HTMLElement, key: string) =>
  root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
const jsonLd = (root: HTMLElement) =>
  root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

/** The readers' pages: not the search index, nor the form editor for comms staff (admin/). */
function htmlPages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      return isSearchIndexFile(`${e.name}/`) || path.relative(dist, full) === "admin" ? [] : htmlPages(full);
    }
    return e.name.endsWith(".html") ? [path.relative(dist, full)] : [];
  });
}

describe("feeds and crawler files", () => {
  it("publishes an RSS feed of every article with absolute links under the base path", () => {
    const rss = read("rss.xml");
    expect(rss).toContain("<language>vi</language>");
    const links = [...rss.matchAll(/<item>.*?<link>(.*?)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual([
      `${SITE}${BASE}tin-tuc/thong-bao-khong-lien-quan/`,
      `${SITE}${BASE}tin-tuc/loi-khuyen-truoc-khi-hien-mau/`,
      `${SITE}${BASE}tin-tuc/ket-qua-ngay-hoi-duong-hoa/`,
      `${SITE}${BASE}tin-tuc/chuan-bi-ngay-hoi-duong-hoa/`,
    ]);
    expect(rss).toContain("<title>Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu</title>");
  });

  it("lists the pages in a sitemap, without the 404 and search pages", () => {
    expect(read("sitemap-index.xml")).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const locs = [...read("sitemap-0.xml").matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${SITE}${BASE}`);
    expect(locs).toContain(`${SITE}${BASE}chien-dich/2026-ngay-hoi-mua-dong/`);
    expect(locs.some((l) => l.includes("404") || l.includes("tim-kiem"))).toBe(false);
  });

  it("points robots.txt at the sitemap", () => {
    expect(read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`);
  });
});

describe("head tags", () => {
  it("gives every page a canonical URL, Open Graph and Twitter tags", () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(8);
    for (const file of pages) {
      const root = parse(read(file));
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href");
      expect(canonical, file).toMatch(new RegExp(`^${SITE}${BASE}`));
      expect(meta(root, "og:url"), file).toBe(canonical);
      expect(meta(root, "og:title"), file).toBeTruthy();
      expect(meta(root, "og:description"), file).toBeTruthy();
      expect(meta(root, "twitter:card"), file).toMatch(/^summary/);
      expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute("href")).toBe(
        `${SITE}${BASE}rss.xml`,
      );
    }
  });

  it("keeps the 404 page out of search engines", () => {
    expect(meta(parse(read("404.html")), "robots")).toBe("noindex");
  });
});

describe("JSON-LD", () => {
  it("describes an article as a NewsArticle published by the chapter", () => {
    const [doc] = jsonLd(page("tin-tuc/ket-qua-ngay-hoi-duong-hoa"));
    expect(doc["@context"]).toBe("https://schema.org");
    const ld = (doc["@graph"] as Record<string, unknown>[])[0];
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu",
      datePublished: "2025-06-16T00:00:00+07:00",
      url: `${SITE}${BASE}tin-tuc/ket-qua-ngay-hoi-duong-hoa/`,
      publisher: { "@type": "Organization" },
    });
  });

  it("describes a planned campaign as a scheduled Event with its dates and place", () => {
    const [ld] = jsonLd(page("chien-dich/2026-ngay-hoi-mua-dong"));
    expect(ld).toMatchObject({
      "@type": "Event",
      name: "Ngày hội hiến máu mùa đông",
      startDate: "2026-12-19",
      endDate: "2026-12-20",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", name: "Sân vận động hư cấu, 12 đường Lá; phường Hư Cấu" },
      organizer: { "@type": "Organization", name: "Hội Chữ thập đỏ phường Hư Cấu" },
    });
  });

  it("describes the chapter and its search on the home page", () => {
    const [ld] = jsonLd(page(""));
    const graph = ld["@graph"] as Record<string, unknown>[];
    expect(graph.map((n) => n["@type"])).toEqual(["Organization", "WebSite"]);
    expect(JSON.stringify(graph[1])).toContain(`${SITE}${BASE}tim-kiem/?q={q}`);
  });

  it("never lets page text close the JSON-LD element", () => {
    for (const file of htmlPages()) {
      for (const s of parse(read(file)).querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(s.textContent), file).not.toThrow();
      }
    }
  });
});

it("writes the search index into the build, with every article and campaign page in it", () => {
  expect(existsSync(path.join(dist, "pagefind/pagefind.js"))).toBe(true);
  // Pagefind reads the written site (src/integrations/search-index.ts): the index must hold
  // exactly the pages that mark content for it, no list page and none missed.
  const indexed = htmlPages().filter((file) => read(file).includes("data-pagefind-body"));
  expect(indexed.filter((f) => !/^(tin-tuc|chien-dich)\/[^/]+\/index\.html$/.test(f))).toEqual([]);
  const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages)).toEqual(["vi"]);
  expect(entry.languages.vi.page_count).toBe(indexed.length);
  expect(indexed.length).toBeGreaterThan(3);
});

describe("open data", () => {
  it("writes a CSV (UTF-8 with BOM) and a JSON file for every chart with rows", () => {
    const files = readdirSync(path.join(dist, "du-lieu")).sort();
    // 2026's only campaign is planned: no campaign chart, so no files for it.
    expect(files).toEqual(["chien-dich-2025.csv", "chien-dich-2025.json", "nam.csv", "nam.json"]);
    const csv = readFileSync(path.join(dist, "du-lieu/nam.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain(
      "\r\n2025,1200,,1000,không,120,có,Báo cáo hư cấu của phường Hư Cấu,,,CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.vi),",
    );
    const json = JSON.parse(read("du-lieu/chien-dich-2025.json"));
    // The source gives no publication date: the site's article date (2025-06-16) is not passed off as one.
    expect(json).toMatchObject({
      page: `${SITE}${BASE}so-lieu/`,
      figuresDate: null,
      licence: { name: "CC BY 4.0" },
      sources: [{ name: "Báo cáo hư cấu của phường Hư Cấu", published: null }],
      rows: [{ label: "Ngày hội hiến máu trên đường Hoa", unitsCollected: 300, unitTarget: 250 }],
    });
  });

  it("links each chart to its files", () => {
    const links = page("so-lieu")
      .querySelectorAll(".chart-downloads a")
      .map((a) => a.getAttribute("href"))
      .filter((link) => link?.startsWith(BASE));
    expect(links).toEqual(
      expect.arrayContaining([
        `${BASE}du-lieu/nam.csv`,
        `${BASE}du-lieu/nam.json`,
        `${BASE}du-lieu/chien-dich-2025.csv`,
      ]),
    );
    for (const link of links) expect(existsSync(path.join(dist, link!.slice(BASE.length)))).toBe(true);
  });

  it("describes the statistics as a Dataset with its downloads", () => {
    const [ld] = jsonLd(page("so-lieu"));
    expect(ld).toMatchObject({
      "@type": "Dataset",
      temporalCoverage: "2025/2026",
      license: "https://creativecommons.org/licenses/by/4.0/deed.vi",
    });
    // No source of the fixture says when it published: no date is made up.
    expect(ld.dateModified).toBeUndefined();
    const urls = (ld.distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
    expect(urls).toContain(`${SITE}${BASE}du-lieu/nam.csv`);
  });

  it("explains each figure on the statistics page", () => {
    const terms = page("so-lieu")
      .querySelectorAll(".explainer dt")
      .map((dt) => dt.textContent);
    expect(terms).toEqual(expect.arrayContaining(["Đơn vị máu", "Chỉ tiêu", "Đạt (%)", "Nguồn"]));
  });
});

describe("yearly report", () => {
  it("has a page for every year with results, listed on /bao-cao/", () => {
    const links = page("bao-cao")
      .querySelectorAll("main li a")
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual([`${BASE}bao-cao/2025/`]);
    expect(existsSync(path.join(dist, "bao-cao/2025/index.html"))).toBe(true);
  });

  it("gives the year's totals, its campaigns, charts, articles and sources", () => {
    const root = page("bao-cao/2025");
    const text = root.querySelector("main")!.textContent.replace(/\s+/g, " ");
    expect(root.querySelector("h1")?.textContent).toBe("Báo cáo hiến máu tình nguyện năm 2025");
    const stats = root
      .querySelectorAll(".stat")
      .map((el) => [
        el.querySelector(".value")!.textContent.replace(/\s+/g, " ").trim(),
        el.querySelector(".label")!.textContent.trim(),
      ]);
    expect(stats).toEqual([
      ["1.200", "Đơn vị máu tiếp nhận"],
      ["1.000", "Chỉ tiêu (đơn vị máu)"],
      ["120 %* (số suy ra)", "Đạt so với chỉ tiêu"],
      ["10", "Hoạt động tuyên truyền, vận động"],
      ["2.000", "Người tham gia"],
    ]);
    expect(root.querySelectorAll('section[aria-labelledby="chien-dich"] tbody th a').map((a) => a.textContent)).toEqual(
      ["Ngày hội hiến máu trên đường Hoa"],
    );
    expect(root.querySelectorAll("figure[data-chart]").length).toBe(2);
    expect(root.querySelectorAll(".articles a").map((a) => a.textContent)).toEqual([
      "Thông báo lịch trực",
      "Lời khuyên trước khi hiến máu",
      "Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu",
      "Phường Hư Cấu chuẩn bị ngày hội hiến máu",
    ]);
    expect(text).toContain("Báo cáo hư cấu của phường Hư Cấu");
  });

  it("makes no report for a year with only a target (2026) or only planned drives (2027)", () => {
    for (const year of [2026, 2027]) expect(existsSync(path.join(dist, `bao-cao/${year}/index.html`))).toBe(false);
  });

  it("links the reports from the statistics page", () => {
    const links = page("so-lieu")
      .querySelectorAll(".reports a")
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual([`${BASE}bao-cao/2025/`]);
  });
});

describe("upcoming campaigns", () => {
  it("lists planned campaigns soonest first with date, place and how to register", () => {
    const root = page("lich-hien-mau");
    const cards = root.querySelectorAll("article.upcoming");
    expect(cards.map((c) => c.querySelector("h2 a")?.textContent)).toEqual([
      "Ngày hội hiến máu mùa đông",
      "Chiến dịch hiến máu mùa xuân",
    ]);
    expect(cards[0].querySelector("time")?.getAttribute("datetime")).toBe("2026-12-19");
    expect(cards[0].querySelector(".when")?.textContent.trim()).toBe("19/12/2026 – 20/12/2026");
    const facts = cards[0].querySelectorAll("dd").map((dd) => dd.textContent.trim());
    expect(facts).toEqual([
      "Sân vận động hư cấu, 12 đường Lá; phường Hư Cấu",
      "Hội Chữ thập đỏ phường Hư Cấu",
      "400 đơn vị máu",
      "Đăng ký tại nhà văn hóa tổ dân phố hoặc gọi 0000 000 000 (số hư cấu).",
    ]);
    expect(cards[1].querySelectorAll("dd").at(-1)?.textContent.trim()).toBe(
      "Hội sẽ thông báo cách đăng ký trước ngày hiến máu.",
    );
  });

  it("offers the calendar as a webcal subscription and a download", () => {
    const links = page("lich-hien-mau")
      .querySelectorAll(".subscribe a")
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual([`webcal://example.org${BASE}lich-hien-mau.ics`, `${BASE}lich-hien-mau.ics`]);
  });

  it("shows them on the home page", () => {
    const section = page("").querySelector("#sap-dien-ra")?.parentNode;
    expect(section?.querySelectorAll("article.upcoming").length).toBe(2);
  });

  it("publishes them as iCalendar: CRLF, folded lines, all-day dates, UIDs", () => {
    const ics = read("lich-hien-mau.ics");
    const lines = ics.split("\r\n");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain("UID:2026-ngay-hoi-mua-dong@example.org\r\n");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20261221\r\n");
    expect(unfolded).toContain("LOCATION:Sân vận động hư cấu\\, 12 đường Lá\\; phường Hư Cấu\r\n");
    expect(unfolded).toContain(`URL:${SITE}${BASE}chien-dich/2026-ngay-hoi-mua-dong/\r\n`);
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    // The past festival and the done campaign are not in the calendar.
    expect(unfolded).not.toContain("đường Hoa");
  });

  it("links a planned campaign's page to the calendar, and not a finished one's", () => {
    const link = (p: string) =>
      page(p)
        .querySelectorAll("main a")
        .some((a) => a.getAttribute("href") === `${BASE}lich-hien-mau/#theo-doi-lich`);
    expect(link("chien-dich/2026-ngay-hoi-mua-dong")).toBe(true);
    expect(link("chien-dich/2025-ngay-hoi-duong-hoa")).toBe(false);
  });

  it("links the calendar from the header", () => {
    const nav = page("")
      .querySelectorAll("header nav a")
      .map((a) => a.getAttribute("href"));
    expect(nav).toContain(`${BASE}lich-hien-mau/`);
  });
});

describe("topics and article navigation", () => {
  it("has a page per topic, listed on /chu-de/", () => {
    const links = page("chu-de")
      .querySelectorAll(".topics a")
      .map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["kết quả", `${BASE}chu-de/ket-qua/`],
      ["ngày hội", `${BASE}chu-de/ngay-hoi/`],
      ["sức khỏe", `${BASE}chu-de/suc-khoe/`],
      ["thông báo", `${BASE}chu-de/thong-bao/`],
    ]);
    const titles = page("chu-de/ket-qua")
      .querySelectorAll("main article h2 a")
      .map((a) => a.textContent);
    expect(titles).toEqual(["Lời khuyên trước khi hiến máu", "Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu"]);
  });

  it("links an article's topics, related articles (same campaign first) and previous/next", () => {
    const root = page("tin-tuc/ket-qua-ngay-hoi-duong-hoa");
    expect(root.querySelectorAll(".tags a").map((a) => a.getAttribute("href"))).toEqual([
      `${BASE}chu-de/ngay-hoi/`,
      `${BASE}chu-de/ket-qua/`,
    ]);
    expect(root.querySelectorAll(".related h3 a").map((a) => a.textContent)).toEqual([
      "Phường Hư Cấu chuẩn bị ngày hội hiến máu",
      "Lời khuyên trước khi hiến máu",
    ]);
    expect(root.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(
      `${BASE}tin-tuc/chuan-bi-ngay-hoi-duong-hoa/`,
    );
    expect(root.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(
      `${BASE}tin-tuc/loi-khuyen-truoc-khi-hien-mau/`,
    );
  });

  it("has no related section for an article that shares nothing, and no next for the newest", () => {
    const root = page("tin-tuc/thong-bao-khong-lien-quan");
    expect(root.querySelector(".related")).toBeNull();
    expect(root.querySelector('a[rel="next"]')).toBeNull();
    expect(root.querySelector('a[rel="prev"]')).not.toBeNull();
  });

  it("shows breadcrumbs, also as BreadcrumbList JSON-LD", () => {
    const root = page("tin-tuc/ket-qua-ngay-hoi-duong-hoa");
    const crumbs = root.querySelectorAll(".breadcrumbs li").map((li) => li.textContent.trim());
    expect(crumbs).toEqual(["Trang chủ", "Tin tức", "Ngày hội trên đường Hoa tiếp nhận 300 đơn vị máu"]);
    const graph = jsonLd(root)[0]["@graph"] as Record<string, unknown>[];
    expect(graph.map((n) => n["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
    for (const p of ["chien-dich/2026-ngay-hoi-mua-dong", "bao-cao/2025", "chu-de/ket-qua"]) {
      expect(page(p).querySelectorAll(".breadcrumbs li").length, p).toBe(3);
    }
  });
});

describe("share images", () => {
  it("gives every article and campaign its own 1200×630 JPEG, and other pages the site's", async () => {
    for (const file of htmlPages()) {
      const root = parse(read(file));
      const image = meta(root, "og:image")!;
      expect(image, file).toMatch(new RegExp(`^${SITE}${BASE}og/.+\\.jpg$`));
      expect(meta(root, "twitter:image"), file).toBe(image);
      expect(meta(root, "og:image:type"), file).toBe("image/jpeg");
      const { format, width, height } = await sharp(path.join(dist, image.slice(`${SITE}${BASE}`.length))).metadata();
      expect([format, width, height], file).toEqual(["jpeg", 1200, 630]);
      const own = /^(tin-tuc|chien-dich)\/[^/]+\/index\.html$/.test(file);
      expect(image.endsWith("og/trang-chu.jpg"), file).toBe(!own);
    }
    expect(meta(page("chien-dich/2026-ngay-hoi-mua-dong"), "og:image")).toBe(
      `${SITE}${BASE}og/chien-dich/2026-ngay-hoi-mua-dong.jpg`,
    );
  });
});
