import { describe, expect, it } from "vitest";
import { searchCost } from "../../scripts/lib/search-cost.ts";

describe("searchCost", () => {
  it("counts requests and bytes, and splits the requests by kind", () => {
    expect(
      searchCost([
        { path: "pagefind/pagefind.js", bytes: 40 },
        { path: "pagefind/pagefind-entry.json", bytes: 200 },
        { path: "pagefind/wasm.vi.pagefind", bytes: 200 },
        { path: "pagefind/index/vi_1.pf_index", bytes: 9000 },
        { path: "pagefind/fragment/vi_2.pf_fragment", bytes: 8000 },
        { path: "favicon.svg", bytes: 300 },
        { path: "tin-tuc/pagefind/", bytes: 5 },
      ]),
    ).toEqual({ requests: 7, bytes: 17745, byKind: { start: 3, index: 1, fragment: 1, site: 2 } });
  });
  it("is zero for no request", () => {
    expect(searchCost([])).toEqual({ requests: 0, bytes: 0, byKind: {} });
  });
});
