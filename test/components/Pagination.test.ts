import { describe, expect, test } from "vitest";
import Pagination from "../../src/components/Pagination.astro";
import { render, text } from "./render.ts";

describe("Pagination", () => {
  test("one page needs no navigation", async () => {
    const root = await render(Pagination, { current: 1, total: 1 });
    expect(root.querySelector("nav")).toBeNull();
  });

  test.each([
    [1, 3, null, "/tin-tuc/trang/2/"],
    [2, 3, "/tin-tuc/", "/tin-tuc/trang/3/"],
    [3, 3, "/tin-tuc/trang/2/", null],
  ])("page %d of %d: previous %s, next %s", async (current, total, prev, next) => {
    const root = await render(Pagination, { current, total });
    const nav = root.querySelector("nav.pagination");
    expect(nav?.getAttribute("aria-label")).toBe("Phân trang");
    expect(root.querySelector('a[rel="prev"]')?.getAttribute("href") ?? null).toBe(prev);
    expect(root.querySelector('a[rel="next"]')?.getAttribute("href") ?? null).toBe(next);
    expect(text(nav)).toContain(`Trang ${current} / ${total}`);
    expect(root.querySelectorAll("a")).toHaveLength((prev ? 1 : 0) + (next ? 1 : 0));
  });

  test("links say where they go in words", async () => {
    const root = await render(Pagination, { current: 2, total: 3 });
    expect(text(root.querySelector('a[rel="prev"]'))).toBe("← Trang trước");
    expect(text(root.querySelector('a[rel="next"]'))).toBe("Trang sau →");
  });
});
