/**
 * The build's half of the safe-content policy (src/lib/safe-html.ts): a Sätteri
 * hast plugin that removes from markdown articles whatever could run script or
 * load a frame, even when `npm run check` was skipped. Sätteri reparses the
 * article's raw HTML into real elements (`features.rawHtml`), so this sees
 * pasted HTML exactly as a browser would, entities and odd casing included,
 * and stays in Sätteri's fast native pipeline.
 *
 * It is lenient where the check is strict: markdown itself produces ids,
 * classes, table alignment and footnote attributes, and the syntax
 * highlighter styles code blocks; none of those can run anything.
 */
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from "satteri";
import {
  ALLOWED_TAGS,
  DANGEROUS_TAGS,
  GLOBAL_ATTRIBUTES,
  URL_ATTRIBUTES,
  attributeName,
  isSafeUrl,
} from "./safe-html.ts";
import { createArticleTables, mayHaveTable } from "./article-tables.ts";
import { localImageRefusal } from "./article-files.ts";
import { markdownText } from "../i18n/vi.ts";

/** Attributes markdown writes itself (footnotes, heading ids, task lists). */
const MARKDOWN_ATTRIBUTES = new Set([
  "id",
  "class",
  "align",
  "aria-describedby",
  "aria-label",
  "aria-hidden",
  "data-footnote-ref",
  "data-footnote-backref",
  "data-footnotes",
]);

/** What the syntax highlighter puts on code blocks. */
const CODE_BLOCK_ATTRIBUTES = new Set(["class", "style", "tabindex", "data-language"]);

/** GFM writes table alignment as an inline style; nothing else may use style. */
const TABLE_ALIGN_STYLE = /^text-align:\s*(left|center|right);?$/;

type Properties = Record<string, unknown>;

/** Whether the element sits in a code block, and whether an ancestor is already being removed. */
function ancestry(node: { tagName: string }, ctx: HastVisitorContext): { inCode: boolean; doomed: boolean } {
  let inCode = node.tagName === "pre";
  let parent = ctx.parent(node as Parameters<HastVisitorContext["parent"]>[0]);
  while (parent && parent.type === "element") {
    const tag = parent.tagName.toLowerCase();
    if (DANGEROUS_TAGS.has(tag)) return { inCode, doomed: true };
    if (tag === "pre") inCode = true;
    parent = ctx.parent(parent);
  }
  return { inCode, doomed: false };
}

function keepAttribute(tag: string, attribute: string, value: unknown, inCode: boolean): boolean {
  if (GLOBAL_ATTRIBUTES.includes(attribute) || ALLOWED_TAGS[tag]?.includes(attribute)) return true;
  if (MARKDOWN_ATTRIBUTES.has(attribute)) return true;
  if (inCode && CODE_BLOCK_ATTRIBUTES.has(attribute)) return true;
  if (attribute === "style" && typeof value === "string") return TABLE_ALIGN_STYLE.test(value.trim());
  return false;
}

/** `warn` hears about each removal so the build log says what was taken out of which article. */
export function createMarkdownSanitizer(warn: (message: string) => void = () => {}): HastPluginDefinition {
  const where = (ctx: HastVisitorContext) => (ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : "markdown");
  return {
    name: "giot-hong-safe-html",
    element: {
      filter: [],
      visit(node, ctx) {
        const tag = node.tagName.toLowerCase();
        const properties = (node.properties ?? {}) as Properties;
        // Most elements of an article (p, h2, li, strong) are safe tags without
        // attributes: nothing to check, so skip the walk up the tree, which
        // cost about 0.2 ms an article.
        if (!DANGEROUS_TAGS.has(tag) && Object.keys(properties).length === 0) return;
        const { inCode, doomed } = ancestry(node, ctx);
        // Its dangerous ancestor goes with everything inside it.
        if (doomed) return;
        // A file beside the article that is not a picture the site can publish (an SVG, which
        // Astro would copy as it is, script included; a PDF, which ends as a broken <img>)
        // stops the build, as it stops `npm run check`.
        if (tag === "img" && typeof properties.src === "string") {
          const refusal = localImageRefusal(properties.src);
          if (refusal) throw new Error(`LỖI [image-type] ${where(ctx)}: ${refusal}.`);
        }
        // A GFM task list item is the one checkbox markdown writes; keep it inert.
        if (tag === "input" && properties.type === "checkbox") {
          for (const key of Object.keys(properties)) {
            if (!["type", "checked", "disabled"].includes(key)) ctx.setProperty(node, key, null);
          }
          ctx.setProperty(node, "disabled", true);
          return;
        }
        if (DANGEROUS_TAGS.has(tag)) {
          warn(`${where(ctx)}: đã bỏ thẻ <${tag}> (removed unsafe <${tag}>)`);
          ctx.removeNode(node);
          return;
        }
        for (const [key, value] of Object.entries(properties)) {
          if (value === null || value === undefined) continue;
          const attribute = attributeName(key);
          const text = Array.isArray(value) ? value.join(" ") : String(value);
          if (!keepAttribute(tag, attribute, value, inCode)) {
            if (attribute.startsWith("on"))
              warn(`${where(ctx)}: đã bỏ ${attribute}= trên <${tag}> (removed event handler)`);
            ctx.setProperty(node, key, null);
          } else if (URL_ATTRIBUTES.has(attribute) && !isSafeUrl(text)) {
            warn(`${where(ctx)}: đã bỏ địa chỉ không an toàn ${attribute}="${text}" (removed unsafe URL)`);
            ctx.setProperty(node, key, null);
          }
        }
      },
    },
    // With rawHtml on there are no raw nodes left; if a future Sätteri kept
    // some, dropping them is the safe default.
    raw(node, ctx) {
      ctx.removeNode(node);
    },
  };
}

/** Only plain markdown articles: MDX is code written by editors and keeps its components. */
export function safeHtmlPlugin(warn?: (message: string) => void): HastPluginEntry {
  const plugin = createMarkdownSanitizer(warn);
  // Without "<" there is no HTML, and without "]" no link or picture: such an
  // article (most of them) has nothing to clean, so it skips the JS visitor.
  return (ctx) => (ctx.sourceFormat === "markdown" && /[<\]]/.test(ctx.source) ? plugin : null);
}

/**
 * Every hast plugin an article goes through (wired in astro.config.mjs): the
 * sanitizer first, then the article tables' scroll boxes
 * (src/lib/article-tables.ts), which markdown and MDX articles both get and
 * the sanitizer never sees.
 */
export function markdownSanitizerPlugin(warn?: (message: string) => void): HastPluginEntry {
  const tables = createArticleTables(markdownText);
  return [safeHtmlPlugin(warn), (ctx) => (mayHaveTable(ctx.source) ? tables : null)];
}
