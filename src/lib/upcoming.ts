/**
 * Campaigns a reader can still go to: status "planned" and not already over
 * on the day the site is built (a planned day that has passed without its
 * file being updated should not be advertised). Between builds the calendar
 * page hides a drive once its end has passed, in the browser, from `endsAt`.
 */
import type { CampaignRecord } from "../schemas/campaign.ts";
import type { CampaignEntry } from "./chart-data.ts";

export function upcomingCampaigns(campaigns: CampaignEntry[], today: string): CampaignEntry[] {
  return campaigns
    .filter((c) => c.data.status === "planned")
    .filter((c) => {
      const last = c.data.endDate ?? c.data.startDate;
      return last === undefined || last >= today;
    })
    .sort(
      (a, b) =>
        (a.data.startDate ?? "9999").localeCompare(b.data.startDate ?? "9999") ||
        (a.data.startTime ?? "").localeCompare(b.data.startTime ?? "") ||
        a.data.name.localeCompare(b.data.name, "vi"),
    );
}

/**
 * The instant a drive is over, in Hà Nội time (UTC+7 all year), as an ISO
 * string a browser's Date reads: its last day at its closing time, or the end
 * of its last day when no time is given. Undefined when it has no date.
 */
export function endsAt(data: Pick<CampaignRecord, "startDate" | "endDate" | "endTime">): string | undefined {
  const last = data.endDate ?? data.startDate;
  if (!last) return undefined;
  return data.endTime ? `${last}T${data.endTime}:00+07:00` : `${last}T23:59:59+07:00`;
}
