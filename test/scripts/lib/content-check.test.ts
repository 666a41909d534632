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

describe("checkSite: quota, times and sources of the issue-18 data model", () => {
  const years = (record: Record<string, unknown>) =>
    site({ years: { path: "data/years.json", text: JSON.stringify([record], null, 2) } });

  it("accepts a stated quota that the target and its stated percent agree with (4.000 ÷ 2.200 = 181,8 % ≈ 182 %)", () => {
    const messages = checkSite(
      years({ year: 2022, unitTarget: 4000, targetPercentOfQuota: 182, quotaUnits: 2200, sources: [{ name: "N" }] }),
    );
    expect(messages).toEqual([]);
  });

  it("warns, on the quota's line, when a stated quota, target and percent disagree", () => {
    const [message, ...rest] = checkSite(
      years({ year: 2022, unitTarget: 4000, targetPercentOfQuota: 182, quotaUnits: 2000, sources: [{ name: "N" }] }),
    );
    expect(rest).toEqual([]);
    expect(message).toMatchInlineSnapshot(`
      {
        "code": "quota-disagrees",
        "expected": "4.000 / 2.000 ≈ 200 %, gần 182 %; hoặc chỉ tiêu được giao khoảng 2.198",
        "field": "năm 2022: quotaUnits",
        "file": "data/years.json",
        "fix": "Đối chiếu ba con số với nguồn: có thể nhập nhầm một số. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên; trang vẫn hiện đúng các số nguồn nêu.",
        "found": ""quotaUnits": 2000, "unitTarget": 4000, "targetPercentOfQuota": 182",
        "line": 6,
        "problem": "Chỉ tiêu được giao năm 2022 không khớp với mục tiêu và tỷ lệ nguồn nêu (stated quota disagrees with target and percent).",
        "severity": "warning",
      }
    `);
  });

  it("checks every source's article, naming the source by its place in the list", () => {
    const messages = checkSite(
      years({ year: 2022, unitTarget: 1, sources: [{ name: "A" }, { name: "B", article: "khong-co" }] }),
    );
    expect(messages.map((m) => [m.code, m.field, m.line])).toEqual([
      ["article-unknown", expect.stringContaining("năm 2022"), 11],
    ]);
  });

  it("rejects a closing time before the opening time on a one-day drive", () => {
    const campaign = {
      name: "Ngày hội",
      kind: "festival",
      year: 2025,
      startDate: "2025-06-18",
      startTime: "07:30",
      endTime: "01:30",
      status: "planned",
      sources: [{ name: "N" }],
    };
    const messages = checkSite(
      site({ campaigns: [{ path: "data/campaigns/2025-ngay-hoi.json", text: JSON.stringify(campaign, null, 2) }] }),
    );
    expect(messages.map((m) => [m.code, m.field, m.found])).toEqual([
      ["campaign-times-order", "endTime", '"startTime": "07:30", "endTime": "01:30"'],
    ]);
  });
});
