import { describe, expect, it } from "vitest";
import { upcomingCampaigns } from "../../src/lib/upcoming.ts";
import type { CampaignEntry } from "../../src/lib/chart-data.ts";

function campaign(id: string, data: Partial<CampaignEntry["data"]>): CampaignEntry {
  return {
    id,
    data: { name: id, kind: "festival", year: 2026, status: "planned", sources: [{ name: "Hư cấu" }], ...data },
  };
}

describe("upcomingCampaigns", () => {
  const all = [
    campaign("xong", { status: "done", startDate: "2026-12-30" }),
    campaign("dang-dien-ra", { status: "ongoing", startDate: "2026-11-01" }),
    campaign("chua-co-ngay", {}),
    campaign("qua-roi", { startDate: "2026-11-01" }),
    campaign("nhieu-ngay-con-dang-dien-ra", { startDate: "2026-11-20", endDate: "2026-11-25" }),
    campaign("sau", { startDate: "2027-01-10" }),
    campaign("truoc", { startDate: "2026-12-19" }),
  ];
  it("keeps planned campaigns not yet over, soonest first, undated last", () => {
    expect(upcomingCampaigns(all, "2026-11-25").map((c) => c.id)).toEqual([
      "nhieu-ngay-con-dang-dien-ra",
      "truoc",
      "sau",
      "chua-co-ngay",
    ]);
  });
  it("is empty when nothing is planned, as on the real site", () => {
    expect(upcomingCampaigns([all[0]], "2026-11-25")).toEqual([]);
  });
});
