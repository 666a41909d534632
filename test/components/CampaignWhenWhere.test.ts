import { describe, expect, test } from "vitest";
import CampaignWhenWhere from "../../src/components/CampaignWhenWhere.astro";
import { t } from "../../src/i18n/vi.ts";
import { render, text } from "./render.ts";

/** The rows as [term, value] pairs, in order. */
async function rows(props: Record<string, unknown>): Promise<[string, string][]> {
  const root = await render(CampaignWhenWhere, props);
  const terms = root.querySelectorAll("dt");
  const values = root.querySelectorAll("dd");
  expect(values).toHaveLength(terms.length);
  return terms.map((dt, i) => [text(dt), text(values[i])]);
}

describe("CampaignWhenWhere", () => {
  test("dates, hours, place and organiser, in that order", async () => {
    expect(
      await rows({
        dates: "19/12/2026 – 20/12/2026",
        times: "07:30 – 11:30",
        place: "Sân vận động hư cấu",
        organiser: "Hội Chữ thập đỏ phường Hư Cấu",
      }),
    ).toEqual([
      [t.campaigns.dates, "19/12/2026 – 20/12/2026"],
      [t.records.campaign.time, "07:30 – 11:30"],
      [t.campaigns.place, "Sân vận động hư cấu"],
      [t.campaigns.organiser, "Hội Chữ thập đỏ phường Hư Cấu"],
    ]);
  });

  test("only the dates when the file gives nothing else, with the page's words for unknown dates", async () => {
    expect(await rows({ dates: t.upcoming.dateUnknown })).toEqual([[t.campaigns.dates, t.upcoming.dateUnknown]]);
  });

  test("no empty row for a missing field between given ones", async () => {
    expect(await rows({ dates: "2021", place: "Các phường" })).toEqual([
      [t.campaigns.dates, "2021"],
      [t.campaigns.place, "Các phường"],
    ]);
  });
});
