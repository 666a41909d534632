import { describe, expect, it } from "vitest";
import { searchCost } from "../../src/lib/search-cost.ts";

describe("searchCost", () => {
  it("counts requests and bytes, and splits the requests by search bundle", () => {
    expect(
      searchCost([
        { path: "pagefind/bundles.json", bytes: 40 },
        { path: "pagefind/pagefind-entry.json", bytes: 200 },
        { path: "pagefind-2/pagefind-entry.json", bytes: 200 },
        { path: "pagefind-2/index/vi_1.pf_index", bytes: 9000 },
        { path: "pagefind-10/index/vi_2.pf_index", bytes: 8000 },
        { path: "favicon.svg", bytes: 300 },
        { path: "tin-tuc/pagefind-2/", bytes: 5 },
      ]),
    ).toEqual({
      requests: 7,
      bytes: 17745,
      byBundle: { "pagefind/": 2, "pagefind-2/": 2, "pagefind-10/": 1, other: 2 },
    });
  });
  it("is zero for no request", () => {
    expect(searchCost([])).toEqual({ requests: 0, bytes: 0, byBundle: {} });
  });
});
