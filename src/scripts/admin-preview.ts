/**
 * The article preview of the form editor, laid out with the classes of the
 * site's article page (src/pages/tin-tuc/[slug].astro) so the site's own
 * stylesheet (registered by src/scripts/admin.ts) shows it as readers will see it.
 * Sveltia renders preview templates with React's createElement, which it
 * exposes as window.h; this module only describes the elements.
 */
import { formatDate } from "../lib/format.ts";
import { t } from "../i18n/vi.ts";

type Element = unknown;
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** The part of Sveltia's preview props this template reads. */
export interface ArticlePreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Element;
  getAsset(path: string): { toString(): string } | undefined;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const list = (value: unknown): string[] => {
  const plain = (value as { toJS?: () => unknown } | undefined)?.toJS?.() ?? value;
  return Array.isArray(plain) ? plain.filter((item): item is string => typeof item === "string" && item !== "") : [];
};

/** The preview template for articles: title, summary, date and authors, lead photo, body. */
export function articlePreview(h: H) {
  return function ArticlePreview({ entry, widgetFor, getAsset }: ArticlePreviewProps): Element {
    const field = (...path: string[]) => entry.getIn(["data", ...path]);
    const date = text(field("date"));
    const authors = list(field("authors"));
    const src = text(field("image", "src"));
    const caption = text(field("image", "caption"));
    return h(
      "main",
      { id: "noi-dung" },
      h(
        "article",
        { className: "article" },
        h("h1", null, text(field("title"))),
        h("p", { className: "lead" }, text(field("description"))),
        h(
          "p",
          { className: "meta" },
          `${t.news.published}: ${/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date) : date}`,
          authors.length > 0 ? ` · ${t.news.by}: ${authors.join(", ")}` : "",
        ),
        src
          ? h(
              "figure",
              { className: "lead-image" },
              h("img", { src: getAsset(src)?.toString() ?? src, alt: text(field("image", "alt")) }),
              caption ? h("figcaption", null, caption) : null,
            )
          : null,
        h("div", { className: "prose body" }, widgetFor("body")),
      ),
    );
  };
}
