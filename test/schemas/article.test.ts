import { describe, expect, test } from "vitest";
import { z } from "zod";
import { articleFrontmatterSchema, makeArticleSchema } from "../../src/schemas/article.ts";
import { issues, without } from "./issues.ts";

const valid = {
  title: "Bài viết hư cấu",
  description: "Tóm tắt hư cấu.",
  date: "2023-09-05",
  authors: ["Tác giả hư cấu"],
  source: { name: "Báo Hư Cấu", authors: ["Phóng viên"], url: "https://example.org/bai" },
  campaigns: ["2023-chien-dich-hu-cau"],
  tags: ["kiểm thử"],
  image: { src: "./anh.png", alt: "Mô tả ảnh", caption: "Chú thích" },
  draft: false,
};

describe("articleFrontmatterSchema accepts", () => {
  test("a full front matter", () => {
    expect(articleFrontmatterSchema.parse(valid)).toEqual(valid);
  });

  test("the minimum, filling campaigns, tags and draft with their defaults", () => {
    const { title, description, date, authors } = valid;
    expect(articleFrontmatterSchema.parse({ title, description, date, authors })).toEqual({
      title,
      description,
      date,
      authors,
      campaigns: [],
      tags: [],
      draft: false,
    });
  });

  test("an unquoted YAML date (read as a Date) becomes the calendar date written", () => {
    const parsed = articleFrontmatterSchema.parse({ ...valid, date: new Date("2023-09-05T00:00:00Z") });
    expect(parsed.date).toBe("2023-09-05");
  });

  test("trims the title", () => {
    expect(articleFrontmatterSchema.parse({ ...valid, title: "  Bài viết  " }).title).toBe("Bài viết");
  });

  test("makeArticleSchema passes the image source to the schema it is given", () => {
    const schema = makeArticleSchema(z.object({ src: z.string(), width: z.number() }));
    const image = { src: { src: "/a.png", width: 160 }, alt: "Mô tả" };
    expect(schema.parse({ ...valid, image }).image).toEqual(image);
    expect(issues(schema, { ...valid, image: { src: "./a.png", alt: "Mô tả" } })).toHaveLength(1);
  });
});

/*
 * Messages the schema writes itself are Vietnamese and pinned here. Zod's own
 * defaults for an unknown field, a missing field or a wrong type stay English at
 * this level: scripts/lib/content-check.ts (run before every build) turns those into
 * Vietnamese with file, line and a fix, and is tested on its own.
 */
describe("articleFrontmatterSchema rejects, with a Vietnamese message", () => {
  test("a missing title", () => {
    const withoutTitle = without(valid, "title");
    expect(issues(articleFrontmatterSchema, withoutTitle)).toMatchInlineSnapshot(`
      [
        "title: cần tiêu đề bài viết",
      ]
    `);
  });

  test("a blank title and description", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, title: "   ", description: "" })).toMatchInlineSnapshot(`
      [
        "title: tiêu đề không được để trống",
        "description: tóm tắt không được để trống",
      ]
    `);
  });

  test("a date that is not on the calendar (2021-02-30)", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, date: "2021-02-30" })).toMatchInlineSnapshot(`
      [
        "date: ngày này không có trên lịch (kiểm tra lại ngày và tháng)",
      ]
    `);
  });

  test("a date in another format", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, date: "05/09/2023" })).toMatchInlineSnapshot(`
      [
        "date: cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05)",
      ]
    `);
  });

  test("no authors", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, authors: [] })).toMatchInlineSnapshot(`
      [
        "authors: cần ít nhất một tác giả",
      ]
    `);
  });

  test("an image without alt text", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, image: { src: "./anh.png" } })).toMatchInlineSnapshot(`
      [
        "image.alt: ảnh cần mô tả (alt)",
      ]
    `);
  });

  test("an image with empty alt text", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, image: { src: "./anh.png", alt: " " } }))
      .toMatchInlineSnapshot(`
      [
        "image.alt: mô tả ảnh (alt) không được để trống",
      ]
    `);
  });

  test("a source link that is not a full address", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, source: { name: "Báo", url: "laodongthudo.vn/bai" } }))
      .toMatchInlineSnapshot(`
      [
        "source.url: cần một địa chỉ web đầy đủ, bắt đầu bằng https://",
      ]
    `);
  });

  test("a link that would run script, or is not on the web, is refused; http:// is accepted (the check warns)", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,x",
      "ftp://a.vn/x",
      "https://localhost/x",
    ]) {
      expect(issues(articleFrontmatterSchema, { ...valid, source: { name: "Báo", url } }), url).toEqual([
        "source.url: cần một địa chỉ web đầy đủ, bắt đầu bằng https://",
      ]);
    }
    expect(issues(articleFrontmatterSchema, { ...valid, source: { name: "Báo", url: "http://a.vn/x" } })).toEqual([]);
  });

  test("a title YAML reads as a date is the text written (the build's parser reads dates, the check's does not)", () => {
    const parsed = articleFrontmatterSchema.parse({ ...valid, title: new Date("2022-03-05T00:00:00Z") });
    expect(parsed.title).toBe("2022-03-05");
    expect(articleFrontmatterSchema.parse({ ...valid, title: "2022-03-05" }).title).toBe("2022-03-05");
  });

  test("an unknown field (a typo)", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, tag: ["x"] })).toMatchInlineSnapshot(`
      [
        "(bản ghi): Unrecognized key: "tag"",
      ]
    `);
  });

  test("draft written as text", () => {
    expect(issues(articleFrontmatterSchema, { ...valid, draft: "yes" })).toMatchInlineSnapshot(`
      [
        "draft: Invalid input: expected boolean, received string",
      ]
    `);
  });
});
