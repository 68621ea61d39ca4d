import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { Analysis, Lang } from "../model";
import { addDaysIso, type IsoDate } from "../dates/isoDate";
import { fill } from "../i18n/format";
import { CALENDAR_TEXT, GREETINGS_HEADERS } from "../i18n/greetings";
import { letterDate } from "../letters/chineseDate";
import { greetingsCalendar, type GreetingRow } from "./greetingsCalendar";
import { renewalReminders, type RenewalReminder } from "./renewalReminders";
import { stableUid } from "./stableUid";

/** One all-day entry of the calendar file. */
interface CalendarEvent {
  uid: string;
  /** The Asia/Shanghai calendar day it falls on. */
  date: IsoDate;
  summary: string;
  description: string;
}

export interface CalendarInput {
  reminders: readonly RenewalReminder[];
  greetings: readonly GreetingRow[];
  /** Greetings already late (send-by day passed) are put on this day rather than in the past. */
  today: IsoDate;
  lang?: Lang;
}

/** What a calendar of an analysis holds: its renewal reminders and the greetings due in its window. */
export function calendarInputOf(analysis: Analysis, lang: Lang): CalendarInput {
  return {
    reminders: renewalReminders(analysis),
    greetings: greetingsCalendar(analysis, { lang }),
    today: analysis.today,
    lang,
  };
}

/**
 * The entries: each renewal reminder on its day (第七条第五项), and each greeting on its send-by day
 * (第十一条), or today when that has passed. Same input, same entries, same UIDs.
 */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const lang = input.lang ?? "zh-CN";
  const t = (id: keyof typeof CALENDAR_TEXT, data: Record<string, string | number>) =>
    fill(CALENDAR_TEXT[id][lang], data);
  const events: CalendarEvent[] = [];
  for (const r of input.reminders) {
    const data = { partner: r.partner, lastDay: letterDate(r.lastDay, lang), rule: r.rule };
    events.push({
      uid: stableUid("renewal", `${r.rule}|${r.partner}|${r.lastDay}`),
      date: r.date,
      summary: t(`reminder.${r.rule}.summary`, data),
      description: t("reminder.description", data),
    });
  }
  for (const g of input.greetings) {
    const data = {
      occasion: g.occasion,
      date: letterDate(g.date, lang),
      sendBy: letterDate(g.sendBy, lang),
      partners: g.partners.join(GREETINGS_HEADERS.separator[lang]),
    };
    // Festivals by id and day, anniversaries by partner and day: a partner added later updates the entry.
    const key = g.kind === "festival" ? `${g.festival ?? g.occasion}|${g.date}` : `${g.partners.join("|")}|${g.date}`;
    events.push({
      uid: stableUid(g.kind, key),
      date: g.sendBy < input.today ? input.today : g.sendBy,
      summary: t(`greeting.${g.kind}.summary`, data),
      description: t("greeting.description", data),
    });
  }
  // Two register rows of one partner (DATA-DUPLICATE) would give one entry twice.
  const seen = new Set<string>();
  return events
    .filter((e) => !seen.has(e.uid) && seen.add(e.uid))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const dateArray = (iso: IsoDate): DateArray => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
];

/**
 * The .ics file (RFC 5545) Outlook and other calendars import. Every entry is an all-day date
 * (DTSTART;VALUE=DATE), which has no time and no zone: the days are the Asia/Shanghai calendar
 * days the office works by, and no client can shift them. X-WR-TIMEZONE says so to clients that
 * read it (the ics package has no option for it, so the line is added to its header). DTSTAMP is
 * today at 00:00 UTC rather than the clock, so that the same input gives the same file.
 */
export function calendarIcs(input: CalendarInput): string {
  const lang = input.lang ?? "zh-CN";
  const stamp = `${input.today.replace(/-/g, "")}T000000Z`;
  const events = calendarEvents(input).map(
    (e): EventAttributes =>
      ({
        uid: e.uid,
        title: e.summary,
        description: e.description,
        start: dateArray(e.date),
        end: dateArray(addDaysIso(e.date, 1)),
        transp: "TRANSPARENT",
        busyStatus: "FREE",
        timestamp: stamp, // accepted by ics, missing from its types
      }) as EventAttributes,
  );
  const { error, value } = createEvents(events, {
    productId: "-//Xicheng Liaison Office//Partner Cities//CN",
    calName: CALENDAR_TEXT.calendarName[lang],
  });
  if (error || value === null) throw error ?? new Error("ics: no calendar");
  return value.replace("CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n");
}
