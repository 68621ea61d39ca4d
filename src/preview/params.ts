import { isoDate, todayIso, type IsoDate } from "../core/dates/isoDate";

/** The bundled demo workbook, copied into dist/ by webpack.config.js. */
export const SAMPLE_URL = "sample/partner-cities-demo.xlsx";

/** ?today=YYYY-MM-DD when it is a real day, else the machine's date. */
export function todayFrom(params: URLSearchParams, now = new Date()): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(params.get("today") ?? "");
  return (m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) || todayIso(now);
}
