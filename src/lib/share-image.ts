/**
 * Share images (1200×630 PNG) for articles, campaigns and the site. What all
 * of a chapter's cards share (the band, the drop, the chapter's name) is laid
 * out by satori and drawn by resvg once a build; each card's own text (kind,
 * title, detail) is set by fontkit and copied on glyph by glyph
 * (share-text.ts), and the card is written as a palette PNG (indexed-png.ts).
 * That takes ~1.8 ms of CPU a card instead of the ~23 ms of drawing each whole card
 * through satori, resvg and sharp, which was most of a 10,000-article build.
 * The text is set in Be Vietnam Pro from the @fontsource package (latin +
 * vietnamese subsets, self-hosted, read from disk at build time only), so
 * every Vietnamese diacritic is drawn, whatever fonts the build machine has.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori from "satori";
import { renderAsync } from "@resvg/resvg-js";
import * as fontkit from "fontkit";
import type { Font } from "fontkit";
import { encodeIndexedPng, scanlines, type Rgb, type Scanlines } from "./indexed-png.ts";
import { drawLine, wrapText, type FontStack, type Ink, type SetLine, type TextStyle } from "./share-text.ts";

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareCard {
  /** Small label above the title: "Tin tức", "Chiến dịch". */
  kind: string;
  title: string;
  /** One line under the title: a date, or a key figure. */
  detail?: string;
  /** The chapter's name, at the top. */
  chapter: string;
  /** The programme, next to the chapter's name. */
  programme: string;
  colors: { brand: string; text: string; muted: string; background: string };
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } & Record<
    string,
    unknown
  >;
}

function el(type: string, style: Record<string, string | number>, children?: Node["props"]["children"]): Node {
  return { type, props: { style, children } };
}

/**
 * The card's measurements in pixels, for both ways it is drawn: satori lays
 * out the whole card from them (shareCardTree), and renderSharePng places each
 * card's own text where that layout puts it.
 */
const LAYOUT = {
  band: 28,
  padding: { top: 56, right: 72, bottom: 56, left: 64 },
  chapterSize: 32,
  programmeSize: 26,
  kindSize: 28,
  kindSpacing: 2,
  /** Between the kind and the title. */
  gap: 18,
  titleLineHeight: 1.2,
  titleLines: 3,
  detailSize: 30,
  /** A planned campaign's date and place can run long. */
  detailLines: 2,
} as const;

/** Long headlines get smaller type so three lines always fit. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 68;
  if (length <= 70) return 58;
  if (length <= 100) return 48;
  return 40;
}

/** The card as satori's element tree (no JSX needed). */
export function shareCardTree(card: ShareCard): Node {
  const drop = `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 56"><path fill="${card.colors.brand}" d="M20 0C20 0 0 26 0 36a20 20 0 0 0 40 0C40 26 20 0 20 0z"/></svg>`,
  )}`;
  return el(
    "div",
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      background: card.colors.background,
      borderLeft: `${LAYOUT.band}px solid ${card.colors.brand}`,
      padding: `${LAYOUT.padding.top}px ${LAYOUT.padding.right}px ${LAYOUT.padding.bottom}px ${LAYOUT.padding.left}px`,
      fontFamily: "'Be Vietnam Pro latin', 'Be Vietnam Pro vietnamese', 'Be Vietnam Pro latin-ext'",
      color: card.colors.text,
    },
    [
      el("div", { display: "flex", alignItems: "center", gap: 20 }, [
        { type: "img", props: { src: drop, width: 40, height: 56, style: {} } },
        el("div", { display: "flex", flexDirection: "column" }, [
          el("div", { fontSize: LAYOUT.chapterSize, fontWeight: 700, color: card.colors.brand }, card.chapter),
          el("div", { fontSize: LAYOUT.programmeSize, color: card.colors.muted }, card.programme),
        ]),
      ]),
      el("div", { display: "flex", flexDirection: "column", gap: LAYOUT.gap }, [
        el(
          "div",
          {
            fontSize: LAYOUT.kindSize,
            fontWeight: 700,
            color: card.colors.muted,
            textTransform: "uppercase",
            letterSpacing: LAYOUT.kindSpacing,
          },
          card.kind,
        ),
        el(
          "div",
          {
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: LAYOUT.titleLineHeight,
            display: "block",
            lineClamp: LAYOUT.titleLines,
          },
          card.title,
        ),
      ]),
      el(
        "div",
        { fontSize: LAYOUT.detailSize, color: card.colors.text, display: "block", lineClamp: LAYOUT.detailLines },
        card.detail ?? "",
      ),
    ],
  );
}

const require = createRequire(import.meta.url);
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

function fontFile(subset: (typeof SUBSETS)[number], weight: Weight): Promise<Buffer> {
  return readFile(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`));
}

let fonts: Promise<{ name: string; data: Buffer; weight: Weight; style: "normal" }[]> | undefined;

/** Latin and Vietnamese subsets of both weights, for satori. */
function loadFonts() {
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => ({
        // One family name per subset: satori falls back across families glyph by glyph, not within one.
        name: `Be Vietnam Pro ${subset}`,
        weight,
        style: "normal" as const,
        data: await fontFile(subset, weight),
      })),
    ),
  );
  return fonts;
}

let stacks: Promise<Record<Weight, FontStack>> | undefined;

/** The same files for fontkit: one stack a weight, in satori's fallback order. */
export function fontStacks(): Promise<Record<Weight, FontStack>> {
  stacks ??= (async () => {
    const stack = (weight: Weight) =>
      Promise.all(SUBSETS.map(async (subset) => fontkit.create(await fontFile(subset, weight)) as Font));
    const [regular, bold] = await Promise.all([stack(400), stack(700)]);
    return { 400: regular, 700: bold };
  })();
  return stacks;
}

export async function renderShareSvg(card: ShareCard): Promise<string> {
  return satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    fonts: await loadFonts(),
  });
}

/** Strengths of each ink in the palette: 32 reads as smooth as full anti-aliasing at these sizes. */
const LEVELS = 32;
const INKS = ["brand", "text", "muted"] as const;
type InkName = (typeof INKS)[number];

/** A colour of the chapter's config as red, green, blue. The card's palette is worked out, so only hex codes will do. */
function rgb(color: string, field: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) {
    throw new Error(
      `Ảnh chia sẻ: màu colors.${field} cần mã hex dạng #rrggbb hoặc #rgb, nhận được "${color}" ` +
        `(share card colours must be hex codes). Cách sửa: trong src/chapter.config.ts, đặt colors.${field} ` +
        `thành mã hex, ví dụ "#b3121f".`,
    );
  }
  const value = Number.parseInt(hex.length === 3 ? hex.replace(/(.)/g, "$1$1") : hex, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The background, then each ink at LEVELS strengths over it. */
export function cardPalette(colors: ShareCard["colors"]): { palette: Rgb[]; inks: Record<InkName, Ink> } {
  const background = rgb(colors.background, "background");
  const palette: Rgb[] = [background];
  const inks = {} as Record<InkName, Ink>;
  for (const name of INKS) {
    const ink = rgb(colors[name], name);
    inks[name] = { first: palette.length, levels: LEVELS };
    for (let k = 1; k <= LEVELS; k++) {
      const mix = k / LEVELS;
      palette.push(ink.map((c, i) => Math.round(background[i]! + (c - background[i]!) * mix)) as unknown as Rgb);
    }
  }
  return { palette, inks };
}

interface Frame {
  image: Scanlines;
  palette: Rgb[];
  inks: Record<InkName, Ink>;
}

const frames = new Map<string, Promise<Frame>>();
/** Canvases of finished cards, all SHARE_WIDTH × SHARE_HEIGHT scanlines: as many as cards drawn at once. */
const spareCanvases: Uint8Array[] = [];

/**
 * What every card of a chapter shares (colours, the left band, the drop, the
 * chapter's name), drawn once by satori and resvg and mapped to the palette.
 */
function frameFor(card: ShareCard): Promise<Frame> {
  const shared = { ...card, kind: "", title: "", detail: "" };
  const key = JSON.stringify(shared);
  let frame = frames.get(key);
  if (!frame) {
    frame = (async () => {
      const drawn = await renderAsync(await renderShareSvg(shared), {
        fitTo: { mode: "width", value: SHARE_WIDTH },
        font: { loadSystemFonts: false },
      });
      const { palette, inks } = cardPalette(card.colors);
      const nearest = new Map<number, number>();
      // resvg's `pixels` is a getter that copies the whole image: read it once.
      const rgba = drawn.pixels;
      const image = scanlines(SHARE_WIDTH, SHARE_HEIGHT);
      for (let i = 0; i < SHARE_WIDTH * SHARE_HEIGHT; i++) {
        const [r, g, b] = [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!];
        const packed = (r << 16) | (g << 8) | b;
        let index = nearest.get(packed);
        if (index === undefined) {
          let best = Infinity;
          palette.forEach(([pr, pg, pb], j) => {
            const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
            if (distance < best) [best, index] = [distance, j];
          });
          nearest.set(packed, index!);
        }
        image.pixels[Math.floor(i / SHARE_WIDTH) * image.stride + 1 + (i % SHARE_WIDTH)] = index!;
      }
      return { image, palette, inks };
    })();
    frames.set(key, frame);
  }
  return frame;
}

// The text box of shareCardTree's layout.
const LEFT = LAYOUT.band + LAYOUT.padding.left;
const TEXT_WIDTH = SHARE_WIDTH - LEFT - LAYOUT.padding.right;
const BOTTOM = SHARE_HEIGHT - LAYOUT.padding.bottom;
/** CSS "normal" line height, as satori computes it. */
const NORMAL = 1.2;
/** The header: chapter over programme, each one line. */
const HEADER_BOTTOM = LAYOUT.padding.top + (LAYOUT.chapterSize + LAYOUT.programmeSize) * NORMAL;

/** The baseline of a line of `size` px in a box `lineHeight` tall, the glyphs centred in it as CSS does. */
function baseline(font: Font, size: number, lineTop: number, lineHeight: number): number {
  const scale = size / font.unitsPerEm;
  const content = (font.ascent - font.descent) * scale;
  return lineTop + (lineHeight - content) / 2 + font.ascent * scale;
}

/**
 * The card as a PNG: the shared frame, then the kind, title and detail set
 * by fontkit (see share-text.ts) and placed where shareCardTree puts them.
 */
export async function renderSharePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const [frame, { 400: regular, 700: bold }] = await Promise.all([frameFor(card), fontStacks()]);
  // Canvases are reused: a fresh 0.75 MB buffer per card cost more in garbage collection than the drawing.
  const canvas = { ...frame.image, pixels: spareCanvases.pop() ?? new Uint8Array(frame.image.pixels.length) };
  canvas.pixels.set(frame.image.pixels);

  const kindStyle = { fonts: bold, size: LAYOUT.kindSize, letterSpacing: LAYOUT.kindSpacing };
  const titleStyle = { fonts: bold, size: titleSize(card.title) };
  const detailStyle = { fonts: regular, size: LAYOUT.detailSize };
  const kind = card.kind ? wrapText(card.kind.toLocaleUpperCase("vi-VN"), kindStyle, TEXT_WIDTH, 1) : [];
  const title = wrapText(card.title, titleStyle, TEXT_WIDTH, LAYOUT.titleLines);
  const detail = card.detail ? wrapText(card.detail, detailStyle, TEXT_WIDTH, LAYOUT.detailLines) : [];

  const kindHeight = kind.length * kindStyle.size * NORMAL;
  const titleLine = titleStyle.size * LAYOUT.titleLineHeight;
  const middleHeight = kindHeight + LAYOUT.gap + title.length * titleLine;
  const detailHeight = detail.length * detailStyle.size * NORMAL;
  // justify-content: space-between puts the kind and title midway between header and detail.
  const middleTop = HEADER_BOTTOM + (BOTTOM - detailHeight - HEADER_BOTTOM - middleHeight) / 2;

  const put = (lines: SetLine[], style: TextStyle, top: number, lineHeight: number, ink: Ink) =>
    lines.forEach((line, i) =>
      drawLine(canvas, line, style, LEFT, baseline(style.fonts[0]!, style.size, top + i * lineHeight, lineHeight), ink),
    );
  put(kind, kindStyle, middleTop, kindStyle.size * NORMAL, frame.inks.muted);
  put(title, titleStyle, middleTop + kindHeight + LAYOUT.gap, titleLine, frame.inks.text);
  put(detail, detailStyle, BOTTOM - detailHeight, detailStyle.size * NORMAL, frame.inks.text);

  try {
    return await encodeIndexedPng(canvas, frame.palette);
  } finally {
    spareCanvases.push(canvas.pixels);
  }
}
