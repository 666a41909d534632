import type { APIRoute } from "astro";
import { getSiteData } from "../site-data.ts";
import { upcomingCampaigns } from "../lib/upcoming.ts";
import { buildCalendar } from "../lib/ics.ts";
import { buildToday } from "../build-date.ts";
import { chapter } from "../chapter.config.ts";
import { t } from "../i18n/vi.ts";
import { absoluteUrl, paths } from "../url.ts";

/** The upcoming donation days as an iCalendar feed; a day without a date cannot be in a calendar. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const host = new URL(absoluteUrl(paths.home(), site)).host;
  const events = upcomingCampaigns(data.campaigns, buildToday()).flatMap((c) =>
    c.data.startDate
      ? [
          {
            uid: `${c.id}@${host}`,
            start: c.data.startDate,
            end: c.data.endDate,
            startTime: c.data.startTime,
            endTime: c.data.endTime,
            summary: c.data.name,
            location: c.data.place,
            description:
              t.records.calendar.eventDescription(c.data.description, c.data.unitTarget, c.data.registration) ||
              undefined,
            url: absoluteUrl(paths.campaign(c.id), site),
          },
        ]
      : [],
  );
  const body = buildCalendar({
    prodId: chapter.calendarProductId,
    name: t.upcoming.calendarName(chapter.shortName),
    description: t.upcoming.description,
    events,
    stamp: new Date(),
  });
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8" } });
};
