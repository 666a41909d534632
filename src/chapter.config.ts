/**
 * Everything specific to one Red Cross chapter lives here, so another chapter
 * can reuse the site by editing this file and the content folders alone: no
 * word of the chapter (its name, level, area, who sets its quota, its search
 * example, its calendar's name) is written anywhere else in src/.
 *
 * The chapter can be at any level (src/lib/chapter.ts, AreaLevel): since
 * 1 July 2025 a ward or commune (phường, xã) under its province or city, or,
 * as here, the district (quận) whose results from 2021 on the site reports.
 *
 * A content tree given in GIOT_HONG_ROOT may bring its own
 * src/chapter.config.ts, which then replaces this one in the build
 * (src/chapter-config-file.ts): that is how test/fixtures/ward/ is built as a
 * second chapter, a ward, and checked to carry no word of this one.
 */
import { defineChapter } from "./lib/chapter.ts";

export type { AreaLevel, ChapterConfig, ChapterSettings, Place } from "./lib/chapter.ts";

export const chapter = defineChapter({
  name: "Hội Chữ thập đỏ quận Bắc Từ Liêm",
  shortName: "CTĐ Bắc Từ Liêm",
  place: { level: "quận", name: "Bắc Từ Liêm" },
  parent: { level: "thành phố", name: "Hà Nội" },
  quotaSetter: "Thành phố",
  searchExample: "Từ Liêm",
  programme: "Hiến máu tình nguyện",
  description:
    "Kết quả vận động hiến máu tình nguyện của Hội Chữ thập đỏ quận Bắc Từ Liêm: tin tức, chiến dịch và số liệu đơn vị máu qua từng năm.",
  address: "Quận Bắc Từ Liêm, thành phố Hà Nội",
  links: [{ label: "Hội Chữ thập đỏ Việt Nam", url: "https://redcross.org.vn/" }],
  dataLicence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.vi" },
  colors: {
    brand: "#b3121f",
    brandDark: "#ff8a8f",
    chartCollected: "#9f1239",
    chartTarget: "#f4a3ab",
    chartCollectedDark: "#fb7185",
    chartTargetDark: "#7f1d1d",
  },
});
