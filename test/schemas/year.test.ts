import { describe, expect, test } from "vitest";
import { yearSchema } from "../../src/schemas/year.ts";
import { issues, without } from "./issues.ts";

const valid = {
  year: 2021,
  unitsCollected: 3792,
  unitsQualifier: "over",
  percentOfTarget: 172.9,
  activities: 21,
  participants: 5000,
  note: "Ghi chú hư cấu",
  sources: [{ name: "Nguồn hư cấu", authors: ["Tác giả A"], article: "bai-hu-cau", url: "https://example.org/a" }],
};

describe("yearSchema accepts", () => {
  test("a full reported year", () => {
    expect(yearSchema.parse(valid)).toEqual(valid);
  });

  test("a planned year with only a target and its percent of the quota", () => {
    const plan = { year: 2022, unitTarget: 4000, targetPercentOfQuota: 182, sources: [{ name: "Nguồn" }] };
    expect(yearSchema.parse(plan)).toEqual(plan);
  });

  test("zero counts", () => {
    expect(issues(yearSchema, { ...valid, unitsCollected: 0, activities: 0 })).toEqual([]);
  });
});

/*
 * Messages the schema writes itself are Vietnamese and pinned here. Zod's own
 * defaults for an unknown field, a missing field or a wrong type stay English at
 * this level: scripts/lib/content-check.ts (run before every build) turns those into
 * Vietnamese with file, line and a fix, and is tested on its own.
 */
describe("yearSchema rejects, with a Vietnamese message", () => {
  test("a negative count", () => {
    expect(issues(yearSchema, { ...valid, unitsCollected: -5 })).toMatchInlineSnapshot(`
      [
        "unitsCollected: không được là số âm",
      ]
    `);
  });

  test("a fractional count", () => {
    expect(issues(yearSchema, { ...valid, unitsCollected: 3792.5 })).toMatchInlineSnapshot(`
      [
        "unitsCollected: cần một số nguyên (không có phần thập phân)",
      ]
    `);
  });

  test("a count written as text with a thousands dot", () => {
    expect(issues(yearSchema, { ...valid, unitsCollected: "3.792" })).toMatchInlineSnapshot(`
      [
        "unitsCollected: cần một số nguyên không âm, viết không có dấu chấm nghìn (ví dụ 3792)",
      ]
    `);
  });

  test("a percent written the Vietnamese way as text", () => {
    expect(issues(yearSchema, { ...valid, percentOfTarget: "172,9" })).toMatchInlineSnapshot(`
      [
        "percentOfTarget: cần một số phần trăm, dùng dấu chấm thập phân (ví dụ 172.9)",
      ]
    `);
  });

  test("a negative percent", () => {
    expect(issues(yearSchema, { ...valid, percentOfTarget: -1 })).toMatchInlineSnapshot(`
      [
        "percentOfTarget: không được là số âm",
      ]
    `);
  });

  test("an unknown qualifier", () => {
    expect(issues(yearSchema, { ...valid, unitsQualifier: "hơn" })).toMatchInlineSnapshot(`
      [
        "unitsQualifier: chỉ nhận "over" (hơn) hoặc "about" (khoảng)",
      ]
    `);
  });

  test("an unknown field (a typo of a known one)", () => {
    expect(issues(yearSchema, { ...valid, unitCollected: 3792 })).toMatchInlineSnapshot(`
      [
        "(bản ghi): Unrecognized key: "unitCollected"",
      ]
    `);
  });

  test("a missing source", () => {
    const withoutSource = without(valid, "sources");
    expect(issues(yearSchema, withoutSource)).toMatchInlineSnapshot(`
      [
        "sources: Invalid input: expected array, received undefined",
      ]
    `);
  });

  test("a source without a name, or with a bad link", () => {
    expect(issues(yearSchema, { ...valid, sources: [{ name: " ", url: "baolaodong.vn/bai" }] })).toMatchInlineSnapshot(`
      [
        "sources.0.name: tên nguồn không được để trống",
        "sources.0.url: cần một địa chỉ web đầy đủ, bắt đầu bằng https://",
      ]
    `);
  });

  test("a year that is not a whole number in range", () => {
    expect(issues(yearSchema, { ...valid, year: 21 })).toMatchInlineSnapshot(`
      [
        "year: Too small: expected number to be >=1900",
      ]
    `);
    expect(issues(yearSchema, { ...valid, year: "2021" })).toMatchInlineSnapshot(`
      [
        "year: Invalid input: expected number, received string",
      ]
    `);
  });
});
