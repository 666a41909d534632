import { describe, expect, it } from "vitest";
import { foldForSearch, isFoldedExcerpt, markdownToPlainText, searchFoldText } from "../../src/lib/search.ts";

describe("foldForSearch", () => {
  it("folds the three queries readers type without diacritics", () => {
    expect(foldForSearch("Từ Liêm")).toBe("tu liem");
    expect(foldForSearch("hiến máu")).toBe("hien mau");
    expect(foldForSearch("ĐƯỜNG đường")).toBe("duong duong");
  });
  it("gives the same form for the query typed either way", () => {
    expect(foldForSearch("  tu   liem ")).toBe(foldForSearch("Từ Liêm"));
  });
  it("folds text written with precomposed or combining marks alike", () => {
    expect(foldForSearch("Li\u00eam")).toBe(foldForSearch("Lie\u0302m"));
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    const md = [
      "---",
      "title: x",
      "---",
      'import CampaignChart from "../c.astro";',
      "",
      "## Năm 2021",
      "",
      "- Ngày hội **504 đơn vị máu**;",
      "Xem [bài gốc](https://example.org) và ![ảnh](./a.jpg).",
      "<CampaignChart year={2021} />",
    ].join("\n");
    expect(markdownToPlainText(md)).toBe("Năm 2021 Ngày hội 504 đơn vị máu ; Xem bài gốc và ảnh.");
  });
});

describe("searchFoldText", () => {
  it("joins the parts that exist and folds them", () => {
    expect(searchFoldText(["Đường Phạm Văn Đồng", undefined, "Hiến máu"])).toBe("duong pham van dong hien mau");
  });
});

describe("isFoldedExcerpt", () => {
  it("recognises an excerpt from the folded copy", () => {
    expect(isFoldedExcerpt("quan <mark>tu</mark> liem tiep nhan")).toBe(true);
  });
  it("keeps an excerpt from the page's own text", () => {
    expect(isFoldedExcerpt("quận <mark>Từ</mark> Liêm tiếp nhận")).toBe(false);
  });
  it("does not treat a run of figures as folded text", () => {
    expect(isFoldedExcerpt("3.792 – 172,9")).toBe(false);
  });
});
