import { z } from "zod";
import { count, percent, qualifier, sourcesSchemaFor } from "./common.ts";

/** The figures a year record can state; a source's "figures" names some of them. */
export const yearFigureFields = [
  "unitsCollected",
  "unitTarget",
  "percentOfTarget",
  "quotaUnits",
  "targetPercentOfQuota",
  "activities",
  "participants",
] as const;
export type YearFigureField = (typeof yearFigureFields)[number];

/**
 * One year of the chapter's blood-donation results, as reported. Store only
 * figures the sources state; derived figures are computed in src/lib/figures.ts.
 */
export const yearSchema = z.strictObject({
  /** The calendar year, also the record's id in data/years.json. */
  year: z.number().int().min(1900).max(2200),
  /** Blood units received in the year. */
  unitsCollected: count.optional(),
  /** "over" when the source says "hơn 3.792 đơn vị". */
  unitsQualifier: qualifier.optional(),
  /** The unit target set for the year (chỉ tiêu or the chapter's own goal), when the source states it. */
  unitTarget: count.optional(),
  /** Percent of target reached, when the source states it (172.9 for 172,9 %). */
  percentOfTarget: percent.optional(),
  /** The quota assigned to the chapter from above, in units, when the source states it (2200). */
  quotaUnits: count.optional(),
  /**
   * When the year's target is the chapter's own goal and the source also says
   * what percent of the assigned quota that goal is (182 for "vượt 182%").
   */
  targetPercentOfQuota: percent.optional(),
  /** Activities held to promote donation. */
  activities: count.optional(),
  /** People who took part in those activities. */
  participants: count.optional(),
  /** A short remark shown with the year (e.g. the effect of Covid-19). */
  note: z.string().optional(),
  /** Where the figures come from: one entry per source, each saying which figures it gives. */
  sources: sourcesSchemaFor(yearFigureFields),
});

export type YearRecord = z.infer<typeof yearSchema>;
