/**
 * "Today" for the build, in Hà Nội: what counts as upcoming and the date a
 * report was prepared. GIOT_HONG_TODAY (YYYY-MM-DD) pins it so tests over the
 * fictional fixture do not change meaning as the calendar moves on.
 */
import { todayIso } from "./lib/format.ts";

export function buildToday(): string {
  const pinned = process.env.GIOT_HONG_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return todayIso();
}
