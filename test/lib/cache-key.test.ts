import { describe, expect, it } from "vitest";
import { articlePageKey, hashKey } from "../../src/lib/cache-key.ts";

describe("hashKey", () => {
  it("ignores key order and tells different values apart", () => {
    expect(hashKey({ a: 1, b: { c: [1, 2], d: "đ" } })).toBe(hashKey({ b: { d: "đ", c: [1, 2] }, a: 1 }));
    expect(hashKey({ a: 1 })).not.toBe(hashKey({ a: 2 }));
    expect(hashKey({ list: [1, 2] })).not.toBe(hashKey({ list: [2, 1] }));
  });
});

describe("articlePageKey", () => {
  const entry = (id: string, title: string) => ({ id, digest: `d-${id}`, data: { title } });
  const inputs = (overrides: Partial<Parameters<typeof articlePageKey>[0]> = {}) => ({
    article: { ...entry("a", "Bài A"), filePath: "src/content/articles/a.md" },
    related: [entry("b", "Bài B")],
    previous: entry("c", "Bài C"),
    next: undefined,
    campaigns: [{ id: "x", data: { units: 120 } }],
    ...overrides,
  });

  it("changes with anything the page shows: the article, a related or neighbouring article, a campaign", () => {
    const base = articlePageKey(inputs());
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(articlePageKey(inputs())).toBe(base);
    const changed = [
      inputs({ article: { ...entry("a", "Bài A"), digest: "other", filePath: "src/content/articles/a.md" } }),
      inputs({ related: [entry("b", "Bài B, sửa tên")] }),
      inputs({ related: [] }),
      inputs({ previous: entry("d", "Bài D") }),
      inputs({ next: entry("e", "Bài E") }),
      inputs({ campaigns: [{ id: "x", data: { units: 121 } }] }),
    ].map(articlePageKey);
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });

  it("gives an MDX article no key: its embedded charts read data the key does not cover", () => {
    expect(
      articlePageKey(inputs({ article: { ...entry("a", "Bài A"), filePath: "src/content/articles/a.mdx" } })),
    ).toBeUndefined();
  });
});
