import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import * as fontkit from "fontkit";
import type { Font } from "fontkit";
import { createCanvas } from "@napi-rs/canvas";
import {
  checkCardColors,
  renderShareImage,
  SHARE_HEIGHT,
  SHARE_WEIGHTS,
  SHARE_WIDTH,
  shareFont,
  shareFontFiles,
  titleSize,
  wrapLines,
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

describe("Vietnamese letters on the card", () => {
  it("are every one in the card's font files, in both weights, as the letter itself", () => {
    expect(letters).toHaveLength(2 + 12 * 6 * 2);
    const missing: string[] = [];
    for (const weight of SHARE_WEIGHTS) {
      const fonts = shareFontFiles()
        .filter((f) => f.weight === weight)
        .map((f) => fontkit.create(readFileSync(f.file)) as Font);
      for (const letter of letters) {
        // One precomposed glyph with an outline, not .notdef and not a base letter with a loose mark.
        const drawn = fonts.some((font) => {
          const glyph = font.glyphForCodePoint(letter.codePointAt(0)!);
          return glyph.id !== 0 && glyph.path.commands.length > 0;
        });
        if (!drawn) missing.push(`${letter} (${weight})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are drawn with ink by the canvas in both weights, each weight differently", () => {
    const ink = (letter: string, weight: (typeof SHARE_WEIGHTS)[number]) => {
      const canvas = createCanvas(80, 100);
      const ctx = canvas.getContext("2d");
      ctx.font = shareFont(48, weight);
      ctx.fillStyle = "#000";
      ctx.fillText(letter, 10, 70);
      const alpha = ctx.getImageData(0, 0, 80, 100).data.filter((_, i) => i % 4 === 3);
      return Buffer.from(alpha);
    };
    const blank = Buffer.alloc(80 * 100);
    const problems: string[] = [];
    for (const letter of letters) {
      const [regular, bold] = [ink(letter, 400), ink(letter, 700)];
      if (regular.equals(blank) || bold.equals(blank)) problems.push(`${letter}: nothing drawn`);
      else if (regular.equals(bold)) problems.push(`${letter}: one weight only`);
    }
    expect(problems).toEqual([]);
  });
});

describe("wrapLines", () => {
  // One unit a character: easy to reason about.
  const measure = (s: string) => [...s].length;

  it("breaks at spaces, each line within the width", () => {
    const lines = wrapLines("Ngày hội hiến máu tình nguyện phường Đông Ngạc", measure, 17, 5);
    expect(lines).toEqual(["Ngày hội hiến máu", "tình nguyện", "phường Đông Ngạc"]);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(17);
  });

  it("ends the last allowed line with an ellipsis when the text does not fit", () => {
    expect(wrapLines("Ngày hội hiến máu tình nguyện phường Đông Ngạc", measure, 17, 2)).toEqual([
      "Ngày hội hiến máu",
      "tình nguyện…",
    ]);
    // The ellipsis itself must fit: a word goes to make room.
    expect(wrapLines("aaaa bbbb cccc dddd", measure, 9, 1)).toEqual(["aaaa…"]);
  });

  it("keeps a word longer than the line whole, and joins marks typed apart (NFD) to their letter", () => {
    expect(wrapLines("Chữthậpđỏquận hiến", measure, 5, 3)).toEqual(["Chữthậpđỏquận", "hiến"]);
    expect(wrapLines("Tie\u0302\u0301n", measure, 10, 1)).toEqual(["Tiến"]);
  });
});

describe("checkCardColors", () => {
  it("accepts hex codes and refuses anything else, naming the config field and the fix", () => {
    expect(() => checkCardColors({ ...card.colors, brand: "#f00" })).not.toThrow();
    expect(() => checkCardColors({ ...card.colors, brand: "red" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Ảnh chia sẻ: màu colors.brand cần mã hex dạng #rrggbb hoặc #rgb, nhận được "red" (share card colours must be hex codes). Cách sửa: trong src/chapter.config.ts, đặt colors.brand thành mã hex, ví dụ "#b3121f".]`,
    );
  });
});

describe("renderShareImage", () => {
  const full = { ...card, title: "Ngày hội hiến máu", chapter: "Hội Chữ thập đỏ", detail: "Thứ Bảy, 12/10/2026" };
  const pixels = async (jpeg: Uint8Array) => sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  /** Rows where two cards differ clearly (JPEG noise aside). */
  const rowsDiffering = (a: Buffer, b: Buffer) => {
    const rows = new Set<number>();
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 48) rows.add(Math.floor(i / 3 / SHARE_WIDTH));
    return [...rows];
  };

  it("writes a 1200×630 JPEG", async () => {
    const jpeg = await renderShareImage(full);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const { info } = await pixels(jpeg);
    expect([info.width, info.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
  });

  it("wraps a long detail (a planned campaign's date and place) onto a second line above the first", async () => {
    const long = "Chủ Nhật, 13 tháng 12, 2026 · Nhà văn hoá tổ dân phố số 5, phường Phú Diễn, quận Bắc Từ Liêm, Hà Nội";
    const [a, b] = await Promise.all([
      pixels(await renderShareImage({ ...full, detail: "" })),
      pixels(await renderShareImage({ ...full, detail: long })),
    ]);
    // Two 36 px lines ending at the bottom padding (574 px), not one from 538 px.
    const low = rowsDiffering(a.data, b.data).filter((row) => row > 440);
    expect(Math.max(...low)).toBeLessThan(574);
    expect(Math.min(...low)).toBeLessThan(520);
    expect(Math.min(...low)).toBeGreaterThan(480);
  });

  it("draws the same card to the same bytes, and the title where the card's middle is", async () => {
    const jpeg = await renderShareImage(full);
    expect(await renderShareImage(full)).toEqual(jpeg);
    const [a, b] = await Promise.all([pixels(jpeg), pixels(await renderShareImage({ ...full, title: "" }))]);
    // One line of 68 px type, between the header (ends ~126 px) and the detail line (from ~538 px).
    const rows = rowsDiffering(a.data, b.data);
    expect(Math.min(...rows)).toBeGreaterThan(126);
    expect(Math.max(...rows)).toBeLessThan(538);
    expect(rows.length).toBeGreaterThan(40);
    // The left band is the brand colour, whatever the text (within JPEG's rounding).
    const band = [...a.data.subarray((300 * SHARE_WIDTH + 10) * 3, (300 * SHARE_WIDTH + 10) * 3 + 3)];
    [0xb3, 0x12, 0x1f].forEach((c, i) => expect(Math.abs(band[i]! - c)).toBeLessThan(8));
  });
});
