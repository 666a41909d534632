import { describe, expect, it } from "vitest";
import {
  renderSharePng,
  renderShareSvg,
  SHARE_HEIGHT,
  SHARE_WIDTH,
  titleSize,
  type ShareCard,
} from "../../src/lib/share-image.ts";

const card: ShareCard = {
  kind: "Tin tức",
  title: "",
  detail: "",
  chapter: "",
  programme: "",
  colors: { brand: "#b3121f", text: "#1c1c1e", muted: "#52525b", background: "#ffffff" },
};

// Every letter Vietnamese writes with a mark, lower and upper case, plus đ/Đ.
const VOWELS = "aăâeêioôơuưy";
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const letters = [
  ..."đĐ",
  ...[...VOWELS].flatMap((v) => TONES.map((tone) => (v + tone).normalize("NFC"))),
  ...[...VOWELS.toUpperCase()].flatMap((v) => TONES.map((tone) => (v + tone).normalize("NFC"))),
];

describe("titleSize", () => {
  it("sets long headlines smaller", () => {
    expect(titleSize("Ngắn")).toBe(68);
    expect(titleSize("x".repeat(60))).toBe(58);
    expect(titleSize("x".repeat(90))).toBe(48);
    expect(titleSize("x".repeat(140))).toBe(40);
  });
});

describe("share image fonts", () => {
  it("draw every Vietnamese letter, in both weights (a missing glyph draws nothing)", async () => {
    expect(letters).toHaveLength(2 + 12 * 6 * 2);
    // A drawn glyph is a path with outline commands; a missing one leaves no outline.
    const outline = (svg: string) => [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]).join("");
    const blankBold = outline(await renderShareSvg({ ...card, title: "\uE000" }));
    const blankRegular = outline(await renderShareSvg({ ...card, detail: "\uE000" }));
    const missing: string[] = [];
    for (const letter of letters) {
      // Title is bold, detail regular: each letter must exist in both weights.
      const bold = outline(await renderShareSvg({ ...card, title: letter }));
      const regular = outline(await renderShareSvg({ ...card, detail: letter }));
      if (bold === blankBold || regular === blankRegular) missing.push(letter);
    }
    expect(missing).toEqual([]);
  });
});

describe("renderSharePng", () => {
  it("writes a 1200×630 PNG", async () => {
    const png = await renderSharePng({ ...card, title: "Ngày hội hiến máu", chapter: "Hội Chữ thập đỏ" });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
  });
});
