/**
 * Text for share cards, set and drawn without a layout engine: fontkit reads
 * the fonts and places the glyphs (kerning included), each glyph is drawn
 * once by resvg at a given size and quarter-pixel offset, and a card copies
 * those coverage masks onto its palette image. Drawing a whole card through
 * satori and resvg took ~23 ms; a card's text this way takes well under one,
 * which matters at one card per article.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Font, Glyph } from "fontkit";
import type { Scanlines } from "./indexed-png.ts";

/** Fonts tried in order for each character (a subset file per script), as CSS font-family falls back. */
export type FontStack = readonly Font[];

export interface PlacedGlyph {
  font: number;
  glyph: Glyph;
  /** Pen position of the glyph's origin, in pixels from the start of the line. */
  x: number;
}

export interface SetLine {
  glyphs: PlacedGlyph[];
  width: number;
}

export interface TextStyle {
  fonts: FontStack;
  size: number;
  /** Extra pixels after every character, as CSS letter-spacing. */
  letterSpacing?: number;
}

/** Index of the first font that has the character, or -1 when none has it. */
function fontFor(fonts: FontStack, codePoint: number): number {
  return fonts.findIndex((font) => font.hasGlyphForCodePoint(codePoint));
}

/**
 * `make()`'s value for `key` under `owner`, made the first time only. The
 * owners (fonts, font stacks) live for the whole build; the values are what
 * every card would otherwise work out again.
 */
function remembered<Owner extends object, Value>(
  cache: WeakMap<Owner, Map<string, Value>>,
  owner: Owner,
  key: string,
  make: () => Value,
): Value {
  let known = cache.get(owner);
  if (!known) cache.set(owner, (known = new Map()));
  if (known.has(key)) return known.get(key)!;
  const value = make();
  known.set(key, value);
  return value;
}

const words = new WeakMap<FontStack, Map<string, SetLine>>();

/**
 * Sets one word (no spaces). Runs of characters that fall to the same font
 * are laid out together, so kerning applies within a run. Characters no font
 * has are left out, as a browser's last-resort font would draw nothing useful.
 * Words are stored per font stack, size and spacing: titles reuse the same
 * few thousand syllables, and fontkit's layout is the slow part of a card.
 */
function setWord(word: string, style: TextStyle): SetLine {
  const spacing = style.letterSpacing ?? 0;
  return remembered(words, style.fonts, `${style.size}|${spacing}|${word}`, () => {
    const glyphs: PlacedGlyph[] = [];
    let x = 0;
    let run = "";
    let runFont = -1;
    const flush = () => {
      if (run === "" || runFont < 0) return;
      const font = style.fonts[runFont]!;
      const scale = style.size / font.unitsPerEm;
      const laid = font.layout(run);
      laid.glyphs.forEach((glyph, i) => {
        const position = laid.positions[i]!;
        glyphs.push({ font: runFont, glyph, x: x + position.xOffset * scale });
        x += position.xAdvance * scale + spacing;
      });
    };
    for (const char of word) {
      const index = fontFor(style.fonts, char.codePointAt(0)!);
      if (index !== runFont) {
        flush();
        run = "";
        runFont = index;
      }
      run += char;
    }
    flush();
    return { glyphs, width: Math.max(0, x - spacing) };
  });
}

/** The advance from the end of one word to the start of the next: a space and the spacing either side of it. */
function wordGap(style: TextStyle): number {
  return setWord(" ", style).width + 2 * (style.letterSpacing ?? 0);
}

/** Sets one line of text, word by word (no kerning across a space, which these fonts do not have). */
export function setLine(text: string, style: TextStyle): SetLine {
  const spacing = style.letterSpacing ?? 0;
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  const place = (set: SetLine, at: number) => {
    for (const placed of set.glyphs) glyphs.push({ ...placed, x: at + placed.x });
  };
  text
    .normalize("NFC")
    .split(" ")
    .forEach((word, i) => {
      if (i > 0) {
        place(setWord(" ", style), x + spacing);
        x += wordGap(style);
      }
      const set = setWord(word, style);
      place(set, x);
      x += set.width;
    });
  return { glyphs, width: x };
}

/**
 * Breaks text into at most `maxLines` lines no wider than `width`, at spaces
 * (a word wider than a line is cut between letters). Text that does not fit
 * ends its last line with "…", as CSS line-clamp does.
 */
export function wrapText(text: string, style: TextStyle, width: number, maxLines: number): SetLine[] {
  const fits = (candidate: string) => setLine(candidate, style).width <= width;
  const gap = wordGap(style);
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of text.normalize("NFC").split(/\s+/).filter(Boolean)) {
    const wordWidth = setWord(word, style).width;
    if (current && currentWidth + gap + wordWidth <= width) {
      current += ` ${word}`;
      currentWidth += gap + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    [current, currentWidth] = [word, wordWidth];
    // A single word wider than the line: cut it where it stops fitting (a letter wider than the line stays whole).
    while (currentWidth > width && [...current].length > 1) {
      const chars = [...current];
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(""))) cut--;
      lines.push(chars.slice(0, cut).join(""));
      current = chars.slice(cut).join("");
      currentWidth = setLine(current, style).width;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    let last = lines[maxLines - 1]!;
    while (last && !fits(`${last}…`)) last = last.slice(0, last.lastIndexOf(" ") > 0 ? last.lastIndexOf(" ") : -1);
    lines.splice(maxLines - 1, lines.length, `${last.trimEnd()}…`);
  }
  return lines.map((line) => setLine(line, style));
}

/** A glyph's coverage (0 to 255) over a small box, placed relative to the pen on the baseline. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

const SUBPIXELS = 4;
const masks = new WeakMap<Font, Map<string, GlyphMask | null>>();

/** Draws a glyph once per font, size and quarter-pixel offset; later uses copy the stored mask. */
export function glyphMask(font: Font, glyph: Glyph, size: number, offset: number): GlyphMask | null {
  const sub = Math.round(offset * SUBPIXELS) / SUBPIXELS;
  return remembered(masks, font, `${glyph.id}:${size}:${sub}`, () => {
    const scale = size / font.unitsPerEm;
    const box = glyph.path.bbox;
    if (glyph.path.commands.length === 0 || box.maxX <= box.minX) return null;
    // One pixel of margin each side for anti-aliasing.
    const left = Math.floor(box.minX * scale + sub) - 1;
    const top = Math.floor(-box.maxY * scale) - 1;
    const width = Math.ceil(box.maxX * scale + sub) + 1 - left;
    const height = Math.ceil(-box.minY * scale) + 1 - top;
    // Font units point up; the image's y points down.
    const d = glyph.path.transform(scale, 0, 0, -scale, sub - left, -top).toSVG();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
    return { left, top, width, height, alpha };
  });
}

/**
 * The palette holds each ink at `levels` strengths over the background, from
 * index `first` (weakest) to `first + levels - 1` (solid). A glyph's coverage
 * picks the strength; where two glyphs of one ink touch, the stronger wins.
 */
export interface Ink {
  first: number;
  levels: number;
}

const strengths = new Map<number, Uint8Array>();

/** Coverage (0 to 255) to a strength from 0 (nothing) to `levels` (solid), worked out once per level count. */
function strengthTable(levels: number): Uint8Array {
  let table = strengths.get(levels);
  if (!table) {
    table = Uint8Array.from({ length: 256 }, (_, coverage) => Math.round((coverage * levels) / 255));
    strengths.set(levels, table);
  }
  return table;
}

/** Draws a set line with its origin at (x, baseline). */
export function drawLine(canvas: Scanlines, line: SetLine, style: TextStyle, x: number, baseline: number, ink: Ink) {
  const y0 = Math.round(baseline);
  const last = ink.first + ink.levels - 1;
  const table = strengthTable(ink.levels);
  const { pixels, stride } = canvas;
  for (const placed of line.glyphs) {
    const penX = x + placed.x;
    const whole = Math.floor(penX);
    const mask = glyphMask(style.fonts[placed.font]!, placed.glyph, style.size, penX - whole);
    if (!mask) continue;
    const left = whole + mask.left;
    const top = y0 + mask.top;
    // Only the part of the mask that falls on the canvas.
    const [fromCol, toCol] = [Math.max(0, -left), Math.min(mask.width, canvas.width - left)];
    const [fromRow, toRow] = [Math.max(0, -top), Math.min(mask.height, canvas.height - top)];
    for (let row = fromRow; row < toRow; row++) {
      const source = row * mask.width;
      // + 1: each scanline starts with its filter byte.
      const target = (top + row) * stride + 1 + left;
      for (let col = fromCol; col < toCol; col++) {
        const strength = table[mask.alpha[source + col]!]!;
        if (strength === 0) continue;
        const level = ink.first + strength - 1;
        const current = pixels[target + col]!;
        if (current < ink.first || current > last || current < level) pixels[target + col] = level;
      }
    }
  }
}
