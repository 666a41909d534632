import { describe, expect, it } from "vitest";
import { jsonLocator, lineIndex, parseYaml, yamlLocator } from "../../../scripts/lib/source-locator.ts";

describe("lineIndex", () => {
  it("gives the 1-based line of an offset", () => {
    const line = lineIndex("a\nbc\n\nd");
    expect([0, 1, 2, 4, 5, 6].map(line)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe("yamlLocator", () => {
  // As gray-matter hands it over: the text after the opening ---, so line 1 is the --- line itself.
  const yaml = "\ntitle: Bài\ndate: 2021-02-30\ncampaigns:\n  - a\n  - b\nimage:\n  src: ./a.jpg\n";
  const locate = yamlLocator(parseYaml(yaml), 1, 1);

  it("finds fields, list items and nested fields", () => {
    expect(locate(["title"])).toBe(2);
    expect(locate(["date"])).toBe(3);
    expect(locate(["campaigns", 1])).toBe(6);
    expect(locate(["image", "src"])).toBe(8);
    expect(locate(["image"], "key")).toBe(7);
  });

  it("points a missing field at the group that should hold it", () => {
    expect(locate(["image", "alt"])).toBe(7);
    expect(locate(["description"])).toBe(1);
  });

  it("keeps dates as written (no YAML timestamps)", () => {
    expect(parseYaml(yaml).document.toJS().date).toBe("2021-02-30");
  });
});

describe("jsonLocator", () => {
  const json = '[\n  {\n    "year": 2021,\n    "source": { "name": "A" }\n  },\n  {\n    "year": 2022\n  }\n]\n';
  const locate = jsonLocator(json);

  it("finds values and keys by path", () => {
    expect(locate([0, "year"])).toBe(3);
    expect(locate([0, "source", "name"])).toBe(4);
    expect(locate([1, "year"], "key")).toBe(7);
  });

  it("points a missing field at its record", () => {
    expect(locate([1, "source"])).toBe(6);
  });
});
