import { describe, expect, it } from "vitest";
import { rssItems } from "../../src/lib/feeds.ts";

describe("rssItems", () => {
  it("links each article and dates it on its day in Hà Nội", () => {
    const items = rssItems(
      [
        {
          id: "bai-a",
          data: {
            title: "Bài A",
            description: "Tóm tắt A",
            date: "2025-01-01",
            tags: ["kết quả"],
            authors: ["Người viết"],
          },
        },
      ],
      (id) => `/giot-hong/tin-tuc/${id}/`,
    );
    expect(items).toEqual([
      {
        title: "Bài A",
        description: "Tóm tắt A",
        link: "/giot-hong/tin-tuc/bai-a/",
        pubDate: new Date("2025-01-01T05:00:00Z"),
        categories: ["kết quả"],
      },
    ]);
  });
});
