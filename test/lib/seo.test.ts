import { describe, expect, it } from "vitest";
import { defineChapter } from "../../src/lib/chapter.ts";
import {
  breadcrumbJsonLd,
  campaignEventJsonLd,
  datasetJsonLd,
  jsonLdDocument,
  jsonLdScript,
  newsArticleJsonLd,
  organizationJsonLd,
  robotsTxt,
  websiteJsonLd,
} from "../../src/lib/seo.ts";

// A fictional chapter: these tests must not depend on the real chapter's settings.
const chapter = defineChapter({
  name: "Hội Chữ thập đỏ phường Hư Cấu",
  shortName: "CTĐ Hư Cấu",
  place: { level: "phường", name: "Hư Cấu" },
  parent: { level: "tỉnh", name: "Mẫu Thử" },
  quotaSetter: "Tỉnh",
  searchExample: "Hư Cấu",
  programme: "Hiến máu tình nguyện",
  description: "Mô tả hư cấu.",
  address: "1 đường Hư Cấu",
  phone: "0000 000 000",
  links: [{ label: "Trang hư cấu", url: "https://example.org/hu-cau" }],
  colors: {
    brand: "#b3121f",
    brandDark: "#ff8a8f",
    chartCollected: "#9f1239",
    chartTarget: "#f4a3ab",
    chartCollectedDark: "#fb7185",
    chartTargetDark: "#7f1d1d",
  },
});
const org = organizationJsonLd(chapter, "https://example.org/");

describe("organizationJsonLd", () => {
  it("describes the chapter, with the optional contact only when set", () => {
    expect(org).toMatchInlineSnapshot(`
      {
        "@type": "Organization",
        "address": {
          "@type": "PostalAddress",
          "addressCountry": "VN",
          "addressRegion": "tỉnh Mẫu Thử",
          "streetAddress": "1 đường Hư Cấu",
        },
        "alternateName": "CTĐ Hư Cấu",
        "areaServed": {
          "@type": "AdministrativeArea",
          "name": "phường Hư Cấu, tỉnh Mẫu Thử",
        },
        "name": "Hội Chữ thập đỏ phường Hư Cấu",
        "sameAs": [
          "https://example.org/hu-cau",
        ],
        "telephone": "0000 000 000",
        "url": "https://example.org/",
      }
    `);
    expect(organizationJsonLd({ ...chapter, phone: undefined, links: [] }, "https://example.org/")).not.toHaveProperty(
      "telephone",
    );
  });
});

describe("newsArticleJsonLd", () => {
  it("dates the article in Hà Nội and names each author", () => {
    expect(
      newsArticleJsonLd(
        {
          title: "Ngày hội hư cấu",
          description: "Tóm tắt.",
          date: "2025-06-16",
          authors: ["Người A", "Người B"],
          tags: ["ngày hội", "kết quả"],
          url: "https://example.org/tin-tuc/a/",
          image: "https://example.org/xem-truoc/tin-tuc/a.png",
        },
        org,
      ),
    ).toMatchInlineSnapshot(`
      {
        "@type": "NewsArticle",
        "author": [
          {
            "@type": "Person",
            "name": "Người A",
          },
          {
            "@type": "Person",
            "name": "Người B",
          },
        ],
        "datePublished": "2025-06-16T00:00:00+07:00",
        "description": "Tóm tắt.",
        "headline": "Ngày hội hư cấu",
        "image": [
          "https://example.org/xem-truoc/tin-tuc/a.png",
        ],
        "inLanguage": "vi",
        "keywords": "ngày hội, kết quả",
        "mainEntityOfPage": "https://example.org/tin-tuc/a/",
        "publisher": {
          "@type": "Organization",
          "address": {
            "@type": "PostalAddress",
            "addressCountry": "VN",
            "addressRegion": "tỉnh Mẫu Thử",
            "streetAddress": "1 đường Hư Cấu",
          },
          "alternateName": "CTĐ Hư Cấu",
          "areaServed": {
            "@type": "AdministrativeArea",
            "name": "phường Hư Cấu, tỉnh Mẫu Thử",
          },
          "name": "Hội Chữ thập đỏ phường Hư Cấu",
          "sameAs": [
            "https://example.org/hu-cau",
          ],
          "telephone": "0000 000 000",
          "url": "https://example.org/",
        },
        "url": "https://example.org/tin-tuc/a/",
      }
    `);
  });
});

describe("campaignEventJsonLd", () => {
  const base = {
    name: "Ngày hội mùa đông",
    kind: "festival",
    year: 2026,
    status: "planned",
    sources: [{ name: "Hư cấu" }] as { name: string }[],
  } as const;
  it("describes a planned campaign with its dates, place and organiser", () => {
    expect(
      campaignEventJsonLd(
        { ...base, startDate: "2026-12-19", endDate: "2026-12-20", place: "Sân hư cấu", organiser: "Đoàn hư cấu" },
        { url: "https://example.org/chien-dich/x/", area: "phường Hư Cấu", organiser: org },
      ),
    ).toMatchInlineSnapshot(`
      {
        "@type": "Event",
        "endDate": "2026-12-20",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": "vi",
        "isAccessibleForFree": true,
        "location": {
          "@type": "Place",
          "address": {
            "@type": "PostalAddress",
            "addressCountry": "VN",
            "addressLocality": "phường Hư Cấu",
          },
          "name": "Sân hư cấu",
        },
        "name": "Ngày hội mùa đông",
        "organizer": {
          "@type": "Organization",
          "name": "Đoàn hư cấu",
        },
        "startDate": "2026-12-19",
        "url": "https://example.org/chien-dich/x/",
      }
    `);
  });
  it("dates a drive with opening hours to the minute, in Hà Nội time", () => {
    const opts = { url: "https://example.org/chien-dich/x/", area: "phường Hư Cấu", organiser: org };
    const ld = campaignEventJsonLd({ ...base, startDate: "2022-06-18", startTime: "07:30", endTime: "11:30" }, opts);
    expect([ld.startDate, ld.endDate]).toEqual(["2022-06-18T07:30:00+07:00", "2022-06-18T11:30:00+07:00"]);
    const noEnd = campaignEventJsonLd({ ...base, startDate: "2022-06-18", startTime: "07:30" }, opts);
    expect([noEnd.startDate, noEnd.endDate]).toEqual(["2022-06-18T07:30:00+07:00", undefined]);
  });

  it("falls back to the year, the chapter's area and the chapter as organiser", () => {
    const ld = campaignEventJsonLd(base, {
      url: "https://example.org/chien-dich/x/",
      area: "phường Hư Cấu",
      organiser: org,
    });
    expect(ld.startDate).toBe("2026");
    expect(ld).not.toHaveProperty("endDate");
    expect(ld.location).toEqual({
      "@type": "Place",
      name: "phường Hư Cấu",
      address: { "@type": "PostalAddress", addressLocality: "phường Hư Cấu", addressCountry: "VN" },
    });
    expect(ld.organizer).toBe(org);
  });
});

describe("datasetJsonLd", () => {
  it("lists the downloads and the years covered", () => {
    expect(
      datasetJsonLd({
        name: "Số liệu hư cấu",
        description: "Mô tả.",
        url: "https://example.org/so-lieu/",
        creator: { "@type": "Organization", name: "Hư cấu" },
        area: "phường Hư Cấu",
        years: [2024, 2022, 2023],
        sources: ["Nguồn A", "Nguồn A", "Nguồn B"],
        variables: ["Đơn vị máu tiếp nhận"],
        downloads: [{ url: "https://example.org/du-lieu/nam.csv", encodingFormat: "text/csv", name: "nam.csv" }],
        dateModified: "2025-01-02",
      }),
    ).toMatchInlineSnapshot(`
      {
        "@type": "Dataset",
        "creator": {
          "@type": "Organization",
          "name": "Hư cấu",
        },
        "dateModified": "2025-01-02",
        "description": "Mô tả.",
        "distribution": [
          {
            "@type": "DataDownload",
            "contentUrl": "https://example.org/du-lieu/nam.csv",
            "encodingFormat": "text/csv",
            "name": "nam.csv",
          },
        ],
        "inLanguage": "vi",
        "isBasedOn": [
          "Nguồn A",
          "Nguồn B",
        ],
        "name": "Số liệu hư cấu",
        "spatialCoverage": {
          "@type": "Place",
          "name": "phường Hư Cấu",
        },
        "temporalCoverage": "2022/2024",
        "url": "https://example.org/so-lieu/",
        "variableMeasured": [
          "Đơn vị máu tiếp nhận",
        ],
      }
    `);
  });
});

describe("jsonLdDocument and jsonLdScript", () => {
  it("wraps several nodes in a graph and one node in place", () => {
    expect(jsonLdDocument([{ "@type": "A" }, { "@type": "B" }])).toEqual({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "A" }, { "@type": "B" }],
    });
    expect(jsonLdDocument({ "@type": "A" })).toEqual({ "@context": "https://schema.org", "@type": "A" });
  });
  it("cannot be closed by text inside it", () => {
    const script = jsonLdScript({ name: "</script><script>alert(1)</script>" });
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

describe("websiteJsonLd", () => {
  it("points the SearchAction at the search page", () => {
    const ld = websiteJsonLd("Hư cấu", "https://example.org/", "https://example.org/tim-kiem/?q=%7Bq%7D");
    expect(ld.potentialAction).toEqual({
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: "https://example.org/tim-kiem/?q={q}" },
      "query-input": "required name=q",
    });
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from 1", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Trang chủ", url: "https://example.org/" },
        { name: "Tin tức", url: "https://example.org/tin-tuc/" },
      ]),
    ).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://example.org/" },
        { "@type": "ListItem", position: 2, name: "Tin tức", item: "https://example.org/tin-tuc/" },
      ],
    });
  });
});

describe("robotsTxt", () => {
  it("names the sitemap", () => {
    expect(robotsTxt("https://example.org/giot-hong/sitemap-index.xml")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/giot-hong/sitemap-index.xml\n",
    );
  });
});
