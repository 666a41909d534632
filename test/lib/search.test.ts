import { describe, expect, it } from "vitest";
import { foldForSearch, hitExcerpt, markdownToPlainText, searchFoldText, searchTerms } from "../../src/lib/search.ts";

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

describe("searchTerms", () => {
  it("gives every word of the other text once, then the folded đ-words of all", () => {
    expect(
      searchTerms({
        indexed: ["Ngày hội trên đường Hoa", undefined],
        other: ["Hiến máu, hiến máu (trên) Đường Hoa.", "Đoàn thanh niên; 4.000 đơn vị", undefined],
      }),
    ).toBe("Hiến máu trên Đường Hoa Đoàn thanh niên 4.000 đơn vị duong doan don");
  });
  it("counts a word written with combining marks as the same word", () => {
    expect(searchTerms({ indexed: [], other: ["Li\u00eam Lie\u0302m LIÊM"] })).toBe("Li\u00eam");
  });
  it("adds only the folded đ-words of the indexed text, not its words", () => {
    expect(searchTerms({ indexed: ["Bắc Từ Liêm đạt 4.000 đơn vị máu"], other: [] })).toBe("dat don");
  });
  it("is empty for a page with no other text and no đ", () => {
    expect(searchTerms({ indexed: ["Mưa Cầu Vồng"], other: [undefined, ""] })).toBe("");
  });
});

describe("hitExcerpt", () => {
  it("keeps an excerpt with a hit", () => {
    expect(hitExcerpt("quận <mark>Từ</mark> Liêm tiếp nhận")).toBe("quận <mark>Từ</mark> Liêm tiếp nhận");
  });
  it("drops one without, from a page found by its terms alone, so the summary shows instead", () => {
    expect(hitExcerpt("Ngày hội hư cấu trên đường Hoa")).toBeUndefined();
    expect(hitExcerpt("")).toBeUndefined();
    expect(hitExcerpt(undefined)).toBeUndefined();
  });
});
