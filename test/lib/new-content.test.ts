import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { articleFrontmatterSchema } from "../../src/schemas/article.ts";
import { campaignSchema } from "../../src/schemas/campaign.ts";
import { articleTemplate, campaignId, campaignTemplate, yamlString } from "../../src/lib/new-content.ts";
import { parseYaml } from "../../scripts/lib/source-locator.ts";

describe("articleTemplate", () => {
  const text = articleTemplate({
    title: 'Hà Nội: "Giọt hồng" #1',
    date: "2025-06-15",
    author: "Ban biên tập",
    campaignIds: ["2024-ngay-hoi"],
  });

  it("is front matter the site's schema accepts, as a draft, with the title exactly as typed", () => {
    const front = matter(text, { engines: { yaml: (s: string) => parseYaml(s).document.toJS() } } as never);
    const data = articleFrontmatterSchema.parse(front.data);
    expect(data).toMatchObject({ title: 'Hà Nội: "Giọt hồng" #1', date: "2025-06-15", draft: true, campaigns: [] });
  });

  it("shows every optional field in a comment and lists the campaigns to choose from", () => {
    for (const field of ["# source:", "#   url:", "# image:", "#   alt:", "#   caption:", "#   - 2024-ngay-hoi"]) {
      expect(text).toContain(field);
    }
  });

  it("quotes strings safely for YAML", () => {
    expect(yamlString('a: "b"')).toBe('"a: \\"b\\""');
  });
});

describe("campaignTemplate and campaignId", () => {
  it("names a campaign by year and slug, without doubling a year already in the name", () => {
    expect(campaignId("Ngày hội Giọt hồng", 2025)).toBe("2025-ngay-hoi-giot-hong");
    expect(campaignId("2024 Ngày hội", 2025)).toBe("2024-ngay-hoi");
  });

  it("writes a record the campaign schema accepts", () => {
    const record = JSON.parse(campaignTemplate({ name: "Ngày hội", year: 2025, sourceName: "Hội" }));
    expect(campaignSchema.parse(record)).toMatchObject({ name: "Ngày hội", year: 2025, status: "planned" });
  });
});
