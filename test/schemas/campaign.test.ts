import { describe, expect, test } from "vitest";
import { campaignKinds, campaignSchema, campaignStatuses } from "../../src/schemas/campaign.ts";
import { issues, without } from "./issues.ts";

const valid = {
  name: "Chiến dịch hư cấu",
  kind: "campaign",
  year: 2023,
  startDate: "2023-08-01",
  endDate: "2023-08-31",
  place: "Phường Hư Cấu",
  organiser: "Ban tổ chức hư cấu",
  unitsCollected: 1126,
  unitsQualifier: "over",
  unitTarget: 1000,
  participants: 1500,
  status: "done",
  description: "Mô tả hư cấu.",
  sources: [{ name: "Nguồn hư cấu" }],
};

describe("campaignSchema accepts", () => {
  test("a full record", () => {
    expect(campaignSchema.parse(valid)).toEqual(valid);
  });

  test.each(campaignKinds.flatMap((kind) => campaignStatuses.map((status) => [kind, status])))(
    "kind %s with status %s",
    (kind, status) => {
      expect(issues(campaignSchema, { ...valid, kind, status })).toEqual([]);
    },
  );

  test("a planned campaign with only a name, kind, year, status, source and how to register", () => {
    const planned = {
      name: "Kế hoạch hư cấu",
      kind: "festival",
      year: 2024,
      status: "planned",
      registration: "Đăng ký tại nhà văn hóa (hư cấu).",
      sources: [{ name: "Nguồn" }],
    };
    expect(campaignSchema.parse(planned)).toEqual(planned);
  });
});

/*
 * Messages the schema writes itself are Vietnamese and pinned here. Zod's own
 * defaults for an unknown field, a missing field or a wrong type stay English at
 * this level: scripts/lib/content-check.ts (run before every build) turns those into
 * Vietnamese with file, line and a fix, and is tested on its own.
 */
describe("campaignSchema rejects, with a Vietnamese message", () => {
  test("an unknown kind", () => {
    expect(issues(campaignSchema, { ...valid, kind: "ngày hội" })).toMatchInlineSnapshot(`
      [
        "kind: chỉ nhận "festival", "campaign", "ward-day" hoặc "other"",
      ]
    `);
  });

  test("an unknown status", () => {
    expect(issues(campaignSchema, { ...valid, status: "finished" })).toMatchInlineSnapshot(`
      [
        "status: chỉ nhận "planned", "ongoing" hoặc "done"",
      ]
    `);
  });

  test("a date that is not on the calendar", () => {
    expect(issues(campaignSchema, { ...valid, startDate: "2021-02-30" })).toMatchInlineSnapshot(`
      [
        "startDate: ngày này không có trên lịch (kiểm tra lại ngày và tháng)",
      ]
    `);
  });

  test("a date written dd/mm/yyyy", () => {
    expect(issues(campaignSchema, { ...valid, endDate: "31/08/2023" })).toMatchInlineSnapshot(`
      [
        "endDate: cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05)",
      ]
    `);
  });

  test("negative and fractional units", () => {
    expect(issues(campaignSchema, { ...valid, unitsCollected: -1, unitTarget: 10.5 })).toMatchInlineSnapshot(`
      [
        "unitsCollected: không được là số âm",
        "unitTarget: cần một số nguyên (không có phần thập phân)",
      ]
    `);
  });

  test("an empty name and a missing status", () => {
    const withoutStatus = without(valid, "status");
    expect(issues(campaignSchema, { ...withoutStatus, name: "" })).toMatchInlineSnapshot(`
      [
        "name: tên chiến dịch không được để trống",
        "status: chỉ nhận "planned", "ongoing" hoặc "done"",
      ]
    `);
  });

  test("an unknown field", () => {
    expect(issues(campaignSchema, { ...valid, target: 1000 })).toMatchInlineSnapshot(`
      [
        "(bản ghi): Unrecognized key: "target"",
      ]
    `);
  });
});
