/**
 * Every number and date a reader sees goes through these, so the whole site
 * writes 3.792, 172,9 % and 05/03/2022 the Vietnamese way.
 */
export const LOCALE = "vi-VN";
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: TIME_ZONE,
});
const longDate = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});

/** 3792 → "3.792" */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/** 172.9 → "172,9 %" (one decimal at most, a space before the sign as Vietnamese print does). */
export function formatPercent(value: number): string {
  return `${oneDecimal.format(value)} %`;
}

/**
 * A calendar date from content (YYYY-MM-DD) is a day in Hà Nội, not an instant:
 * anchor it at noon there so no time zone can move it to another day.
 */
export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T12:00:00+07:00`);
}

/** "2022-03-05" or a Date → "05/03/2022" */
export function formatDate(value: string | Date): string {
  return dayMonthYear.format(typeof value === "string" ? dateFromIso(value) : value);
}

/** "2022-03-05" → "5 tháng 3, 2022" */
export function formatLongDate(value: string | Date): string {
  return longDate.format(typeof value === "string" ? dateFromIso(value) : value);
}

/** Today's date in Hà Nội as YYYY-MM-DD, whatever the machine's time zone. */
export function todayIso(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parts;
}

/** A date range for a campaign: one day, or "05/03/2022 – 07/03/2022". */
export function formatDateRange(start?: string, end?: string): string | undefined {
  if (!start) return end ? formatDate(end) : undefined;
  if (!end || end === start) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

const clock = new Intl.DateTimeFormat(LOCALE, {
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: TIME_ZONE,
});

/** A time of day in Hà Nội from content ("07:30") as Vietnamese write it: "07:30". */
export function formatTime(time: string): string {
  return clock.format(new Date(`2000-01-01T${time}:00+07:00`));
}

/** A drive's opening hours: "07:30 – 11:30", "từ 07:30" (words from the caller), or undefined without a start. */
export function formatTimeRange(
  start: string | undefined,
  end: string | undefined,
  words: (start: string, end?: string) => string,
): string | undefined {
  if (!start) return undefined;
  return words(formatTime(start), end ? formatTime(end) : undefined);
}
