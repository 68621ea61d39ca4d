import type { CellValue } from "../workbook";
import { type IsoDate, fromExcelSerial, isoDate } from "../dates/isoDate";
import { cellText } from "../text/cellText";
import { foldText } from "../text/foldText";
import { chineseDigitsToArabic } from "./chineseNumber";

/**
 * What a date cell holds. `invalid` keeps the text as the person sees it, so that DATA-DATE can
 * quote it back: a cell that holds no date is reported, never guessed at.
 */
export type DateValue = { kind: "blank" } | { kind: "date"; date: IsoDate } | { kind: "invalid"; text: string };

/**
 * Parts of a number format that are not date tokens: quoted literals ("年"), bracketed sections
 * ([$-804], [Red], [DBNum1]) and escaped or padding characters (\年, _), *-).
 */
const FORMAT_LITERALS = /"[^"]*"|\[[^\]]*\]|[\\_*]./gu;
const DATE_TOKENS = /[ymd年月日]/iu;

/** Whether a number format shows its number as a date (yyyy-mm-dd, yyyy"年"m"月"d"日", m/d/yy …). */
function isDateFormat(format: string | null | undefined): boolean {
  return format != null && DATE_TOKENS.test(format.replace(FORMAT_LITERALS, ""));
}

/**
 * A time after the date (2016-04-18T08:30:00, 2016/4/18 8:30), split off before spaces are folded
 * away, so that "2016-4-1 08:30" cannot run together into day 10. The time is checked so that
 * trailing junk is not taken for one, then dropped: agreements run by days.
 */
const TIME_SUFFIX = /^(.*\S)(?:T|\s+)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/** The written forms, after folding and numeral conversion. Four-digit years only: never guess a century. */
const WRITTEN_FORMS = [
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/u, // 2016-04-18, 2016/4/18, 2016.4.18
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号號]?$/u, // 2016年4月18日, 18号, or no 日 at all
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/u, // 20160418
];

/** Years Excel shows as plain numbers in a General column: a year typed alone, not a date serial. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;

/**
 * Serials already read: a log of 100,000 exchanges holds a few hundred distinct days, and each
 * reading allocates. The values are never changed by their users, so sharing them is safe.
 */
const SERIALS = new Map<number, DateValue>();
const SERIALS_1904 = new Map<number, DateValue>();

function fromNumber(n: number, numberFormat: string | null | undefined, date1904: boolean): DateValue {
  // 2016 in a General cell is someone writing the year only, not the serial of 1905-07-08.
  if (Number.isInteger(n) && n >= BARE_YEAR_MIN && n <= BARE_YEAR_MAX && !isDateFormat(numberFormat)) {
    return { kind: "invalid", text: String(n) };
  }
  const read = date1904 ? SERIALS_1904 : SERIALS;
  let value = read.get(n);
  if (!value) {
    const date = fromExcelSerial(n, date1904);
    value = date === null ? { kind: "invalid", text: String(n) } : { kind: "date", date };
    if (read.size < 100_000) read.set(n, value);
  }
  return value;
}

function fromText(text: string): DateValue {
  const invalid: DateValue = { kind: "invalid", text };
  const normalized = text.normalize("NFKC");
  const withoutTime = TIME_SUFFIX.exec(normalized)?.[1] ?? normalized;
  const written = chineseDigitsToArabic(foldText(withoutTime));
  const parts = WRITTEN_FORMS.map((form) => form.exec(written)?.groups).find((groups) => groups !== undefined);
  if (parts === undefined) return invalid;
  const date = isoDate(Number(parts.y), Number(parts.m), Number(parts.d));
  return date === null ? invalid : { kind: "date", date };
}

/**
 * The date a cell holds: an Excel serial of the workbook's date system (with its number format,
 * to tell a date from a bare year), or text in one of the forms the office writes (2016-04-18, 2016/4/18, 2016.4.18,
 * 20160418, 2016年4月18日, 二〇一六年四月十八日), with or without spaces and full-width digits.
 * A day that does not exist (2023-02-30) is invalid, not moved to a neighbouring day.
 */
export function parseDate(value: CellValue, numberFormat?: string | null, date1904 = false): DateValue {
  if (typeof value === "number") return fromNumber(value, numberFormat, date1904);
  const text = cellText(value);
  if (foldText(text) === "") return { kind: "blank" };
  if (typeof value === "boolean") return { kind: "invalid", text };
  return fromText(text);
}
