import { describe, expect, test } from "vitest";
import { newsPagePath, paginate } from "../../src/lib/paginate.ts";

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe("paginate", () => {
  test("25 items at 10 a page give pages of 10, 10 and 5 in order", () => {
    const pages = paginate(items, 10);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.total)).toEqual([3, 3, 3]);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages[2].items).toEqual([21, 22, 23, 24, 25]);
  });

  test("an exact multiple has no empty last page", () => {
    expect(paginate(items.slice(0, 20), 10).map((p) => p.items.length)).toEqual([10, 10]);
  });

  test("an empty list still gives one empty page, so the list page exists", () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  test("a page size below 1 is a programming error", () => {
    expect(() => paginate(items, 0)).toThrow(RangeError);
  });

  test("does not change the list it is given", () => {
    const list = [3, 1, 2];
    paginate(list, 2);
    expect(list).toEqual([3, 1, 2]);
  });
});

describe("newsPagePath", () => {
  test("page 1 is the news list itself; later pages live under trang/", () => {
    expect(newsPagePath(1)).toBe("tin-tuc/");
    expect(newsPagePath(0)).toBe("tin-tuc/");
    expect(newsPagePath(2)).toBe("tin-tuc/trang/2/");
    expect(newsPagePath(13)).toBe("tin-tuc/trang/13/");
  });
});
