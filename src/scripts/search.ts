/**
 * The search page: loads Pagefind's own module from the built site (no inline
 * script, so the Content-Security-Policy needs no exception beyond
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly), hands it the query as typed
 * and renders results with DOM calls only.
 */
import { hitExcerpt, SEARCH_INDEX_DIR } from "../lib/search.ts";
import { withBase } from "../url.ts";

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const base = withBase(import.meta.env.BASE_URL);
let loading: Promise<Pagefind> | undefined;

/**
 * Results shown at first, and added by each press of "more results".
 * Pagefind fetches one fragment file a result, so this is a good part of
 * what a first search costs a reader (`npm run search-cost`); a phone's
 * screen shows two or three.
 */
export const RESULTS_AT_A_TIME = 10;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // The index is written next to the pages after the build, so Vite must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ `${base}${SEARCH_INDEX_DIR}pagefind.js`)) as Pagefind;
    // The indexed text of a page is its summary (src/lib/search.ts): long enough to show it whole.
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Pagefind marks hits with <mark>; rebuild that as nodes instead of trusting HTML. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const out: Node[] = [];
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

function renderResult(data: ResultData): HTMLLIElement {
  const li = document.createElement("li");
  const card = document.createElement("article");
  card.className = "card";
  if (data.meta.kind) {
    const kind = document.createElement("p");
    kind.className = "meta";
    kind.textContent = data.meta.kind;
    card.append(kind);
  }
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  card.append(heading);
  const text = document.createElement("p");
  const excerpt = hitExcerpt(data.excerpt);
  if (excerpt) text.append(...excerptNodes(excerpt));
  else text.textContent = data.meta.description ?? "";
  card.append(text);
  li.append(card);
  return li;
}

export function setupSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !status || !list || !more) return;
  const msg = (name: string, values: Record<string, string> = {}) =>
    (root.dataset[name] ?? "").replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The results of the query on screen, and how many of them are shown. */
  let current: { results: PagefindResult[]; shown: number } | undefined;

  /** Adds the next results of the query on screen and returns them; undefined when another query has taken its place. */
  async function showMore(ticket: number): Promise<HTMLLIElement[] | undefined> {
    if (!current) return undefined;
    const { results, shown } = current;
    const data = await Promise.all(results.slice(shown, shown + RESULTS_AT_A_TIME).map((r) => r.data()));
    if (ticket !== latest) return undefined;
    const items = data.map(renderResult);
    list!.append(...items);
    current.shown = shown + items.length;
    more!.hidden = current.shown >= results.length;
    return items;
  }

  async function run(raw: string): Promise<void> {
    const query = raw.trim();
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    current = undefined;
    more!.hidden = true;
    if (!query) {
      list!.replaceChildren();
      status!.textContent = "";
      return;
    }
    status!.textContent = msg("msgLoading");
    try {
      const pagefind = await loadPagefind();
      // Pagefind matches "tu liem" to "Từ Liêm" itself; "duong" finds đường through the
      // page's folded đ-words (src/lib/search.ts).
      const search = await pagefind.search(query);
      if (!search || ticket !== latest) return;
      list!.replaceChildren();
      current = { results: search.results, shown: 0 };
      if (!(await showMore(ticket))) return;
      status!.textContent =
        search.results.length === 0
          ? msg("msgEmpty", { q: query })
          : msg("msgCount", { n: new Intl.NumberFormat("vi-VN").format(search.results.length), q: query });
    } catch (error) {
      console.error(error);
      if (ticket === latest) status!.textContent = msg("msgUnavailable");
    }
  }

  more.addEventListener("click", () => {
    more.disabled = true;
    showMore(latest)
      // Focus moves to the first result added, so a keyboard or screen reader user goes on reading from there.
      .then((items) => items?.[0]?.querySelector("a")?.focus())
      .catch((error: unknown) => {
        console.error(error);
        status.textContent = msg("msgUnavailable");
      })
      .finally(() => {
        more.disabled = false;
      });
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  const initial = new URLSearchParams(window.location.search).get("q") ?? "";
  input.value = initial;
  root.hidden = false;
  if (initial) void run(initial);
}
