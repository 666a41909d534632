/**
 * iCalendar (RFC 5545) for the upcoming donation days, so a phone calendar
 * can subscribe to them. A drive with an opening time is a timed event in
 * Hà Nội's zone (DTSTART;TZID=Asia/Ho_Chi_Minh, with the VTIMEZONE the RFC
 * asks for); a drive known only by its days is an all-day event
 * (DTSTART;VALUE=DATE) whose DTEND is the day after the last day, as the RFC
 * makes it exclusive.
 */

export interface IcsEvent {
  /** Globally unique and stable across builds: "<campaign id>@<host>". */
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD; the first day when absent. */
  end?: string;
  /** Opening time on the first day, HH:MM in Hà Nội; absent for an all-day event. */
  startTime?: string;
  /** Closing time on the last day, HH:MM in Hà Nội; only read with startTime. */
  endTime?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

export interface IcsCalendar {
  /** PRODID: who made the file. */
  prodId: string;
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  description?: string;
  events: IcsEvent[];
  /** When the file was generated (DTSTAMP of every event). */
  stamp: Date;
}

/**
 * TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma, and every
 * line break (CRLF, a lone LF or a lone CR) as \n, so no text can end its line
 * and start a property of its own. Other control characters, which TEXT does
 * not allow, are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: TEXT may not hold them.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1),
 * never splitting a UTF-8 character: Vietnamese letters take 2–3 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, "");
}

/** The day after a YYYY-MM-DD date, as YYYYMMDD. */
function dayAfter(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, "");
}

/** A day and a time in Hà Nội as a local DATE-TIME: 2022-11-05 and 07:30 → 20221105T073000. */
function localDateTime(iso: string, time: string): string {
  return `${icsDate(iso)}T${time.replace(":", "")}00`;
}

/** DTSTART and DTEND of an event: timed in Hà Nội's zone when it has an opening time, else whole days. */
function eventTimes(event: IcsEvent): string[] {
  const last = event.end ?? event.start;
  if (!event.startTime) {
    return [`DTSTART;VALUE=DATE:${icsDate(event.start)}`, `DTEND;VALUE=DATE:${dayAfter(last)}`];
  }
  const start = `DTSTART;TZID=${TZID}:${localDateTime(event.start, event.startTime)}`;
  // Without a closing time the end is not known: the RFC then makes the event end where it starts.
  return event.endTime ? [start, `DTEND;TZID=${TZID}:${localDateTime(last, event.endTime)}`] : [start];
}

const TZID = "Asia/Ho_Chi_Minh";

function icsStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function buildCalendar(calendar: IcsCalendar): string {
  const stamp = icsStamp(calendar.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId.replace(/[\r\n]/g, "")}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    // Timed events name this zone (RFC 5545 §3.6.5 wants its definition in the file), and the
    // RFC wants at least one component even when no day is planned. Hà Nội has been UTC+7,
    // with no daylight saving, since 13 June 1975.
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Ho_Chi_Minh",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid.replace(/[\r\n]/g, "")}`,
      `DTSTAMP:${stamp}`,
      ...eventTimes(event),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // A URL is a URI value, not TEXT: line breaks cannot be escaped in it, so they are removed.
      ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, "")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
