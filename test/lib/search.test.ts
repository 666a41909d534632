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
  it("keeps only the words with đ, folded, each once", () => {
    expect(searchFoldText(["Đường Phạm Văn Đồng", undefined, "đường Hoa, Hiến máu"])).toBe("duong dong");
  });
  it("is empty when no word has đ: Pagefind folds the other marks itself", () => {
    expect(searchFoldText(["Chiến dịch “Những giọt máu hồng” – 2021…"])).toBe("");
  });
  it("finds đ in decomposed text and inside a word", () => {
    expect(searchFoldText(["Ngày Đoa\u0300n kết, Vĩnh Đức, Tâ\u0300m đỏ"])).toBe("doan duc do");
  });
});

describe("ownExcerpt", () => {
  it("drops an excerpt whose only hit is in the folded copy", () => {
    expect(ownExcerpt("Ngày hội hư cấu. <mark>duong</mark> dong")).toBeUndefined();
  });
  it("keeps an excerpt from the page's own text", () => {
    expect(ownExcerpt("quận <mark>Từ</mark> Liêm tiếp nhận")).toBe("quận <mark>Từ</mark> Liêm tiếp nhận");
  });
  it("cuts the folded tail off an excerpt that runs into it", () => {
    expect(ownExcerpt("máu trên đường <mark>Hoa.</mark> Ngày hội hư cấu. <mark>duong</mark> dong")).toBe(
      "máu trên đường <mark>Hoa.</mark> Ngày hội hư cấu.",
    );
  });
  it("cuts a folded word that Pagefind ended with a full stop", () => {
    // Pagefind joins the page's blocks with ". ", so the copy's last word can end with one.
    expect(ownExcerpt("trên đường Hoa. Ngày hội hư cấu dùng cho kiểm thử. duong.")).toBeUndefined();
    expect(ownExcerpt("trên đường <mark>Hoa.</mark> Ngày hội dùng cho kiểm thử. duong.")).toBe(
      "trên đường <mark>Hoa.</mark> Ngày hội dùng cho kiểm thử.",
    );
  });
  it("keeps plain words and figures at the end of real text", () => {
    expect(ownExcerpt("đạt <mark>172,9</mark> % năm 2021")).toBe("đạt <mark>172,9</mark> % năm 2021");
    expect(ownExcerpt("ngày hội <mark>hoa</mark> cho con em")).toBe("ngày hội <mark>hoa</mark> cho con em");
  });
  it("closes a mark the cut left open", () => {
    expect(ownExcerpt("<mark>Hoa</mark> <mark>hong duong</mark>")).toBe("<mark>Hoa</mark> <mark>hong</mark>");
  });
});
