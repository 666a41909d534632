import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
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

describe("line breaks cannot inject properties", () => {
  it("escapes a lone CR, a lone LF, CRLF and Unicode line separators alike, and drops other control characters", () => {
    expect(escapeText("a\rb\nc\r\nd\u2028e\u0007f")).toBe("a\\nb\\nc\\nd\\nef");
  });

  it("keeps a planned drive's text with a lone CR inside its own property, as a real parser reads it", () => {
    const ics = buildCalendar({
      prodId: "-//Hư Cấu//VI",
      name: "Lịch",
      stamp: new Date("2022-06-01T00:00:00Z"),
      events: [
        {
          uid: "x@example.org",
          start: "2022-06-18",
          summary: "Ngày hội\rATTENDEE:mailto:ke-xau@example.org",
          description: "Mang căn cước.\rBEGIN:VALARM\rTRIGGER:-PT5M\rEND:VALARM",
          location: "Sân\r\nLOCATION:nơi khác",
        },
      ],
    });
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
    expect(unfolded.filter((l) => /^(ATTENDEE|BEGIN:VALARM|TRIGGER|LOCATION)/.test(l))).toEqual([
      "LOCATION:Sân\\nLOCATION:nơi khác",
    ]);
    const script = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
e = cal.walk("VEVENT")[0]
print(json.dumps({"props": sorted(e.keys()), "summary": str(e["SUMMARY"]), "alarms": len(e.walk("VALARM"))}, ensure_ascii=False))
`;
    const parsed = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: ics, encoding: "utf8" }));
    expect(parsed).toEqual({
      props: ["DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "LOCATION", "SUMMARY", "TRANSP", "UID"],
      summary: "Ngày hội\nATTENDEE:mailto:ke-xau@example.org",
      alarms: 0,
    });
  });
});

describe("timed events", () => {
  const ics = buildCalendar({
    prodId: "-//x//VI",
    name: "Lịch",
    stamp: new Date("2022-06-01T00:00:00Z"),
    events: [
      { uid: "a@x", start: "2022-06-18", startTime: "07:30", endTime: "11:30", summary: "Sáng" },
      { uid: "b@x", start: "2022-06-18", end: "2022-06-19", startTime: "13:00", endTime: "17:00", summary: "Hai ngày" },
      { uid: "c@x", start: "2022-06-20", startTime: "08:00", summary: "Không rõ giờ kết thúc" },
    ],
  });
  const unfolded = ics.replace(/\r\n /g, "");

  it("start and end in Hà Nội's zone, named by TZID and defined by the VTIMEZONE", () => {
    expect(unfolded).toContain(
      "DTSTART;TZID=Asia/Ho_Chi_Minh:20220618T073000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20220618T113000\r\n",
    );
    expect(unfolded).toContain(
      "DTSTART;TZID=Asia/Ho_Chi_Minh:20220618T130000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20220619T170000\r\n",
    );
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nBEGIN:STANDARD\r\n");
  });

  it("a drive without a closing time has no DTEND (the RFC then ends it where it starts), never an invented one", () => {
    const event = unfolded.slice(unfolded.indexOf("UID:c@x"));
    expect(event).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20220620T080000\r\n");
    expect(event.slice(0, event.indexOf("END:VEVENT"))).not.toContain("DTEND");
  });

  it("reads as 07:30–11:30 at UTC+7 in python3-icalendar", () => {
    const script = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print(json.dumps([[e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat() if "DTEND" in e else None] for e in cal.walk("VEVENT")]))
`;
    expect(JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: ics, encoding: "utf8" }))).toEqual([
      ["2022-06-18T07:30:00+07:00", "2022-06-18T11:30:00+07:00"],
      ["2022-06-18T13:00:00+07:00", "2022-06-19T17:00:00+07:00"],
      ["2022-06-20T08:00:00+07:00", null],
    ]);
  });
});
