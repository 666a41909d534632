import { describe, expect, test } from "vitest";
import {
  LOCALE,
  TIME_ZONE,
  dateFromIso,
  formatDate,
  formatDateRange,
  formatLongDate,
  formatNumber,
  formatPercent,
  todayIso,
} from "../../src/lib/format.ts";

describe("formatNumber", () => {
  test.each([
    [3792, "3.792"],
    [4000, "4.000"],
    [1126, "1.126"],
    [504, "504"],
    [0, "0"],
    [1234567, "1.234.567"],
    [-1500, "-1.500"],
  ])("%d → %s (dot groups thousands, vi-VN)", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  test("rounds to a whole number: counts are never shown with decimals", () => {
    expect(formatNumber(2.6)).toBe("3");
    expect(formatNumber(2193.4)).toBe("2.193");
  });
});

describe("formatPercent", () => {
  test.each([
    [172.9, "172,9 %"],
    [182, "182 %"],
    [100, "100 %"],
    [72.94, "72,9 %"],
    [72.96, "73 %"],
    [0, "0 %"],
  ])("%d → %s (comma decimal, one decimal at most, space before %%)", (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });
});

describe("dates", () => {
  test("the locale and zone are Vietnam's", () => {
    expect(LOCALE).toBe("vi-VN");
    expect(TIME_ZONE).toBe("Asia/Ho_Chi_Minh");
  });

  test("dateFromIso anchors a calendar day at noon in Hà Nội", () => {
    expect(dateFromIso("2022-03-05").toISOString()).toBe("2022-03-05T05:00:00.000Z");
  });

  test("formatDate writes dd/mm/yyyy from a string or a Date", () => {
    expect(formatDate("2022-03-05")).toBe("05/03/2022");
    expect(formatDate("2021-12-31")).toBe("31/12/2021");
    // 18:00 UTC on 31 December is already 1 January in Hà Nội.
    expect(formatDate(new Date("2021-12-31T18:00:00Z"))).toBe("01/01/2022");
  });

  test("every day of a leap year formats as the day written", () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    for (let i = 0; i < 366; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      const [y, m, d] = iso.split("-");
      expect(formatDate(iso)).toBe(`${d}/${m}/${y}`);
    }
  });

  test("formatLongDate spells the month in Vietnamese", () => {
    expect(formatLongDate("2022-03-05")).toBe("5 tháng 3, 2022");
    expect(formatLongDate("2021-12-31")).toBe("31 tháng 12, 2021");
    expect(formatLongDate(dateFromIso("2023-09-01"))).toBe("1 tháng 9, 2023");
  });

  test("todayIso is the date in Hà Nội, not on the machine", () => {
    expect(todayIso(new Date("2022-03-05T20:00:00Z"))).toBe("2022-03-06");
    expect(todayIso(new Date("2022-03-05T16:59:59Z"))).toBe("2022-03-05");
    expect(todayIso(new Date("2022-03-05T17:00:00Z"))).toBe("2022-03-06");
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("formatDateRange", () => {
  test("two days give a range with an en dash", () => {
    expect(formatDateRange("2022-03-05", "2022-03-07")).toBe("05/03/2022 – 07/03/2022");
  });
  test("one day, or the same day twice, gives that day", () => {
    expect(formatDateRange("2022-03-05")).toBe("05/03/2022");
    expect(formatDateRange("2022-03-05", "2022-03-05")).toBe("05/03/2022");
  });
  test("only an end date gives that date", () => {
    expect(formatDateRange(undefined, "2022-03-07")).toBe("07/03/2022");
  });
  test("no dates give undefined, so the page can say the source does not state them", () => {
    expect(formatDateRange()).toBeUndefined();
  });
});
