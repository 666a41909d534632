import { z } from "zod";
import { count, isoDate, qualifier, sourcesSchemaFor, timeOfDay } from "./common.ts";

export const campaignKinds = ["festival", "campaign", "ward-day", "other"] as const;
export const campaignStatuses = ["planned", "ongoing", "done"] as const;

/** The figures a campaign record can state; a source's "figures" names some of them. */
export const campaignFigureFields = ["unitsCollected", "unitTarget", "registered", "donors", "participants"] as const;
export type CampaignFigureField = (typeof campaignFigureFields)[number];

/** One donation festival, campaign or ward donation day: data/campaigns/<id>.json. */
export const campaignSchema = z.strictObject({
  /** The campaign's name as the chapter writes it. */
  name: z.string().trim().min(1, { error: "tên chiến dịch không được để trống" }),
  /** festival (ngày hội), campaign (chiến dịch), ward-day (ngày hiến máu ở phường), other. */
  kind: z.enum(campaignKinds, { error: 'chỉ nhận "festival", "campaign", "ward-day" hoặc "other"' }),
  /** The year the campaign belongs to; must agree with its dates. */
  year: z.number().int().min(1900).max(2200),
  /** First day (YYYY-MM-DD), when known. */
  startDate: isoDate.optional(),
  /** Last day (YYYY-MM-DD), when known; absent for a one-day event. */
  endDate: isoDate.optional(),
  /** When it opens on the first day, Hà Nội time (HH:MM, e.g. "07:30"). */
  startTime: timeOfDay.optional(),
  /** When it closes on the last day, Hà Nội time (HH:MM, e.g. "11:30"). */
  endTime: timeOfDay.optional(),
  /** Where it takes place. */
  place: z.string().optional(),
  /** Who organises it. */
  organiser: z.string().optional(),
  /** Blood units received. */
  unitsCollected: count.optional(),
  /** "over" when the source says "hơn 1.126 đơn vị". */
  unitsQualifier: qualifier.optional(),
  /** Units the campaign aims for (its goal, mục tiêu). */
  unitTarget: count.optional(),
  /** People who registered to give blood. */
  registered: count.optional(),
  /** People who gave blood. */
  donors: count.optional(),
  /** People who took part (visitors, volunteers), when the source counts them apart from donors. */
  participants: count.optional(),
  /** planned, ongoing or done. */
  status: z.enum(campaignStatuses, { error: 'chỉ nhận "planned", "ongoing" hoặc "done"' }),
  /** How to register, for planned campaigns (a sentence or a link). */
  registration: z.string().optional(),
  /** One or two sentences about the campaign. */
  description: z.string().optional(),
  /** Where the figures (or the plan) come from: one entry per source. */
  sources: sourcesSchemaFor(campaignFigureFields),
});

export type CampaignRecord = z.infer<typeof campaignSchema>;
export type CampaignKind = (typeof campaignKinds)[number];
export type CampaignStatus = (typeof campaignStatuses)[number];
