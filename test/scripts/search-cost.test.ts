import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { formatKinds, searchCost, transferBytes } from "../../scripts/lib/search-cost.ts";

describe("searchCost", () => {
  it("counts requests and bytes, and splits both by kind", () => {
    const cost = searchCost([
      { path: "pagefind/pagefind.js", bytes: 40 },
      { path: "pagefind/pagefind-entry.json", bytes: 200 },
      { path: "pagefind/wasm.vi.pagefind", bytes: 200 },
      { path: "pagefind/index/vi_1.pf_index", bytes: 9000 },
      { path: "pagefind/fragment/vi_2.pf_fragment", bytes: 8000 },
      { path: "favicon.svg", bytes: 300 },
      { path: "tin-tuc/pagefind/", bytes: 5 },
    ]);
    expect(cost).toEqual({
      requests: 7,
      bytes: 17745,
      byKind: {
        start: { requests: 3, bytes: 440 },
        index: { requests: 1, bytes: 9000 },
        fragment: { requests: 1, bytes: 8000 },
        site: { requests: 2, bytes: 305 },
      },
    });
    expect(formatKinds(cost)).toBe("start 3 (0 KB), index 1 (9 KB), fragment 1 (8 KB), site 2 (0 KB)");
  });
  it("is zero for no request", () => {
    expect(searchCost([])).toEqual({ requests: 0, bytes: 0, byKind: {} });
  });
});

describe("transferBytes", () => {
  it("counts a file Pagefind gzipped as it is, and any other as gzip", () => {
    const text = new TextEncoder().encode("const pagefind = 1;\n".repeat(200));
    const gzipped = gzipSync(text);
    expect(transferBytes(gzipped)).toBe(gzipped.length);
    expect(transferBytes(text)).toBe(gzipped.length);
    expect(transferBytes(text)).toBeLessThan(text.length / 10);
  });
});
