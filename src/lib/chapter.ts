/**
 * The shape of a chapter's settings (src/chapter.config.ts) and the words
 * worked out from them. Kept apart from the settings themselves so a second
 * chapter's config (a test fixture's, see src/chapter-config-file.ts) can use
 * the same helpers without importing the first chapter's values.
 */

/**
 * The administrative level of a place. Since 1 July 2025 Vietnam has two
 * levels: the province or centrally-run city (tỉnh, thành phố) and, under it,
 * the ward, commune or special zone (phường, xã, đặc khu). The district level
 * (quận, huyện, thị xã) is gone, but a chapter's history from before, such as
 * a 2021 district chapter's results, is still published under its old name.
 */
export type AreaLevel = "phường" | "xã" | "đặc khu" | "quận" | "huyện" | "thị xã" | "thành phố" | "tỉnh";

/** A place as the chapter writes it: level, then its proper name. */
export interface Place {
  level: AreaLevel;
  /** The proper name without its level: "Bắc Từ Liêm", "Hà Nội". */
  name: string;
}

/** What a chapter writes in its config file. */
export interface ChapterSettings {
  /** Full official name, shown in the header wordmark, the footer, share cards and JSON-LD. */
  name: string;
  /** Short name for tight spaces (browser tab, feed and calendar titles). */
  shortName: string;
  /** The administrative area the chapter serves. */
  place: Place;
  /** The province or city above it; leave out for a chapter at that level itself. */
  parent?: Place;
  /**
   * Who assigns the chapter its yearly quota, as it reads inside a sentence:
   * "Số Thành phố giao", "có khi do Tỉnh giao". Capitalised, as official
   * writing names the body above ("Thành phố", "Tỉnh", "Quận").
   */
  quotaSetter: string;
  /**
   * A word with diacritics that readers may well search for, usually the
   * place's name: the search box shows it as an example, and its hint shows
   * it typed without diacritics finding the same pages.
   */
  searchExample: string;
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

/** The settings with the words worked out from them, as the site reads them. */
export interface ChapterConfig extends ChapterSettings {
  /** The area in running text: "quận Bắc Từ Liêm, thành phố Hà Nội". */
  area: string;
  /** PRODID of the calendar feed: "-//CTĐ Bắc Từ Liêm//Lịch hiến máu//VI". */
  calendarProductId: string;
}

/** "phường Đồi Thông, tỉnh Lâm Viên": the place and the province or city it belongs to. */
export function areaText(place: Place, parent?: Place): string {
  const own = `${place.level} ${place.name}`;
  return parent ? `${own}, ${parent.level} ${parent.name}` : own;
}

/** The settings with the words the site works out from them. */
export function defineChapter(settings: ChapterSettings): ChapterConfig {
  return {
    ...settings,
    area: areaText(settings.place, settings.parent),
    // RFC 5545 PRODID: who made the file, then the product; "//" separates the parts, so none may hold one.
    calendarProductId: `-//${settings.shortName.replaceAll("//", "/")}//Lịch hiến máu//VI`,
  };
}
