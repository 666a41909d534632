/**
 * Share images (1200×630 JPEG) for articles, campaigns and the site, drawn
 * with @napi-rs/canvas (Skia). The text is set in Be Vietnam Pro from the
 * @fontsource package (latin, latin-ext and vietnamese subsets, read from disk
 * at build time only), so every Vietnamese diacritic is drawn whatever fonts
 * the build machine has.
 *
 * JPEG, not PNG: Skia's PNG encoder took about three times the CPU of its JPEG
 * encoder for the same card (measured side by side, docs/kien-truc.md), and a
 * 10,000-article site has 11,000 cards. At quality 90 the text stays clean.
 */
import { createRequire } from "node:module";
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const SHARE_TYPE = "image/jpeg";
const QUALITY = 90;

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

/** The card's measurements in pixels. */
const LAYOUT = {
  band: 28,
  padding: { top: 56, right: 72, bottom: 56, left: 64 },
  drop: { width: 40, height: 56, gap: 20 },
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
  /** CSS "normal" line height. */
  normal: 1.2,
} as const;

/** Long headlines get smaller type so three lines always fit. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 68;
  if (length <= 70) return 58;
  if (length <= 100) return 48;
  return 40;
}

/**
 * `text` broken at spaces into at most `maxLines` lines no wider than `width`
 * (as `measure` measures), the last one ending with "…" when the text does
 * not fit. A single word wider than the line stays whole.
 */
export function wrapLines(text: string, measure: (s: string) => number, width: number, maxLines: number): string[] {
  const words = text.normalize("NFC").split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, withEllipsis(line, measure, width)];
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `line` with "…" after it, words dropped from its end until it fits. */
function withEllipsis(line: string, measure: (s: string) => number, width: number): string {
  let words = line.split(" ");
  while (words.length > 1 && measure(`${words.join(" ")}…`) > width) words = words.slice(0, -1);
  return `${words.join(" ")}…`;
}

const FAMILY = "Giot Hong Card";
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
export const SHARE_WEIGHTS = [400, 700] as const;

/** The font files the card is set in, every subset of both weights. */
export function shareFontFiles(): { weight: (typeof SHARE_WEIGHTS)[number]; file: string }[] {
  const require = createRequire(import.meta.url);
  return SHARE_WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      weight,
      file: require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`),
    })),
  );
}

let registered = false;
/** One family of its own for the card, so no font of the machine stands in for Be Vietnam Pro. */
function registerFonts(): void {
  if (registered) return;
  for (const { file } of shareFontFiles()) GlobalFonts.registerFromPath(file, FAMILY);
  registered = true;
}

/** The canvas font for `size` px at `weight`. */
export function shareFont(size: number, weight: (typeof SHARE_WEIGHTS)[number]): string {
  registerFonts();
  return `${weight} ${size}px "${FAMILY}"`;
}

const DROP = new Path2D("M20 0C20 0 0 26 0 36a20 20 0 0 0 40 0C40 26 20 0 20 0z");

/** Draws `lines` with their tops `lineHeight` apart from `top`, each glyph row centred in its line as CSS does. */
function drawLines(ctx: SKRSContext2D, lines: string[], left: number, top: number, lineHeight: number) {
  ctx.textBaseline = "middle";
  lines.forEach((line, i) => ctx.fillText(line, left, top + i * lineHeight + lineHeight / 2));
}

/**
 * Canvases of finished cards, as many as were drawn at once: a new canvas for
 * each card cost about a third of the card's CPU (18.7 against 12.6 ms a card,
 * 40 cards each way, 2/12), its pixels allocated and cleared each time.
 */
const spareCanvases: Canvas[] = [];

/** The card as a JPEG. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = spareCanvases.pop() ?? createCanvas(SHARE_WIDTH, SHARE_HEIGHT);
  try {
    return await drawCard(canvas, card);
  } finally {
    spareCanvases.push(canvas);
  }
}

async function drawCard(canvas: Canvas, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const ctx = canvas.getContext("2d");
  ctx.reset();
  const { padding } = LAYOUT;
  const left = LAYOUT.band + padding.left;
  const width = SHARE_WIDTH - left - padding.right;
  const bottom = SHARE_HEIGHT - padding.bottom;

  ctx.fillStyle = card.colors.background;
  ctx.fillRect(0, 0, SHARE_WIDTH, SHARE_HEIGHT);
  ctx.fillStyle = card.colors.brand;
  ctx.fillRect(0, 0, LAYOUT.band, SHARE_HEIGHT);

  // Header: the drop, then the chapter's name over the programme, centred on the drop.
  const headerHeight = (LAYOUT.chapterSize + LAYOUT.programmeSize) * LAYOUT.normal;
  const headerBottom = padding.top + Math.max(headerHeight, LAYOUT.drop.height);
  ctx.save();
  ctx.translate(left, padding.top + (headerBottom - padding.top - LAYOUT.drop.height) / 2);
  ctx.fill(DROP);
  ctx.restore();
  const headerLeft = left + LAYOUT.drop.width + LAYOUT.drop.gap;
  const headerTop = padding.top + (headerBottom - padding.top - headerHeight) / 2;
  ctx.font = shareFont(LAYOUT.chapterSize, 700);
  drawLines(ctx, [card.chapter], headerLeft, headerTop, LAYOUT.chapterSize * LAYOUT.normal);
  ctx.fillStyle = card.colors.muted;
  ctx.font = shareFont(LAYOUT.programmeSize, 400);
  const programmeTop = headerTop + LAYOUT.chapterSize * LAYOUT.normal;
  drawLines(ctx, [card.programme], headerLeft, programmeTop, LAYOUT.programmeSize * LAYOUT.normal);

  // Detail at the bottom, kind and title midway between header and detail.
  ctx.font = shareFont(LAYOUT.detailSize, 400);
  const detail = card.detail ? wrapLines(card.detail, (s) => ctx.measureText(s).width, width, LAYOUT.detailLines) : [];
  const detailLine = LAYOUT.detailSize * LAYOUT.normal;
  const detailTop = bottom - detail.length * detailLine;
  ctx.fillStyle = card.colors.text;
  drawLines(ctx, detail, left, detailTop, detailLine);

  const size = titleSize(card.title);
  ctx.font = shareFont(size, 700);
  const title = wrapLines(card.title, (s) => ctx.measureText(s).width, width, LAYOUT.titleLines);
  const titleLine = size * LAYOUT.titleLineHeight;
  const kindLine = card.kind ? LAYOUT.kindSize * LAYOUT.normal : 0;
  const middle = kindLine + LAYOUT.gap + title.length * titleLine;
  const middleTop = headerBottom + (detailTop - headerBottom - middle) / 2;
  drawLines(ctx, title, left, middleTop + kindLine + LAYOUT.gap, titleLine);

  if (card.kind) {
    ctx.font = shareFont(LAYOUT.kindSize, 700);
    ctx.letterSpacing = `${LAYOUT.kindSpacing}px`;
    ctx.fillStyle = card.colors.muted;
    drawLines(ctx, [card.kind.toLocaleUpperCase("vi-VN")], left, middleTop, kindLine);
  }

  // Encoded in libuv's thread pool, so Astro renders other pages meanwhile.
  const jpeg = await canvas.encode("jpeg", QUALITY);
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength) as Uint8Array<ArrayBuffer>;
}

/** A colour of the chapter's config must be one the canvas can paint: a hex code, checked before any card is drawn. */
export function checkCardColors(colors: ShareCard["colors"]): void {
  for (const [field, color] of Object.entries(colors)) {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color.trim())) {
      throw new Error(
        `Ảnh chia sẻ: màu colors.${field} cần mã hex dạng #rrggbb hoặc #rgb, nhận được "${color}" ` +
          `(share card colours must be hex codes). Cách sửa: trong src/chapter.config.ts, đặt colors.${field} ` +
          `thành mã hex, ví dụ "#b3121f".`,
      );
    }
  }
}
