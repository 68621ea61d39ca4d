import type { IsoDate } from "../dates/isoDate";
import type { Lang } from "../model";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-27" → "2026年11月27日", as official letters date themselves (no leading zeros). */
export function chineseDate(iso: IsoDate): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** A date as a letter in that language writes it: 2026年11月27日 / November 27, 2026. */
export function letterDate(iso: IsoDate, lang: Lang): string {
  return lang === "zh-CN"
    ? chineseDate(iso)
    : `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${Number(iso.slice(0, 4))}`;
}
