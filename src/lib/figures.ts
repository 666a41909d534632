/**
 * The one place where figures are derived from what the sources state.
 * Everything takes plain records and returns plain data, so each rule is
 * tested once and every page shows the same number.
 */
import type { CampaignRecord } from "../schemas/campaign.ts";
import type { YearRecord } from "../schemas/year.ts";

export type Qualifier = "over" | "about";

/** How a derived figure was worked out, so the page can say so. */
export type Derivation =
  | { kind: "target-from-percent"; units: number; percent: number }
  | { kind: "percent-from-target"; units: number; target: number }
  | { kind: "quota-from-percent"; target: number; percent: number }
  | { kind: "sum-of-years"; years: number[] };

export interface Figure {
  value: number;
  /** Set when the source says "hơn" (over) or "khoảng" (about). */
  qualifier?: Qualifier;
  /** Set when the figure is not stated by a source but worked out from others. */
  derivation?: Derivation;
}

export interface YearFigures {
  year: number;
  unitsCollected?: Figure;
  unitTarget?: Figure;
  percentOfTarget?: Figure;
  /** The quota assigned from above: as stated, else worked out from the target and its stated percent of it. */
  assignedQuota?: Figure;
  /** The year's target as a percent of the assigned quota, as stated (182 for "vượt 182%"). */
  targetPercentOfQuota?: Figure;
  activities?: Figure;
  participants?: Figure;
  note?: string;
}

export interface CampaignFigures {
  unitsCollected?: Figure;
  /** The campaign's goal in units. */
  unitTarget?: Figure;
  percentOfTarget?: Figure;
  registered?: Figure;
  donors?: Figure;
  participants?: Figure;
}

/** Percent with one decimal, the precision sources state (172,9 %). */
export function roundPercent(value: number): number {
  return Math.round(value * 10) / 10;
}

function stated(value: number | undefined, qualifier?: Qualifier): Figure | undefined {
  if (value === undefined) return undefined;
  return qualifier ? { value, qualifier } : { value };
}

/** units / target as a percent, one decimal. */
export function percentOf(units: number, target: number): number | undefined {
  if (target <= 0) return undefined;
  return roundPercent((units / target) * 100);
}

/** The target implied by units and the stated percent of it: 3.792 at 172,9 % → 2.193. */
export function targetFromPercent(units: number, percent: number): number | undefined {
  if (percent <= 0) return undefined;
  return Math.round(units / (percent / 100));
}

export function yearFigures(record: YearRecord): YearFigures {
  const units = stated(record.unitsCollected, record.unitsQualifier);
  let target = stated(record.unitTarget);
  let percent = stated(record.percentOfTarget);

  if (!target && units && record.percentOfTarget !== undefined) {
    const value = targetFromPercent(units.value, record.percentOfTarget);
    if (value !== undefined) {
      target = {
        value,
        qualifier: "about",
        derivation: { kind: "target-from-percent", units: units.value, percent: record.percentOfTarget },
      };
    }
  }
  if (!percent && units && target && !target.derivation) {
    const value = percentOf(units.value, target.value);
    if (value !== undefined) {
      percent = {
        value,
        derivation: { kind: "percent-from-target", units: units.value, target: target.value },
      };
    }
  }

  // A stated quota is shown as stated; only a quota no source gives is worked out.
  let assignedQuota = stated(record.quotaUnits);
  if (!assignedQuota && record.unitTarget !== undefined && record.targetPercentOfQuota !== undefined) {
    const value = targetFromPercent(record.unitTarget, record.targetPercentOfQuota);
    if (value !== undefined) {
      assignedQuota = {
        value,
        qualifier: "about",
        derivation: { kind: "quota-from-percent", target: record.unitTarget, percent: record.targetPercentOfQuota },
      };
    }
  }

  return dropUndefined({
    year: record.year,
    unitsCollected: units,
    unitTarget: target,
    percentOfTarget: percent,
    assignedQuota,
    targetPercentOfQuota: stated(record.targetPercentOfQuota),
    activities: stated(record.activities),
    participants: stated(record.participants),
    note: record.note,
  });
}

export function campaignFigures(record: CampaignRecord): CampaignFigures {
  const units = stated(record.unitsCollected, record.unitsQualifier);
  const target = stated(record.unitTarget);
  let percent: Figure | undefined;
  if (units && target) {
    const value = percentOf(units.value, target.value);
    if (value !== undefined) {
      percent = { value, derivation: { kind: "percent-from-target", units: units.value, target: target.value } };
    }
  }
  return dropUndefined({
    unitsCollected: units,
    unitTarget: target,
    percentOfTarget: percent,
    registered: stated(record.registered),
    donors: stated(record.donors),
    participants: stated(record.participants),
  });
}

/** A year has results when a source reports what was collected, not only what was aimed for. */
export function yearHasResults(record: Pick<YearRecord, "unitsCollected" | "percentOfTarget">): boolean {
  return record.unitsCollected !== undefined || record.percentOfTarget !== undefined;
}

/** A campaign has results when a source reports units received or people who gave blood. */
export function campaignHasResults(record: Pick<CampaignRecord, "unitsCollected" | "donors">): boolean {
  return record.unitsCollected !== undefined || record.donors !== undefined;
}

/** Sum of the years' collected units; "over" if any year's figure is a lower bound. */
export function totalUnits(years: YearRecord[]): Figure | undefined {
  const counted = years.filter((y) => y.unitsCollected !== undefined);
  if (counted.length === 0) return undefined;
  const value = counted.reduce((sum, y) => sum + (y.unitsCollected ?? 0), 0);
  const over = counted.some((y) => y.unitsQualifier !== undefined);
  return {
    value,
    ...(over ? { qualifier: "over" as const } : {}),
    derivation: { kind: "sum-of-years", years: counted.map((y) => y.year) },
  };
}

/**
 * The year the headline is about: the latest one with a reported result. A
 * later year that only has a target (the plan for next year) is shown beside it.
 */
export function latestReportedYear(years: YearRecord[]): YearRecord | undefined {
  return [...years].filter((y) => y.unitsCollected !== undefined).sort((a, b) => b.year - a.year)[0];
}

/**
 * Whether a stated percent of target disagrees with units and target by more
 * than rounding to one decimal can explain.
 */
export function percentDisagrees(units: number, target: number, statedPercent: number): boolean {
  const exact = (units / target) * 100;
  return Math.abs(exact - statedPercent) > 0.05 + 1e-9;
}

/**
 * How far a stated percent may sit from the exact one and still be the same
 * figure rounded: half a unit of its last written digit (182 covers
 * 181,5–182,5; 172.9 covers 172,85–172,95).
 */
export function percentTolerance(statedPercent: number): number {
  const decimals = (String(statedPercent).split(".")[1] ?? "").length;
  return 0.5 / 10 ** decimals + 1e-9;
}

/**
 * Whether a stated quota, the target and the target's stated percent of the
 * quota disagree by more than the percent's rounding: 4.000 is 181,8 % of
 * 2.200, which "182 %" states correctly; 4.000 and 2.000 at 182 % disagree.
 */
export function quotaDisagrees(target: number, quota: number, statedPercent: number): boolean {
  if (quota <= 0) return true;
  return Math.abs((target / quota) * 100 - statedPercent) > percentTolerance(statedPercent);
}

/** The year's quota as its target and stated percent imply it, for the check's message. */
export function impliedQuota(target: number, statedPercent: number): number | undefined {
  return targetFromPercent(target, statedPercent);
}

/** Units of the campaigns in each year, for comparing with the year's total. */
export function campaignUnitsByYear(campaigns: Pick<CampaignRecord, "year" | "unitsCollected">[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const c of campaigns) {
    if (c.unitsCollected === undefined) continue;
    sums.set(c.year, (sums.get(c.year) ?? 0) + c.unitsCollected);
  }
  return sums;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
