import { describe, expect, it } from "vitest";
import { scanlines } from "../../src/lib/indexed-png.ts";
import { fontStacks } from "../../src/lib/share-image.ts";
import { drawLine, glyphMask, setLine, wrapText } from "../../src/lib/share-text.ts";

const { 400: regular, 700: bold } = await fontStacks();
const style = { fonts: bold, size: 48 };
const text = (lines: { glyphs: { glyph: { codePoints: number[] } }[] }[]) =>
  lines.map((line) => String.fromCodePoint(...line.glyphs.flatMap((g) => g.glyph.codePoints)));

describe("setLine", () => {
  it("places glyphs left to right and measures the line", () => {
    const line = setLine("Hiến máu", style);
    const xs = line.glyphs.map((g) => g.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(line.width).toBeGreaterThan(xs.at(-1)!);
    expect(setLine("Hiến máu hiến máu", style).width).toBeGreaterThan(line.width * 2);
    // Each weight is its own font: regular letters are narrower than bold ones.
    expect(setLine("Hiến máu", { ...style, fonts: regular }).width).toBeLessThan(line.width);
  });

  it("sets decomposed marks (as typed on some keyboards) as the precomposed letter", () => {
    const decomposed = setLine("Tie\u0302\u0301n", style);
    expect(text([decomposed])).toEqual(["Tiến"]);
    expect(decomposed.width).toBe(setLine("Tiến", style).width);
  });

  it("adds letter spacing between characters, not after the last", () => {
    const plain = setLine("TIN", style).width;
    expect(setLine("TIN", { ...style, letterSpacing: 2 }).width).toBeCloseTo(plain + 4);
  });

  it("leaves out a character no font has", () => {
    expect(text([setLine("a\uE000b", style)])).toEqual(["ab"]);
  });
});

describe("wrapText", () => {
  const width = setLine("Ngày hội hiến máu", style).width + 1;

  it("breaks at spaces, each line within the width", () => {
    const lines = wrapText("Ngày hội hiến máu tình nguyện phường Đông Ngạc", style, width, 5);
    expect(text(lines)).toEqual(["Ngày hội hiến máu", "tình nguyện", "phường Đông", "Ngạc"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
    // Greedy: the next line's first word would not have fitted on the line before.
    const words = text(lines).map((line) => line.split(" "));
    for (let i = 1; i < words.length; i++) {
      expect(setLine(`${text([lines[i - 1]!])[0]} ${words[i]![0]}`, style).width).toBeGreaterThan(width);
    }
  });

  it("ends the last allowed line with an ellipsis when the text does not fit", () => {
    const lines = wrapText("Ngày hội hiến máu tình nguyện phường Đông Ngạc", style, width, 2);
    expect(text(lines)).toEqual(["Ngày hội hiến máu", "tình nguyện…"]);
    expect(text(wrapText("Ngày hội hiến máu tình nguyện phường Đông Ngạc", style, width, 3))).toEqual([
      "Ngày hội hiến máu",
      "tình nguyện",
      "phường Đông…",
    ]);
    expect(lines[1]!.width).toBeLessThanOrEqual(width);
  });

  it("cuts a word wider than the line between letters", () => {
    const narrow = setLine("hiến", style).width;
    expect(text(wrapText("https://hienmau", style, narrow, 10)).join("")).toBe("https://hienmau");
    for (const line of wrapText("https://hienmau", style, narrow, 10)) expect(line.width).toBeLessThanOrEqual(narrow);
    // Narrower than any letter: one letter a line, and it ends.
    expect(text(wrapText("máu", style, 1, 10))).toEqual(["m", "á", "u"]);
  });

  it("gives no line for empty text", () => {
    expect(wrapText("  ", style, width, 3)).toEqual([]);
  });
});

describe("glyphMask", () => {
  it("draws a glyph once per size and quarter pixel, and a space as nothing", () => {
    const [a] = setLine("ạ", style).glyphs;
    const mask = glyphMask(bold[a!.font]!, a!.glyph, 48, 0.1)!;
    expect(glyphMask(bold[a!.font]!, a!.glyph, 48, 0.05)).toBe(mask);
    expect(glyphMask(bold[a!.font]!, a!.glyph, 48, 0.5)).not.toBe(mask);
    // The dot below reaches under the baseline; the bowl sits above it.
    expect(mask.top).toBeLessThan(-20);
    expect(mask.top + mask.height).toBeGreaterThan(5);
    expect(Math.max(...mask.alpha)).toBe(255);
    const [space] = setLine(" ", style).glyphs;
    expect(glyphMask(bold[space!.font]!, space!.glyph, 48, 0)).toBeNull();
  });
});

describe("drawLine", () => {
  it("marks the glyphs' pixels with the ink's strengths, leaving the rest", () => {
    const canvas = scanlines(120, 60);
    drawLine(canvas, setLine("Đỏ", style), style, 10, 45, { first: 10, levels: 32 });
    const drawn = [...canvas.pixels].filter((_, i) => i % canvas.stride !== 0);
    expect(new Set(drawn.filter((v) => v !== 0)).size).toBeGreaterThan(10);
    expect(drawn.every((v) => v === 0 || (v >= 10 && v <= 41))).toBe(true);
    expect(drawn.filter((v) => v === 41).length).toBeGreaterThan(200);
    // Filter bytes (the first of each scanline) are never drawn on.
    expect(canvas.pixels.filter((_, i) => i % canvas.stride === 0).every((v) => v === 0)).toBe(true);
  });
});
