import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "../../src/lib/ics.ts";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });
  it("folds longer lines at 75 octets with CRLF and a space, never inside a character", () => {
    const line = `SUMMARY:${"Ngày hội hiến máu tình nguyện ".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // Unfolding (remove CRLF + one space) gives the line back, so no character was split.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});

describe("buildCalendar", () => {
  const ics = buildCalendar({
    prodId: "-//Hư Cấu//Giọt Hồng//VI",
    name: "Lịch hiến máu, phường Hư Cấu",
    stamp: new Date("2026-11-25T08:30:05.123Z"),
    events: [
      {
        uid: "2026-ngay-hoi@example.org",
        start: "2026-12-31",
        end: "2027-01-01",
        summary: "Ngày hội hiến máu mùa đông",
        location: "Sân vận động hư cấu, 12 đường Lá; phường Hư Cấu",
        description: "Đăng ký tại nhà văn hóa.\nMang theo căn cước.",
        url: "https://example.org/chien-dich/2026-ngay-hoi/",
      },
      { uid: "mot-ngay@example.org", start: "2027-02-20", summary: "Một ngày" },
    ],
  });
  const lines = ics.split("\r\n");

  it("uses CRLF line ends, with one at the very end", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("is a valid calendar even without events (one VTIMEZONE component)", () => {
    const empty = buildCalendar({ prodId: "-//x//y//VI", name: "Trống", stamp: new Date(0), events: [] });
    expect(empty).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n");
    expect(empty).not.toContain("BEGIN:VEVENT");
  });

  it("keeps every line within 75 octets", () => {
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("writes all-day events with an exclusive end, a UID and a UTC DTSTAMP", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toMatchInlineSnapshot(`
      "BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Hư Cấu//Giọt Hồng//VI
      CALSCALE:GREGORIAN
      METHOD:PUBLISH
      X-WR-CALNAME:Lịch hiến máu\\, phường Hư Cấu
      X-WR-TIMEZONE:Asia/Ho_Chi_Minh
      BEGIN:VTIMEZONE
      TZID:Asia/Ho_Chi_Minh
      BEGIN:STANDARD
      DTSTART:19750613T000000
      TZOFFSETFROM:+0700
      TZOFFSETTO:+0700
      TZNAME:+07
      END:STANDARD
      END:VTIMEZONE
      BEGIN:VEVENT
      UID:2026-ngay-hoi@example.org
      DTSTAMP:20261125T083005Z
      DTSTART;VALUE=DATE:20261231
      DTEND;VALUE=DATE:20270102
      SUMMARY:Ngày hội hiến máu mùa đông
      LOCATION:Sân vận động hư cấu\\, 12 đường Lá\\; phường Hư Cấu
      DESCRIPTION:Đăng ký tại nhà văn hóa.\\nMang theo căn cước.
      URL:https://example.org/chien-dich/2026-ngay-hoi/
      TRANSP:TRANSPARENT
      END:VEVENT
      BEGIN:VEVENT
      UID:mot-ngay@example.org
      DTSTAMP:20261125T083005Z
      DTSTART;VALUE=DATE:20270220
      DTEND;VALUE=DATE:20270221
      SUMMARY:Một ngày
      TRANSP:TRANSPARENT
      END:VEVENT
      END:VCALENDAR
      "
    `);
  });
});
