import { describe, expect, it } from "vitest";
import { changeKind, pagesForChanges } from "../../scripts/lib/change-kind.ts";

describe("changeKind", () => {
  it("is content when every changed file is an article, a photo or a data file", () => {
    expect(
      changeKind([
        "src/content/articles/ngay-hoi/index.md",
        "src/content/articles/ngay-hoi/anh.jpg",
        "data/campaigns/2025-ngay-hoi.json",
        "data/years.json",
      ]),
    ).toBe("content");
  });

  it("is code as soon as one file is not content, and when nothing is known to have changed", () => {
    expect(changeKind(["data/years.json", "src/lib/figures.ts"])).toBe("code");
    expect(changeKind(["src/content.config.ts"])).toBe("code");
    expect(changeKind(["package-lock.json"])).toBe("code");
    expect(changeKind([])).toBe("code");
  });
});

describe("pagesForChanges", () => {
  it("maps articles (file or folder), campaigns and the years to their pages, once each", () => {
    expect(
      pagesForChanges([
        "src/content/articles/bai-mot.md",
        "src/content/articles/bai-hai/index.mdx",
        "src/content/articles/bai-hai/anh.jpg",
        "data/campaigns/2025-ngay-hoi.json",
        "data/years.json",
        "README.md",
      ]),
    ).toEqual(["bao-cao/", "chien-dich/2025-ngay-hoi/", "tin-tuc/bai-hai/", "tin-tuc/bai-mot/"]);
  });
});
