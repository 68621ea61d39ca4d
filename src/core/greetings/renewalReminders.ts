import type { Agreement } from "../model";
import { addDaysIso, type IsoDate } from "../dates/isoDate";
import { DEFAULT_SETTINGS, type Settings } from "../settings";

/**
 * A day to start renewal talks (第七条第五项): the day an agreement enters TERM-EXPIRING
 * (its last day less `expiringDays`) and the day it enters TERM-URGENT (less `urgentDays`).
 */
export interface RenewalReminder {
  date: IsoDate;
  partner: string;
  lastDay: IsoDate;
  rule: "TERM-EXPIRING" | "TERM-URGENT";
  sheet: string;
  row: number;
}

type Source = { agreements: readonly Agreement[]; today: IsoDate; settings: Settings } | readonly Agreement[];

interface ReminderOptions {
  today: IsoDate;
  urgentDays: number;
  expiringDays: number;
}

/**
 * Every reminder from today on (a reminder whose day has passed is not put in a calendar: the
 * status and findings already say it), none for terminated agreements or those whose last day
 * cannot be worked out. Soonest first.
 */
export function renewalReminders(source: Source, options: Partial<ReminderOptions> = {}): RenewalReminder[] {
  const base = isList(source) ? null : source;
  const list = isList(source) ? source : source.agreements;
  const settings = base?.settings ?? DEFAULT_SETTINGS;
  const today = options.today ?? base?.today;
  if (!today) throw new TypeError("renewalReminders: today is needed with a list of agreements");
  const urgentDays = options.urgentDays ?? settings.urgentDays;
  const expiringDays = options.expiringDays ?? settings.expiringDays;

  const reminders: RenewalReminder[] = [];
  for (const a of list) {
    if (a.status === "terminated" || a.status === "unknown" || !a.lastDay) continue;
    for (const [rule, days] of [
      ["TERM-EXPIRING", expiringDays],
      ["TERM-URGENT", urgentDays],
    ] as const) {
      const date = addDaysIso(a.lastDay, -days);
      if (date >= today)
        reminders.push({ date, partner: a.partner, lastDay: a.lastDay, rule, sheet: a.sheet, row: a.row });
    }
  }
  return reminders.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.row - y.row));
}

function isList(source: Source): source is readonly Agreement[] {
  return Array.isArray(source);
}
