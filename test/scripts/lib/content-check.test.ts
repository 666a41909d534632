import { describe, expect, it } from "vitest";
import { articleFrontmatterSchema } from "../../../src/schemas/article.ts";
import {
  articleSlug,
  checkSite,
  closest,
  keysAt,
  resolveRelative,
  type SiteSnapshot,
} from "../../../scripts/lib/content-check.ts";

function site(overrides: Partial<SiteSnapshot>): SiteSnapshot {
  return {
    articlesDir: "src/content/articles",
    articles: [],
    ignoredArticleFiles: [],
    yearsPath: "data/years.json",
    years: { path: "data/years.json", text: "[]" },
    campaigns: [],
    ignoredCampaignFiles: [],
    brokenLinks: [],
    newMdxFiles: [],
    fileExists: () => false,
    today: "2025-06-15",
    ...overrides,
  };
}

const article = (body: string) =>
  `---\ntitle: "T"\ndescription: "D"\ndate: 2025-01-01\nauthors:\n  - "A"\n---\n${body}`;

describe("helpers", () => {
  it("suggests the field that was probably meant", () => {
    expect(closest("titel", ["title", "date"])).toBe("title");
    expect(closest("athors", ["authors", "tags"])).toBe("authors");
    expect(closest("xyz", ["title", "date"])).toBeUndefined();
  });

  it("knows the fields of nested groups", () => {
    expect(keysAt(articleFrontmatterSchema, ["image"])).toEqual(["src", "alt", "caption"]);
    expect(keysAt(articleFrontmatterSchema, ["source"])).toEqual(["name", "authors", "url"]);
  });

  it("resolves picture paths against the article's folder and names articles like the site", () => {
    expect(resolveRelative("src/content/articles/bai", "./anh.jpg")).toBe("src/content/articles/bai/anh.jpg");
    expect(resolveRelative("src/content/articles/bai", "../chung/anh.jpg")).toBe("src/content/articles/chung/anh.jpg");
    expect(articleSlug("src/content/articles/bai/index.md", "src/content/articles")).toBe("bai");
    expect(articleSlug("src/content/articles/bai.mdx", "src/content/articles")).toBe("bai");
  });
});

describe("checkSite", () => {
  it("finds body lines counted from the top of the file", () => {
    const messages = checkSite(
      site({
        articles: [{ path: "src/content/articles/bai.md", text: article("\nMột đoạn.\n\n<script>x()</script>\n") }],
      }),
    );
    expect(messages.map((m) => [m.code, m.line])).toEqual([["html-tag", 11]]);
  });

  it("checks a picture in the body against the article's folder", () => {
    const messages = checkSite(
      site({
        articles: [
          { path: "src/content/articles/bai/index.md", text: article("\n![Ảnh](./co.png) ![Ảnh](./khong.png)\n") },
        ],
        fileExists: (path) => path === "src/content/articles/bai/co.png",
      }),
    );
    expect(messages.map((m) => [m.code, m.found])).toEqual([
      ["image-missing", '"./khong.png" (đã tìm ở src/content/articles/bai/khong.png)'],
    ]);
  });

  it("reads a byte-order mark and Windows line ends like plain text", () => {
    const text = `\uFEFF${article("\nNội dung.\n")}`.replaceAll("\n", "\r\n");
    expect(checkSite(site({ articles: [{ path: "src/content/articles/bai.md", text }] }))).toEqual([]);
  });
});
