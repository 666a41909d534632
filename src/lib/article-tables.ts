/**
 * Tables written in an article (markdown tables, or HTML tables pasted from
 * another site) as a phone reader can use them. A table wider than the screen
 * scrolls sideways inside its own box, and that box must be reachable with
 * the keyboard to be scrolled without a mouse or a finger (WCAG 2.1.1; axe's
 * scrollable-region-focusable). So each table gets, at build time, a
 * focusable wrapper named for screen readers (a <section> with an
 * aria-label, hence a region landmark), the same box the chart tables sit in
 * (`.table-wrap`). Whether a table overflows depends on the screen, so every
 * table gets one: a box that does not scroll is one more Tab stop, a box that
 * scrolls but cannot be reached is a table half of which is unread.
 *
 * GFM also writes column alignment (`| --: |`) as a style attribute, which the
 * site's Content-Security-Policy refuses (no inline styles): the browser
 * drops the alignment and logs an error. The alignment becomes a class here.
 *
 * Runs after the sanitizer (src/lib/markdown-sanitizer.ts), which therefore
 * never sees the wrapper's tabindex, and leaves its policy alone.
 */
import type { HastNode, HastPluginDefinition, HastVisitorContext } from "satteri";

type Element = Extract<HastNode, { type: "element" }>;

export interface ArticleTablesText {
  /** The wrapper's accessible name: the table's caption when it has one, else its place in the article (1, 2, …). */
  tableLabel: (position: number, caption?: string) => string;
}

/** The exact alignment style GFM writes; anything else is left as it is. */
const ALIGN_STYLE = /^text-align:\s*(left|center|right);?$/;

/** Key in the document's data bag counting the tables met so far in this article. */
const COUNT_KEY = "giotHongTableCount";

function captionText(table: Readonly<Element>, ctx: HastVisitorContext): string | undefined {
  const caption = table.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "caption",
  );
  const text = caption ? ctx.textContent(caption).replace(/\s+/g, " ").trim() : "";
  return text || undefined;
}

export function createArticleTables(text: ArticleTablesText): HastPluginDefinition {
  return {
    name: "giot-hong-article-tables",
    element: [
      {
        filter: ["table"],
        visit(node, ctx) {
          const position = ((ctx.data[COUNT_KEY] as number | undefined) ?? 0) + 1;
          ctx.data[COUNT_KEY] = position;
          // A <section> with a name is a region landmark: no role attribute needed.
          ctx.wrapNode(node, {
            type: "element",
            tagName: "section",
            properties: {
              className: ["table-wrap", "article-table"],
              ariaLabel: text.tableLabel(position, captionText(node, ctx)),
              tabIndex: 0,
            },
            children: [],
          });
        },
      },
      {
        filter: ["th", "td"],
        visit(node, ctx) {
          const style = node.properties?.style;
          const align = typeof style === "string" ? ALIGN_STYLE.exec(style.trim())?.[1] : undefined;
          if (!align) return;
          ctx.setProperty(node, "style", null);
          const classes = node.properties?.className;
          ctx.setProperty(node, "className", [...(Array.isArray(classes) ? classes : []), `align-${align}`]);
        },
      },
    ],
  };
}

/**
 * Whether an article may hold a table, from its source alone: a markdown table
 * needs a "|" on its delimiter row, an HTML one a "<table". Most articles have
 * neither and skip the plugin.
 */
export function mayHaveTable(source: string): boolean {
  return source.includes("|") || /<table/i.test(source);
}
