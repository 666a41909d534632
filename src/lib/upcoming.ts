/**
 * Campaigns a reader can still go to: status "planned" and not already over
 * on the day the site is built (a planned day that has passed without its
 * file being updated should not be advertised).
 */
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
        a.data.name.localeCompare(b.data.name, "vi"),
    );
}
