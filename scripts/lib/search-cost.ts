/**
 * What one search costs a reader, from the requests the search page made
 * (scripts/search-cost.ts records them in Chromium): how many, how many
 * bytes, and of which kind: Pagefind's word index chunks, one fragment a
 * result shown, its start-up files (script, WebAssembly, entry, metadata),
 * and anything else of the site.
 */
import { isSearchIndexFile, SEARCH_INDEX_DIR } from "../../src/lib/search.ts";

export interface RecordedRequest {
  /** Path of the request below the site's base, e.g. "pagefind/index/vi_1a2b.pf_index". */
  path: string;
  /** Bytes of the response body as received (Pagefind's files are compressed already). */
  bytes: number;
}

export type RequestKind = "index" | "fragment" | "start" | "site";

export interface SearchCost {
  requests: number;
  bytes: number;
  /** Requests of each kind. */
  byKind: Partial<Record<RequestKind, number>>;
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
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    bytes += request.bytes;
  }
  return { requests: requests.length, bytes, byKind };
}
