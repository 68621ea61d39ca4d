// One module per function: date-fns's index loads every function it has (most of a test file's start-up).
import { addDays } from "date-fns/addDays";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { isValid } from "date-fns/isValid";

/**
 * A calendar date without time or zone, as "YYYY-MM-DD". Agreements are signed on days, not
 * instants, so the core never holds a Date across a boundary: ISO strings compare correctly as
 * strings and print as the report wants them. date-fns does the arithmetic on local-midnight Dates.
 */
export type IsoDate = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The date y-m-d, or null when that day does not exist (2023-02-30, month 13). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(year, month - 1, day);
  d.setFullYear(year); // years 1–99 would otherwise mean 1901–1999
  if (!isValid(d) || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function toLocalDate(iso: IsoDate): Date {
  const d = new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  d.setFullYear(Number(iso.slice(0, 4)));
  return d;
}

export function fromLocalDate(d: Date): IsoDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The same month and day `years` later; 29 February falls back to 28 February in a common year.
 * With the Civil Code's rule (民法典 第二百零一条、第二百零二条: the first day is not counted, and a
 * term ends on the corresponding day), this is an agreement's last valid day.
 */
export function addYearsClamped(start: IsoDate, years: number): IsoDate {
  return fromLocalDate(addYears(toLocalDate(start), years));
}

/** Calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** Days since 1899-12-30 in UTC terms, so that daylight-saving shifts never move a date. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Days between the two date systems' serials of one day: 1904-01-01 is 1462 in the 1900 system, 0 in the 1904. */
const DATE_1904_OFFSET = 1462;

/**
 * The date of an Excel serial number, in the 1900 date system unless `date1904` (a workbook
 * saved with "use 1904 date system", as Mac Excel did by default). Excel counts a 29 February
 * 1900 that never was (serial 60); serials below 61 are therefore one day later than the plain
 * count. The time part of a serial is dropped. Serials outside the system's range (1900-01-01,
 * or 1904-01-01, … 9999-12-31) give null.
 */
export function fromExcelSerial(serial: number, date1904 = false): IsoDate | null {
  if (date1904) return Number.isFinite(serial) && serial >= 0 ? fromExcelSerial(serial + DATE_1904_OFFSET) : null;
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null; // 1900-02-29 does not exist
  const d = new Date(EPOCH_UTC + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Excel serial number of a date (1900 date system unless `date1904`), for writing dates back as dates. */
export function toExcelSerial(iso: IsoDate, date1904 = false): number {
  const utc = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const days = Math.round((utc - EPOCH_UTC) / DAY_MS);
  if (date1904) return days - DATE_1904_OFFSET;
  return days < 61 ? days - 1 : days;
}

/** Today's date on this machine, in its own zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromLocalDate(now);
}

/** The date `days` later (earlier when negative), on the calendar, never through an instant. */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromLocalDate(addDays(toLocalDate(iso), days));
}
