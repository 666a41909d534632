import { describe, expect, test } from "vitest";
import CampaignCard from "../../src/components/CampaignCard.astro";
import { t } from "../../src/i18n/vi.ts";
import { fixtureCampaigns } from "../lib/fixture-data.ts";
import { render, text } from "./render.ts";

const campaign = (id: string) => {
  const found = fixtureCampaigns().find((c) => c.id === id);
  if (!found) throw new Error(`no fixture campaign ${id}`);
  return found;
};

describe("CampaignCard", () => {
  test("name linking to the campaign, kind, status, dates, units over target", async () => {
    const root = await render(CampaignCard, { campaign: campaign("2023-chien-dich-giot-mau-yeu-thuong") });
    const link = root.querySelector("h3 a");
    expect(link?.getAttribute("href")).toBe("/chien-dich/2023-chien-dich-giot-mau-yeu-thuong/");
    expect(text(link)).toBe("Chiến dịch “Giọt máu yêu thương” (hư cấu)");
    expect(text(root.querySelector(".meta"))).toBe(
      `${t.kinds.campaign} · ${t.statuses.done} · 01/08/2023 – 31/08/2023`,
    );
    expect(text(root.querySelector(".units"))).toBe("hơn 1.126 đơn vị máu / chỉ tiêu 1.000");
  });

  test("no dates and no target: neither is mentioned", async () => {
    const root = await render(CampaignCard, { campaign: campaign("2020-ngay-hien-mau-phuong-b") });
    expect(text(root.querySelector(".meta"))).toBe(`${t.kinds["ward-day"]} · ${t.statuses.done}`);
    expect(text(root.querySelector(".units"))).toBe("200 đơn vị máu");
  });

  test("a planned campaign shows its goal rather than a dash for units not yet collected", async () => {
    const root = await render(CampaignCard, { campaign: campaign("2024-chien-dich-he-2024"), headingLevel: 2 });
    expect(root.querySelector("h2 a")).not.toBeNull();
    expect(text(root.querySelector(".meta"))).toContain(t.statuses.planned);
    expect(text(root.querySelector(".units"))).toBe("Mục tiêu: 1.500 đơn vị máu");
    expect(root.querySelector(".units strong")?.textContent.trim()).toBe("1.500");
  });

  test("neither units nor a target: no figure line at all", async () => {
    const root = await render(CampaignCard, { campaign: campaign("2024-ngay-hien-mau-phuong-c") });
    expect(root.querySelector(".units")).toBeNull();
    expect(text(root)).not.toContain("–");
  });
});
