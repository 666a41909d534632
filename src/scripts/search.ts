/**
 * The search page: loads Pagefind's own module from the built site (no inline
 * script, so the Content-Security-Policy needs no exception beyond
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly), hands it the query as typed
 * and renders results with DOM calls only.
 */
import { ownExcerpt, SEARCH_INDEX_DIR } from "../lib/search.ts";
import { withBase } from "../url.ts";

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}

const base = withBase(import.meta.env.BASE_URL);
let loading: Promise<Pagefind> | undefined;

/**
 * Results shown for a query. Pagefind fetches one fragment file a result, so
 * this is most of what a first search costs a reader (`npm run search-cost`).
 */
export const RESULTS_SHOWN = 20;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // The index is written next to the pages after the build, so Vite must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ `${base}${SEARCH_INDEX_DIR}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
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
  const excerpt = data.excerpt ? ownExcerpt(data.excerpt) : undefined;
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
  if (!form || !input || !status || !list) return;
  const msg = (name: string, values: Record<string, string> = {}) =>
    (root.dataset[name] ?? "").replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(raw: string): Promise<void> {
    const query = raw.trim();
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
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
      const data = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...data.map(renderResult));
      status!.textContent =
        data.length === 0
          ? msg("msgEmpty", { q: query })
          : msg("msgCount", { n: new Intl.NumberFormat("vi-VN").format(search.results.length), q: query });
    } catch (error) {
      console.error(error);
      if (ticket === latest) status!.textContent = msg("msgUnavailable");
    }
  }

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
