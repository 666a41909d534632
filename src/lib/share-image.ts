/**
 * Share images (1200×630 PNG) for articles, campaigns and the site, drawn at
 * build time with satori (layout → SVG) and resvg (SVG → PNG). The text is
 * set in Be Vietnam Pro from the @fontsource package (latin + vietnamese
 * subsets, self-hosted, read from disk at build time only), so every
 * Vietnamese diacritic is drawn, whatever fonts the build machine has.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori from "satori";
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";

// libvips splits each image over several threads by default. The cards are
// already drawn several at a time (libuv's pool), so that split only cost
// CPU: about 4 ms of the ~27 ms each card took. Applies to the whole build
// process, astro:assets included, which also handles one image per task.
sharp.concurrency(1);

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
      borderLeft: `28px solid ${card.colors.brand}`,
      padding: "56px 72px 56px 64px",
      fontFamily: "'Be Vietnam Pro latin', 'Be Vietnam Pro vietnamese', 'Be Vietnam Pro latin-ext'",
      color: card.colors.text,
    },
    [
      el("div", { display: "flex", alignItems: "center", gap: 20 }, [
        { type: "img", props: { src: drop, width: 40, height: 56, style: {} } },
        el("div", { display: "flex", flexDirection: "column" }, [
          el("div", { fontSize: 32, fontWeight: 700, color: card.colors.brand }, card.chapter),
          el("div", { fontSize: 26, color: card.colors.muted }, card.programme),
        ]),
      ]),
      el("div", { display: "flex", flexDirection: "column", gap: 18 }, [
        el(
          "div",
          { fontSize: 28, fontWeight: 700, color: card.colors.muted, textTransform: "uppercase", letterSpacing: 2 },
          card.kind,
        ),
        el(
          "div",
          {
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: 1.2,
            display: "block",
            lineClamp: 3,
          },
          card.title,
        ),
      ]),
      el("div", { fontSize: 30, color: card.colors.text, display: "flex" }, card.detail ?? ""),
    ],
  );
}

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

/** Latin and Vietnamese subsets of both weights. */
function loadFonts() {
  fonts ??= Promise.all(
    (["latin", "latin-ext", "vietnamese"] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        // One family name per subset: satori falls back across families glyph by glyph, not within one.
        name: `Be Vietnam Pro ${subset}`,
        weight,
        style: "normal" as const,
        data: await readFile(
          require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`),
        ),
      })),
    ),
  );
  return fonts;
}

export async function renderShareSvg(card: ShareCard): Promise<string> {
  return satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    fonts: await loadFonts(),
  });
}

/**
 * Only satori's layout runs on the main thread (~6 ms). Drawing (resvg) and
 * PNG encoding (sharp) run in libuv's thread pool, so with Astro's
 * build.concurrency above 1 they overlap the rendering of other pages on the
 * machine's other core. sharp's encoder is also about twice as fast as
 * resvg's, and its files a third smaller (no alpha channel: the card is opaque).
 */
export async function renderSharePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderShareSvg(card);
  // No system fonts: satori already turned every letter into a path.
  const drawn = await renderAsync(svg, {
    fitTo: { mode: "width", value: SHARE_WIDTH },
    font: { loadSystemFonts: false },
  });
  const png = await sharp(drawn.pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
  return Uint8Array.from(png);
}
