import { describe, expect, it } from "vitest";
import { endsAt, upcomingCampaigns } from "../../src/lib/upcoming.ts";
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

describe("endsAt", () => {
  it("is the last day at the closing time in Hà Nội, or the end of that day without one", () => {
    expect(endsAt({ startDate: "2022-06-18", endTime: "11:30" })).toBe("2022-06-18T11:30:00+07:00");
    expect(endsAt({ startDate: "2022-06-18", endDate: "2022-06-19", endTime: "17:00" })).toBe(
      "2022-06-19T17:00:00+07:00",
    );
    expect(endsAt({ startDate: "2022-06-18" })).toBe("2022-06-18T23:59:59+07:00");
    expect(endsAt({})).toBeUndefined();
    // A browser reads it as the right instant: 11:30 in Hà Nội is 04:30 UTC.
    expect(new Date(endsAt({ startDate: "2022-06-18", endTime: "11:30" })!).toISOString()).toBe(
      "2022-06-18T04:30:00.000Z",
    );
  });

  it("orders two drives on one day by their opening time", () => {
    const list = [
      campaign("chieu", { startDate: "2026-12-19", startTime: "13:30" }),
      campaign("sang", { startDate: "2026-12-19", startTime: "07:30" }),
    ];
    expect(upcomingCampaigns(list, "2026-12-01").map((c) => c.id)).toEqual(["sang", "chieu"]);
  });
});
