/**
 * What one search costs a reader, from the requests the search page made
 * (scripts/search-cost.ts records them in Chromium): how many, how many
 * bytes, and how they split between the site and each search bundle. A large
 * archive's index is cut into bundles (src/lib/search.ts), and each bundle
 * adds requests of its own; this is how that cost is measured.
 */
import { searchBundleOf } from "./search.ts";

export interface RecordedRequest {
  /** Path of the request below the site's base, e.g. "pagefind-2/index/x.pf_index". */
  path: string;
  /** Bytes of the response body as received (Pagefind's files are compressed already). */
  bytes: number;
}

export interface SearchCost {
  requests: number;
  bytes: number;
  /** Requests per search bundle folder ("pagefind/", "pagefind-2/" …); "other" for the rest. */
  byBundle: Record<string, number>;
}

export function searchCost(requests: RecordedRequest[]): SearchCost {
  const byBundle: Record<string, number> = {};
  let bytes = 0;
  for (const request of requests) {
    const bundle = searchBundleOf(request.path) ?? "other";
    byBundle[bundle] = (byBundle[bundle] ?? 0) + 1;
    bytes += request.bytes;
  }
  return { requests: requests.length, bytes, byBundle };
}
