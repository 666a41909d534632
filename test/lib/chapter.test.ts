import { describe, expect, it } from "vitest";
import { areaText, defineChapter, type ChapterSettings } from "../../src/lib/chapter.ts";

// A fictional chapter: these tests must not depend on the real chapter's settings.
const settings: ChapterSettings = {
  name: "Hội Chữ thập đỏ xã Hư Cấu",
  shortName: "CTĐ Hư Cấu",
  place: { level: "xã", name: "Hư Cấu" },
  parent: { level: "tỉnh", name: "Mẫu Thử" },
  quotaSetter: "Tỉnh",
  searchExample: "Hư Cấu",
  programme: "Hiến máu tình nguyện",
  description: "Mô tả hư cấu.",
  address: "Xã Hư Cấu",
  links: [],
  colors: {
    brand: "#111111",
    brandDark: "#222222",
    chartCollected: "#333333",
    chartTarget: "#444444",
    chartCollectedDark: "#555555",
    chartTargetDark: "#666666",
  },
};

describe("areaText", () => {
  it("writes a place at any level with the province or city above it", () => {
    expect(areaText({ level: "phường", name: "Đồi Thông" }, { level: "tỉnh", name: "Lâm Viên" })).toBe(
      "phường Đồi Thông, tỉnh Lâm Viên",
    );
    expect(areaText({ level: "quận", name: "Hư Cấu" }, { level: "thành phố", name: "Mẫu Thử" })).toBe(
      "quận Hư Cấu, thành phố Mẫu Thử",
    );
  });

  it("writes a province or city chapter, which has nothing above it, alone", () => {
    expect(areaText({ level: "tỉnh", name: "Mẫu Thử" })).toBe("tỉnh Mẫu Thử");
  });
});

describe("defineChapter", () => {
  it("keeps the settings and adds the area and the calendar's PRODID", () => {
    const chapter = defineChapter(settings);
    expect(chapter).toMatchObject(settings);
    expect(chapter.area).toBe("xã Hư Cấu, tỉnh Mẫu Thử");
    expect(chapter.calendarProductId).toBe("-//CTĐ Hư Cấu//Lịch hiến máu//VI");
  });

  it("keeps a PRODID's parts apart when the short name holds the separator", () => {
    expect(defineChapter({ ...settings, shortName: "CTĐ A//B" }).calendarProductId).toBe(
      "-//CTĐ A/B//Lịch hiến máu//VI",
    );
  });
});
