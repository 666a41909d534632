/**
 * What one search costs a reader, from the requests the search page made
 * (scripts/search-cost.ts records them in Chromium): how many, how many
 * bytes, and of which kind: Pagefind's word index chunks, one fragment a
 * result shown, its start-up files (script, WebAssembly, entry, metadata),
 * and anything else of the site.
 */
import { gzipSync } from "node:zlib";
import { isSearchIndexFile, SEARCH_INDEX_DIR } from "../../src/lib/search.ts";

export interface RecordedRequest {
  /** Path of the request below the site's base, e.g. "pagefind/index/vi_1a2b.pf_index". */
  path: string;
  /** Bytes of the response as a host sends it (transferBytes). */
  bytes: number;
}

/**
 * Bytes a static host sends for a file: Pagefind gzips its index, fragments,
 * metadata and WebAssembly itself, and hosts (GitHub Pages, Netlify,
 * Cloudflare) gzip or better the rest, its scripts and entry file; the page
 * budget (scripts/lib/budget.ts) counts gzip the same way.
 */
export function transferBytes(body: Uint8Array): number {
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body).length;
}

export type RequestKind = "index" | "fragment" | "start" | "site";

export interface KindCost {
  requests: number;
  bytes: number;
}

export interface SearchCost {
  requests: number;
  bytes: number;
  /** Requests and bytes of each kind. */
  byKind: Partial<Record<RequestKind, KindCost>>;
}

function kindOf(path: string): RequestKind {
  if (!isSearchIndexFile(path)) return "site";
  const inside = path.slice(SEARCH_INDEX_DIR.length);
  if (inside.startsWith("index/")) return "index";
  if (inside.startsWith("fragment/")) return "fragment";
  return "start";
}

export function searchCost(requests: RecordedRequest[]): SearchCost {
  const byKind: SearchCost["byKind"] = {};
  let bytes = 0;
  for (const request of requests) {
    const kind = kindOf(request.path);
    const cost = (byKind[kind] ??= { requests: 0, bytes: 0 });
    cost.requests++;
    cost.bytes += request.bytes;
    bytes += request.bytes;
  }
  return { requests: requests.length, bytes, byKind };
}

/** "start 5 (221 KB), index 2 (722 KB), …": the kinds of a search's requests, for a table cell. */
export function formatKinds(cost: SearchCost): string {
  return Object.entries(cost.byKind)
    .map(([kind, c]) => `${kind} ${c.requests} (${Math.round(c.bytes / 1024)} KB)`)
    .join(", ");
}
