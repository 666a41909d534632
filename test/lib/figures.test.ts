import { describe, expect, test } from "vitest";
import {
  campaignFigures,
  campaignHasResults,
  campaignUnitsByYear,
  latestReportedYear,
  percentDisagrees,
  percentOf,
  percentTolerance,
  quotaDisagrees,
  roundPercent,
  targetFromPercent,
  totalUnits,
  yearFigures,
  yearHasResults,
} from "../../src/lib/figures.ts";
import type { CampaignRecord } from "../../src/schemas/campaign.ts";
import type { YearRecord } from "../../src/schemas/year.ts";

const source = { name: "Nguồn hư cấu (kiểm thử)" };
const year = (fields: Omit<YearRecord, "sources">): YearRecord => ({ ...fields, sources: [source] });
const campaign = (fields: Partial<CampaignRecord>): CampaignRecord => ({
  name: "Chiến dịch hư cấu",
  kind: "campaign",
  year: 2023,
  status: "done",
  sources: [source],
  ...fields,
});

describe("roundPercent / percentOf / targetFromPercent", () => {
  test("roundPercent keeps one decimal", () => {
    expect(roundPercent(172.8797)).toBe(172.9);
    expect(roundPercent(125)).toBe(125);
    expect(roundPercent(66.6666)).toBe(66.7);
  });

  test("percentOf is units over target, one decimal", () => {
    expect(percentOf(3000, 2400)).toBe(125);
    expect(percentOf(1126, 1000)).toBe(112.6);
    expect(percentOf(2000, 3000)).toBe(66.7);
    expect(percentOf(0, 100)).toBe(0);
  });

  test("percentOf has no answer for a zero or negative target", () => {
    expect(percentOf(10, 0)).toBeUndefined();
    expect(percentOf(10, -5)).toBeUndefined();
  });

  test("targetFromPercent: 3.792 units at 172,9 % imply a target of 2.193", () => {
    expect(targetFromPercent(3792, 172.9)).toBe(2193);
    expect(targetFromPercent(4200, 140)).toBe(3000);
    expect(targetFromPercent(4000, 182)).toBe(2198);
  });

  test("targetFromPercent has no answer for a zero or negative percent", () => {
    expect(targetFromPercent(3792, 0)).toBeUndefined();
    expect(targetFromPercent(3792, -1)).toBeUndefined();
  });
});

describe("yearFigures", () => {
  test("the real 2021 report: over 3.792 units at 172,9 % → target about 2.193, derived", () => {
    const f = yearFigures(
      year({ year: 2021, unitsCollected: 3792, unitsQualifier: "over", percentOfTarget: 172.9, activities: 21 }),
    );
    expect(f).toEqual({
      year: 2021,
      unitsCollected: { value: 3792, qualifier: "over" },
      unitTarget: {
        value: 2193,
        qualifier: "about",
        derivation: { kind: "target-from-percent", units: 3792, percent: 172.9 },
      },
      percentOfTarget: { value: 172.9 },
      activities: { value: 21 },
    });
  });

  test("the real 2022 plan: 4.000 units = 182 % of the city's quota → quota about 2.198, derived", () => {
    const f = yearFigures(year({ year: 2022, unitTarget: 4000, targetPercentOfQuota: 182 }));
    expect(f).toEqual({
      year: 2022,
      unitTarget: { value: 4000 },
      targetPercentOfQuota: { value: 182 },
      assignedQuota: {
        value: 2198,
        qualifier: "about",
        derivation: { kind: "quota-from-percent", target: 4000, percent: 182 },
      },
    });
    // A plan has no result yet, so no percent is made up.
    expect(f.percentOfTarget).toBeUndefined();
    expect(f.unitsCollected).toBeUndefined();
  });

  test("the held-out 2022 record: a stated quota of 2.200 is shown as stated, never replaced by 4.000 ÷ 182 %", () => {
    const f = yearFigures(year({ year: 2022, unitTarget: 4000, targetPercentOfQuota: 182, quotaUnits: 2200 }));
    expect(f.assignedQuota).toEqual({ value: 2200 });
    expect(f.targetPercentOfQuota).toEqual({ value: 182 });
    expect(f.unitTarget).toEqual({ value: 4000 });
  });

  test("a stated quota with no percent is shown as stated", () => {
    expect(yearFigures(year({ year: 2022, quotaUnits: 2200 })).assignedQuota).toEqual({ value: 2200 });
  });

  test("a stated target and units give a derived percent", () => {
    const f = yearFigures(year({ year: 2021, unitsCollected: 3000, unitTarget: 2400 }));
    expect(f.unitTarget).toEqual({ value: 2400 });
    expect(f.percentOfTarget).toEqual({
      value: 125,
      derivation: { kind: "percent-from-target", units: 3000, target: 2400 },
    });
  });

  test("a stated target and a stated percent are both kept as stated, nothing derived", () => {
    const f = yearFigures(year({ year: 2022, unitsCollected: 3600, unitTarget: 3000, percentOfTarget: 120 }));
    expect(f.unitTarget).toEqual({ value: 3000 });
    expect(f.percentOfTarget).toEqual({ value: 120 });
  });

  test("a percent without units derives nothing", () => {
    const f = yearFigures(year({ year: 2020, percentOfTarget: 75 }));
    expect(f).toEqual({ year: 2020, percentOfTarget: { value: 75 } });
  });

  test("a zero percent gives no target (no division by zero)", () => {
    const f = yearFigures(year({ year: 2020, unitsCollected: 10, percentOfTarget: 0 }));
    expect(f.unitTarget).toBeUndefined();
    expect(f.percentOfTarget).toEqual({ value: 0 });
  });

  test("a zero target gives no percent", () => {
    const f = yearFigures(year({ year: 2020, unitsCollected: 10, unitTarget: 0 }));
    expect(f.unitTarget).toEqual({ value: 0 });
    expect(f.percentOfTarget).toBeUndefined();
  });

  test("the note and the activity counts pass through; missing figures are left out, not undefined", () => {
    const f = yearFigures(year({ year: 2019, participants: 3000, note: "Ghi chú hư cấu" }));
    expect(f).toEqual({ year: 2019, participants: { value: 3000 }, note: "Ghi chú hư cấu" });
    expect(Object.keys(f)).toEqual(["year", "participants", "note"]);
  });
});

describe("campaignFigures", () => {
  test("units over a target give a derived percent; the qualifier stays on the units", () => {
    expect(campaignFigures(campaign({ unitsCollected: 1126, unitsQualifier: "over", unitTarget: 1000 }))).toEqual({
      unitsCollected: { value: 1126, qualifier: "over" },
      unitTarget: { value: 1000 },
      percentOfTarget: { value: 112.6, derivation: { kind: "percent-from-target", units: 1126, target: 1000 } },
    });
  });

  test("units alone: no target, no percent", () => {
    expect(campaignFigures(campaign({ unitsCollected: 504, participants: 700 }))).toEqual({
      unitsCollected: { value: 504 },
      participants: { value: 700 },
    });
  });

  test("a planned campaign with only a target", () => {
    expect(campaignFigures(campaign({ status: "planned", unitTarget: 1500 }))).toEqual({
      unitTarget: { value: 1500 },
    });
  });

  test("a zero target gives no percent", () => {
    expect(campaignFigures(campaign({ unitsCollected: 5, unitTarget: 0 })).percentOfTarget).toBeUndefined();
  });

  test("no figures at all give an empty object", () => {
    expect(campaignFigures(campaign({}))).toEqual({});
  });
});

describe("totalUnits", () => {
  test("sums the years that report units, and says which years it summed", () => {
    const total = totalUnits([
      year({ year: 2019, unitsCollected: 2000 }),
      year({ year: 2020, unitsCollected: 1500 }),
      year({ year: 2024, unitTarget: 5000 }),
    ]);
    expect(total).toEqual({ value: 3500, derivation: { kind: "sum-of-years", years: [2019, 2020] } });
  });

  test("is 'over' when any year's figure is a lower bound", () => {
    const total = totalUnits([
      year({ year: 2022, unitsCollected: 3600 }),
      year({ year: 2023, unitsCollected: 4200, unitsQualifier: "over" }),
    ]);
    expect(total).toEqual({
      value: 7800,
      qualifier: "over",
      derivation: { kind: "sum-of-years", years: [2022, 2023] },
    });
  });

  test("no reported year gives no total", () => {
    expect(totalUnits([])).toBeUndefined();
    expect(totalUnits([year({ year: 2024, unitTarget: 5000 })])).toBeUndefined();
  });
});

describe("latestReportedYear", () => {
  test("is the latest year with units, not a later planned year", () => {
    const years = [
      year({ year: 2022, unitTarget: 4000 }),
      year({ year: 2021, unitsCollected: 3792 }),
      year({ year: 2019, unitsCollected: 2000 }),
    ];
    expect(latestReportedYear(years)?.year).toBe(2021);
    // It must not reorder the caller's list.
    expect(years.map((y) => y.year)).toEqual([2022, 2021, 2019]);
  });

  test("is undefined when no year reports units", () => {
    expect(latestReportedYear([])).toBeUndefined();
    expect(latestReportedYear([year({ year: 2022, unitTarget: 4000 })])).toBeUndefined();
  });
});

describe("percentDisagrees", () => {
  test("a percent that rounding explains agrees", () => {
    expect(percentDisagrees(3600, 3000, 120)).toBe(false);
    // 3792 / 2193 = 172.913… → 172,9 % agrees.
    expect(percentDisagrees(3792, 2193, 172.9)).toBe(false);
    expect(percentDisagrees(2000, 3000, 66.7)).toBe(false);
  });

  test("a percent further off than one-decimal rounding disagrees", () => {
    expect(percentDisagrees(3600, 3000, 121)).toBe(true);
    expect(percentDisagrees(3792, 2193, 173)).toBe(true);
    expect(percentDisagrees(2000, 3000, 66.5)).toBe(true);
  });
});

describe("campaignUnitsByYear", () => {
  test("sums units per year and skips campaigns without units", () => {
    const sums = campaignUnitsByYear([
      { year: 2021, unitsCollected: 504 },
      { year: 2021, unitsCollected: 1126 },
      { year: 2021, unitsCollected: 2000 },
      { year: 2022, unitsCollected: undefined },
      { year: 2023, unitsCollected: 0 },
    ]);
    expect([...sums]).toEqual([
      [2021, 3630],
      [2023, 0],
    ]);
  });
});

describe("quotaDisagrees", () => {
  test("4.000 is 181,8 % of 2.200: within the rounding of a stated 182 %", () => {
    expect(quotaDisagrees(4000, 2200, 182)).toBe(false);
  });
  test("4.000 and 2.000 at 182 %: 200 % is not 182 %", () => {
    expect(quotaDisagrees(4000, 2000, 182)).toBe(true);
  });
  test("the tolerance follows how the percent is written: 181.8 covers 181,75–181,85", () => {
    expect(quotaDisagrees(4000, 2200, 181.8)).toBe(false);
    expect(quotaDisagrees(4000, 2200, 181.7)).toBe(true);
    // 4.000 ÷ 2.210 = 181,0 %, outside 181,5–182,5.
    expect(quotaDisagrees(4000, 2210, 182)).toBe(true);
  });
  test("a quota of zero always disagrees", () => {
    expect(quotaDisagrees(4000, 0, 182)).toBe(true);
  });
  test("percentTolerance is half the last written digit", () => {
    expect(percentTolerance(182)).toBeCloseTo(0.5);
    expect(percentTolerance(172.9)).toBeCloseTo(0.05);
    expect(percentTolerance(99.25)).toBeCloseTo(0.005);
  });
});

describe("campaign results", () => {
  const drive = (fields: Partial<CampaignRecord>): CampaignRecord => ({
    name: "Hư cấu",
    kind: "festival",
    year: 2022,
    status: "done",
    sources: [source],
    ...fields,
  });
  test("registered, donors and units are separate figures, each as stated", () => {
    const f = campaignFigures(drive({ registered: 340, unitsCollected: 286, donors: 286, unitTarget: 300 }));
    expect(f).toEqual({
      unitsCollected: { value: 286 },
      unitTarget: { value: 300 },
      percentOfTarget: { value: 95.3, derivation: { kind: "percent-from-target", units: 286, target: 300 } },
      registered: { value: 340 },
      donors: { value: 286 },
    });
  });
  test("a planned drive with only a goal has no results; units or donors make results", () => {
    expect(campaignHasResults(drive({ status: "planned", unitTarget: 500 }))).toBe(false);
    expect(campaignHasResults(drive({ unitsCollected: 1 }))).toBe(true);
    expect(campaignHasResults(drive({ donors: 1 }))).toBe(true);
  });
  test("a year with only a target has no results", () => {
    expect(yearHasResults({ unitsCollected: undefined, percentOfTarget: undefined })).toBe(false);
    expect(yearHasResults({ unitsCollected: 3792, percentOfTarget: undefined })).toBe(true);
  });
});
