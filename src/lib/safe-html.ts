/**
 * Which HTML an article may contain. Articles are often pasted from other
 * websites, and Sätteri passes raw HTML through unchanged, so this one policy
 * is applied twice: `npm run check` reports every breach with its line (see
 * scripts/lib/content-check.ts), and the build removes whatever breaches it anyway (see
 * markdown-sanitizer.ts), so a skipped check still cannot put a script or a
 * frame on the public site.
 */

/** Attributes allowed on every allowed tag. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ["title", "lang", "dir"];

/** Tags comms staff may write in a markdown article, with their own attributes. */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  // Text
  p: [],
  br: [],
  hr: [],
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  s: [],
  del: [],
  ins: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  abbr: [],
  cite: [],
  q: ["cite"],
  blockquote: ["cite"],
  code: [],
  pre: [],
  span: [],
  div: [],
  time: ["datetime"],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  // Lists
  ul: [],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  dl: [],
  dt: [],
  dd: [],
  // Links and pictures
  a: ["href"],
  img: ["src", "alt", "width", "height", "loading"],
  figure: [],
  figcaption: [],
  // Tables
  table: [],
  caption: [],
  colgroup: ["span"],
  col: ["span"],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ["colspan", "rowspan", "scope", "headers", "abbr"],
  td: ["colspan", "rowspan", "headers"],
  // Expandable sections
  details: ["open"],
  summary: [],
};

/**
 * Tags that run code, load another page or object, or change the page around
 * the article. The build drops them with everything inside them.
 */
export const DANGEROUS_TAGS: ReadonlySet<string> = new Set([
  "script",
  "noscript",
  "style",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "param",
  "portal",
  "fencedframe",
  "link",
  "meta",
  "base",
  "title",
  "head",
  "body",
  "html",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "select",
  "option",
  "textarea",
  "video",
  "audio",
  "source",
  "track",
  "canvas",
  "dialog",
]);

/** Attributes whose value is an address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "src", "cite"]);

/** Address schemes an article may link to. Addresses without a scheme (./anh.jpg, #muc-1, /tin-tuc/) are fine. */
export const SAFE_URL_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto", "tel"]);

export type HtmlProblem =
  | { kind: "tag"; tag: string; dangerous: boolean }
  | { kind: "attribute"; tag: string; attribute: string; eventHandler: boolean }
  | { kind: "url"; tag: string; attribute: string; url: string; scheme: string };

/**
 * hast keeps attribute names as DOM properties (onError, className, colSpan,
 * ariaLabel, dataFootnoteRef); messages and the allow-list use HTML names.
 */
export function attributeName(property: string): string {
  if (property === "className") return "class";
  if (property === "htmlFor") return "for";
  if (property === "httpEquiv") return "http-equiv";
  // ariaDescribedBy → aria-describedby, but dataFootnoteRef → data-footnote-ref.
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/**
 * The scheme of an address as a browser would read it, or undefined for a
 * relative address. Browsers ignore tabs, newlines and leading control
 * characters (java\tscript:), so those are removed first.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1].toLowerCase() : undefined;
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_URL_SCHEMES.has(scheme);
}

function propertyText(value: unknown): string {
  if (Array.isArray(value)) return value.join(" ");
  return value === true ? "" : String(value ?? "");
}

/** Everything wrong with one element under the policy, in attribute order. */
export function elementProblems(tagName: string, properties: Record<string, unknown> = {}): HtmlProblem[] {
  const tag = tagName.toLowerCase();
  const allowed = ALLOWED_TAGS[tag];
  if (!allowed) return [{ kind: "tag", tag, dangerous: DANGEROUS_TAGS.has(tag) }];
  const problems: HtmlProblem[] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const attribute = attributeName(property);
    if (!allowed.includes(attribute) && !GLOBAL_ATTRIBUTES.includes(attribute)) {
      problems.push({ kind: "attribute", tag, attribute, eventHandler: attribute.startsWith("on") });
      continue;
    }
    if (URL_ATTRIBUTES.has(attribute)) {
      const url = propertyText(value);
      const scheme = urlScheme(url);
      if (scheme !== undefined && !SAFE_URL_SCHEMES.has(scheme)) {
        problems.push({ kind: "url", tag, attribute, url, scheme });
      }
    }
  }
  return problems;
}
