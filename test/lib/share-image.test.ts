import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { glyphMask, setLine } from "../../src/lib/share-text.ts";
import {
  cardPalette,
  fontStacks,
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

describe("card frame (satori: the chapter's name and programme)", () => {
  it("draws every Vietnamese letter, in both weights (a missing glyph draws nothing)", async () => {
    expect(letters).toHaveLength(2 + 12 * 6 * 2);
    // A drawn glyph is a path with outline commands; a missing one leaves no outline.
    const outline = (svg: string) => [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]).join("");
    const blankBold = outline(await renderShareSvg({ ...card, chapter: "\uE000" }));
    const blankRegular = outline(await renderShareSvg({ ...card, programme: "\uE000" }));
    const missing: string[] = [];
    for (const letter of letters) {
      // The chapter's name is bold, the programme regular: each letter must exist in both weights.
      const bold = outline(await renderShareSvg({ ...card, chapter: letter }));
      const regular = outline(await renderShareSvg({ ...card, programme: letter }));
      if (bold === blankBold || regular === blankRegular) missing.push(letter);
    }
    expect(missing).toEqual([]);
  });
});

describe("card text (fontkit)", () => {
  it("sets and draws every Vietnamese letter, in both weights", async () => {
    const stacks = await fontStacks();
    const missing: string[] = [];
    for (const weight of [400, 700] as const) {
      for (const letter of letters) {
        const [placed, ...rest] = setLine(letter, { fonts: stacks[weight], size: 48 }).glyphs;
        // One glyph, the letter itself (not .notdef, not a base letter with a loose mark), with ink.
        const drawn =
          placed &&
          rest.length === 0 &&
          placed.glyph.id !== 0 &&
          String.fromCodePoint(...placed.glyph.codePoints) === letter &&
          glyphMask(stacks[weight][placed.font]!, placed.glyph, 48, 0);
        if (!drawn) missing.push(`${letter} (${weight})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("cardPalette", () => {
  it("holds the background, then each ink from faint to solid", () => {
    const { palette, inks } = cardPalette({ ...card.colors, brand: "#ff0000" });
    expect(palette[0]).toEqual([255, 255, 255]);
    expect(palette).toHaveLength(1 + 3 * 32);
    expect(palette[inks.brand.first + inks.brand.levels - 1]).toEqual([255, 0, 0]);
    expect(palette[inks.brand.first]).toEqual([255, 247, 247]);
    expect(palette[inks.text.first + inks.text.levels - 1]).toEqual([0x1c, 0x1c, 0x1e]);
    expect(cardPalette({ ...card.colors, brand: "#f00" }).palette).toEqual(palette);
  });

  it("refuses a colour that is not a hex code, naming the config field and the fix", () => {
    expect(() => cardPalette({ ...card.colors, brand: "red" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Ảnh chia sẻ: màu colors.brand cần mã hex dạng #rrggbb hoặc #rgb, nhận được "red" (share card colours must be hex codes). Cách sửa: trong src/chapter.config.ts, đặt colors.brand thành mã hex, ví dụ "#b3121f".]`,
    );
  });
});

describe("renderSharePng", () => {
  const full = { ...card, title: "Ngày hội hiến máu", chapter: "Hội Chữ thập đỏ", detail: "Thứ Bảy, 12/10/2026" };
  const pixels = async (png: Uint8Array) => sharp(png).raw().toBuffer({ resolveWithObject: true });

  it("writes a 1200×630 PNG", async () => {
    const png = await renderSharePng(full);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
    const { info } = await pixels(png);
    expect([info.width, info.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
  });

  it("wraps a long detail (a planned campaign's date and place) onto a second line above the first", async () => {
    const long = "Chủ Nhật, 13 tháng 12, 2026 · Nhà văn hoá tổ dân phố số 5, phường Phú Diễn, quận Bắc Từ Liêm, Hà Nội";
    const [a, b] = await Promise.all([
      pixels(await renderSharePng({ ...full, detail: "" })),
      pixels(await renderSharePng({ ...full, detail: long })),
    ]);
    const rows = new Set<number>();
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) rows.add(Math.floor(i / 3 / SHARE_WIDTH));
    // Two 36 px lines ending at the bottom padding (574 px), not one from 538 px. (The title, centred
    // between header and detail, moves up too: its rows end well above these.)
    const low = [...rows].filter((row) => row > 440);
    expect(Math.max(...low)).toBeLessThan(574);
    expect(Math.min(...low)).toBeLessThan(520);
    expect(Math.min(...low)).toBeGreaterThan(480);
  });

  it("draws the same card to the same bytes, and the title where the card's middle is", async () => {
    const png = await renderSharePng(full);
    expect(await renderSharePng(full)).toEqual(png);
    const [a, b] = await Promise.all([pixels(png), pixels(await renderSharePng({ ...full, title: "" }))]);
    const rowsDiffering = new Set<number>();
    for (let i = 0; i < a.data.length; i++) {
      if (a.data[i] !== b.data[i]) rowsDiffering.add(Math.floor(i / 3 / SHARE_WIDTH));
    }
    // One line of 68 px type, between the header (ends ~126 px) and the detail line (from ~538 px).
    const rows = [...rowsDiffering];
    expect(Math.min(...rows)).toBeGreaterThan(126);
    expect(Math.max(...rows)).toBeLessThan(538);
    expect(rows.length).toBeGreaterThan(40);
    // The left band is the brand colour, whatever the text.
    expect([...a.data.subarray((300 * SHARE_WIDTH + 10) * 3, (300 * SHARE_WIDTH + 10) * 3 + 3)]).toEqual([
      0xb3, 0x12, 0x1f,
    ]);
  });
});
