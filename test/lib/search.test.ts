import { describe, expect, it } from "vitest";
import { foldForSearch, markdownToPlainText, ownExcerpt, searchFoldText } from "../../src/lib/search.ts";

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
  it("is plain ASCII even with curly quotes and dashes", () => {
    expect(searchFoldText(["Chiến dịch “Những giọt máu hồng” – 2021…"])).toBe("chien dich nhung giot mau hong 2021");
  });
  it("joins the parts that exist and folds them", () => {
    expect(searchFoldText(["Đường Phạm Văn Đồng", undefined, "Hiến máu"])).toBe("duong pham van dong hien mau");
  });
});

describe("ownExcerpt", () => {
  it("drops an excerpt that lies wholly in the folded copy", () => {
    expect(ownExcerpt("quan <mark>tu</mark> liem tiep nhan")).toBeUndefined();
  });
  it("keeps an excerpt from the page's own text", () => {
    expect(ownExcerpt("quận <mark>Từ</mark> Liêm tiếp nhận")).toBe("quận <mark>Từ</mark> Liêm tiếp nhận");
  });
  it("cuts the folded tail off an excerpt that runs into it", () => {
    expect(
      ownExcerpt("máu trên đường <mark>Hoa.</mark> Ngày hội hư cấu. ngay hoi hien mau tren <mark>duong</mark> hoa"),
    ).toBe("máu trên đường <mark>Hoa.</mark> Ngày hội hư cấu.");
  });
  it("keeps a few plain words and figures at the end of real text", () => {
    expect(ownExcerpt("đạt <mark>172,9</mark> % năm 2021")).toBe("đạt <mark>172,9</mark> % năm 2021");
  });
  it("drops the excerpt when every hit is in the folded tail", () => {
    expect(ownExcerpt("Ngày hội hư cấu. ngay hoi hien mau tren <mark>duong</mark> hoa")).toBeUndefined();
  });
});
