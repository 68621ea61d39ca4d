import { Lunar, Solar } from "lunar-javascript";
import { isoDate, type IsoDate } from "../dates/isoDate";
import type { FestivalId } from "./festivalIds";

/**
 * Solar festivals are fixed days; lunar ones and 清明 (a solar term, 4–6 April) come from
 * lunar-javascript's astronomical tables, never from a hand-written list that would run out or
 * carry a typo.
 */
type Rule = { solar: [number, number] } | { lunar: [number, number] } | { term: string };

const RULES: Record<FestivalId, Rule> = {
  "new-year": { solar: [1, 1] },
  "spring-festival": { lunar: [1, 1] },
  lantern: { lunar: [1, 15] },
  qingming: { term: "清明" },
  "dragon-boat": { lunar: [5, 5] },
  "mid-autumn": { lunar: [8, 15] },
  "double-ninth": { lunar: [9, 9] },
  "national-day": { solar: [10, 1] },
};

/**
 * The day of a festival in Gregorian year `year` (every festival of the list falls once in each
 * Gregorian year: lunar 1-1 of lunar year Y is in January or February of Y). null outside the
 * years the tables and ISO dates cover.
 */
export function festivalDate(id: FestivalId, year: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return null;
  const key = `${id} ${year}`;
  let date = KNOWN.get(key);
  if (date === undefined) KNOWN.set(key, (date = computeFestivalDate(RULES[id], year)));
  return date;
}

/**
 * Festival days already computed: lunar-javascript keeps only the last lunar year's tables, and a
 * year's are an astronomical computation, while the same festivals of the same few years are asked
 * for every partner and every run. At most eight festivals a year, of years 1–9998.
 */
const KNOWN = new Map<string, IsoDate | null>();

function computeFestivalDate(rule: Rule, year: number): IsoDate | null {
  if ("solar" in rule) return isoDate(year, rule.solar[0], rule.solar[1]);
  const solar =
    "lunar" in rule ? Lunar.fromYmd(year, rule.lunar[0], rule.lunar[1]).getSolar() : termIn(year, rule.term);
  return solar ? isoDate(solar.getYear(), solar.getMonth(), solar.getDay()) : null;
}

/** A solar term of a Gregorian year; mid-April's lunar year holds the spring terms. */
function termIn(year: number, name: string): Solar | null {
  return Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()[name] ?? null;
}
