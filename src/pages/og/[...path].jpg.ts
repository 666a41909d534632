import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteContent } from "../../site-content.ts";
import { checkCardColors, renderShareImage, SHARE_TYPE, type ShareCard } from "../../lib/share-image.ts";
import { hashKey } from "../../lib/cache-key.ts";
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

/** One share image per article and campaign, and one for the rest of the site: og/<page path>.jpg */
export const getStaticPaths = (async () => {
  // A colour the cards cannot use stops the build here, with one message, before any card is drawn.
  checkCardColors(FRAME.colors);
  const site = await getSiteContent();
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
        .replace(/\.jpg$/, ""),
    },
    props: { card },
    // Astro's incremental build draws a card again only when its text or the drawing code changed.
    cacheKey: hashKey({ ...card, ...FRAME }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  new Response(await renderShareImage({ ...props.card, ...FRAME }), { headers: { "content-type": SHARE_TYPE } });
