import { z } from "zod";
import { count, percent, qualifier, sourceSchema } from "./common.ts";

/**
 * One year of the chapter's blood-donation results, as reported. Store only
 * figures the source states; derived figures are computed in src/lib/figures.ts.
 */
export const yearSchema = z.strictObject({
  /** The calendar year, also the record's id in data/years.json. */
  year: z.number().int().min(1900).max(2200),
  /** Blood units received in the year. */
  unitsCollected: count.optional(),
  /** "over" when the source says "hơn 3.792 đơn vị". */
  unitsQualifier: qualifier.optional(),
  /** The unit target set for the year (chỉ tiêu), when the source states it. */
  unitTarget: count.optional(),
  /** Percent of target reached, when the source states it (172.9 for 172,9 %). */
  percentOfTarget: percent.optional(),
  /**
   * When the year's target is the chapter's own goal and the source also says
   * what percent of the quota assigned by the city that goal is (182 for "vượt 182%").
   */
  targetPercentOfQuota: percent.optional(),
  /** Activities held to promote donation. */
  activities: count.optional(),
  /** People who took part in those activities. */
  participants: count.optional(),
  /** A short remark shown with the year (e.g. the effect of Covid-19). */
  note: z.string().optional(),
  /** Where the figures come from. */
  source: sourceSchema,
});

export type YearRecord = z.infer<typeof yearSchema>;
