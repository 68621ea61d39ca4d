import type { Status } from "../model";
import type { Settings } from "../settings";
import { addYearsClamped, daysBetween, type IsoDate } from "../dates/isoDate";
import type { RegisterRecord } from "../records/records";
import { dateOf } from "../records/rowReader";

/** The five years of 第七条第五项 where a row gives no valid term of its own. */
export const DEFAULT_TERM_YEARS = 5;

export interface Period {
  termYears: number;
  /** The latest of the signing and renewal dates (RULES.md, "Term start"). */
  termStart: IsoDate | null;
  /** Civil Code last day from the term start (民法典 第二百零一条、第二百零二条). */
  computedLastDay: IsoDate | null;
  /** The row's own end date where it has one, else the computed day. */
  lastDay: IsoDate | null;
}

export function periodOf(rec: RegisterRecord): Period {
  const termYears = rec.term.kind === "years" ? rec.term.years : DEFAULT_TERM_YEARS;
  const starts = [dateOf(rec.signing), dateOf(rec.renewal)].filter((d): d is IsoDate => d !== null);
  const termStart = starts.length ? starts.reduce((a, b) => (a > b ? a : b)) : null;
  const computedLastDay = termStart ? addYearsClamped(termStart, termYears) : null;
  const lastDay = termStart ? (dateOf(rec.end) ?? computedLastDay) : null;
  return { termYears, termStart, computedLastDay, lastDay };
}

/** The status of an agreement on a given day (RULES.md, "Status"). */
export function statusOn(
  terminated: boolean,
  lastDay: IsoDate | null,
  day: IsoDate,
  settings: Pick<Settings, "urgentDays" | "expiringDays">,
): Status {
  if (terminated) return "terminated";
  if (!lastDay) return "unknown";
  const left = daysBetween(day, lastDay);
  if (left < 0) return "expired";
  if (left <= settings.urgentDays) return "urgent";
  if (left <= settings.expiringDays) return "expiring";
  return "active";
}
