/**
 * Everything specific to one Red Cross chapter lives here, so another chapter
 * can reuse the site by editing this file and the content folders alone.
 */
export interface ChapterConfig {
  /** Full official name, shown in the header wordmark and footer. */
  name: string;
  /** Short name for tight spaces (browser tab, footer copyright). */
  shortName: string;
  /** The administrative area the chapter serves. */
  area: string;
  /** The programme the site reports on. */
  programme: string;
  /** One sentence describing the site, used as the default meta description. */
  description: string;
  address: string;
  phone?: string;
  email?: string;
  /** Links shown in the footer (Facebook page, parent organisation, …). */
  links: { label: string; url: string }[];
  /**
   * Path (under public/) of the chapter's official logo. The red cross emblem
   * is protected by law: leave this empty until the chapter supplies its own
   * file, and the site shows a text wordmark instead.
   */
  logo?: { src: string; alt: string; width: number; height: number };
  /** The licence the chapter publishes its figures under (the open-data files and charts say so); CC BY 4.0 if absent. */
  dataLicence?: { name: string; url: string };
  /**
   * Colours. `brand` must reach 4.5:1 on white, and be a hex code (#rrggbb or
   * #rgb): share cards work out their palette from it. Chart colours differ in lightness.
   */
  colors: {
    brand: string;
    brandDark: string;
    chartCollected: string;
    chartTarget: string;
    chartCollectedDark: string;
    chartTargetDark: string;
  };
}

export const chapter: ChapterConfig = {
  name: "Hội Chữ thập đỏ quận Bắc Từ Liêm",
  shortName: "CTĐ Bắc Từ Liêm",
  area: "quận Bắc Từ Liêm, Hà Nội",
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
};
