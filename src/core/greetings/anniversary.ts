import { addYearsClamped, type IsoDate } from "../dates/isoDate";

/**
 * The tie's anniversary in Gregorian year `year`: the signing day `year − signed` years on, and
 * how many years that is. A tie signed on 29 February is greeted on 28 February in common years
 * (the last day of that February, as the Civil Code ends a term, so the greeting is never late).
 * null before the first anniversary.
 */
export function anniversaryIn(signed: IsoDate, year: number): { date: IsoDate; years: number } | null {
  const years = year - Number(signed.slice(0, 4));
  if (years < 1 || year > 9999) return null;
  return { date: addYearsClamped(signed, years), years };
}

/** Every tenth anniversary (10, 20, 30 …) is marked: the office writes a fuller letter then. */
export function isTenth(years: number): boolean {
  return years > 0 && years % 10 === 0;
}
