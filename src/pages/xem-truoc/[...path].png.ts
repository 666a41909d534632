import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../site-data.ts";
import { cardPalette, renderSharePng, type ShareCard } from "../../lib/share-image.ts";
import shareImageSource from "../../lib/share-image.ts?raw";
import shareTextSource from "../../lib/share-text.ts?raw";
import indexedPngSource from "../../lib/indexed-png.ts?raw";
import { cachedFile, hashKey } from "../../lib/file-cache.ts";
import { shareImageCacheDir } from "../../content-paths.ts";
import { campaignFigures } from "../../lib/figures.ts";
import { formatDateRange, formatLongDate } from "../../lib/format.ts";
import { chapter } from "../../chapter.config.ts";
import { figureText, t } from "../../i18n/vi.ts";
import { SHARE_IMAGE_DIR, paths } from "../../url.ts";

type Card = Pick<ShareCard, "kind" | "title" | "detail">;

/** What every card of the chapter shares. */
const FRAME: Omit<ShareCard, keyof Card> = {
  chapter: chapter.name,
  programme: chapter.programme,
  colors: { brand: chapter.colors.brand, text: "#1c1c1e", muted: "#52525b", background: "#ffffff" },
};

/** One share image per article and campaign, and one for the rest of the site: xem-truoc/<page path>.png */
export const getStaticPaths = (async () => {
  // A colour the cards cannot use stops the build here, with one message, before any card is drawn.
  cardPalette(FRAME.colors);
  const site = await getSiteData();
  const cards: { path: string; card: Card }[] = [
    { path: paths.home(), card: { kind: chapter.area, title: t.home.title, detail: t.share.siteDetail } },
    ...site.articles.map((a) => ({
      path: paths.article(a.id),
      card: { kind: t.share.articleKind, title: a.data.title, detail: formatLongDate(a.data.date) },
    })),
    ...site.campaigns.map((c) => {
      const units = campaignFigures(c.data).unitsCollected;
      const detail = [
        units ? t.share.campaignUnits(figureText(units)) : undefined,
        formatDateRange(c.data.startDate, c.data.endDate) ?? String(c.data.year),
        c.data.status === "planned" ? c.data.place : undefined,
      ]
        .filter(Boolean)
        .join(" · ");
      return { path: paths.campaign(c.id), card: { kind: t.kinds[c.data.kind], title: c.data.name, detail } };
    }),
  ];
  return cards.map(({ path, card }) => ({
    params: {
      path: paths
        .shareImage(path)
        .slice(SHARE_IMAGE_DIR.length + 1)
        .replace(/\.png$/, ""),
    },
    props: { card },
  }));
}) satisfies GetStaticPaths;

/** In Astro's cache folder, kept between deploys: unchanged cards are not drawn again. */
const CACHE = shareImageCacheDir();
/**
 * The drawing code's own text is part of each card's key, so a change to the
 * design draws every card again; hashed once here, not with every card.
 */
const DRAWING = hashKey([shareImageSource, shareTextSource, indexedPngSource]);

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const card: ShareCard = { ...props.card, ...FRAME };
  const png = await cachedFile(CACHE, { card, drawing: DRAWING }, ".png", () => renderSharePng(card));
  return new Response(png, { headers: { "content-type": "image/png" } });
};
