import { foldName } from "../partners/foldName";
import type { ExchangeRecord } from "./records";
import { dateOf } from "./rowReader";

/**
 * The exchange log grouped once for everything that counts it: the rules (ACT-NONE, ELIG-MATURITY)
 * and the year-end summary. Keys are partners' folded names, as matched (register or candidate).
 */
export interface ExchangesByPartner {
  /** The dated exchanges with a partner in a year. */
  inYear(partner: string, year: number): ExchangeRecord[];
  /** Whether the log records a leader visit with the partner, dated or not. */
  hasLeaderVisit(partner: string): boolean;
  /** Every exchange with the partner the log records, dated or not. */
  total(partner: string): number;
}

export function exchangesByPartner(exchanges: ExchangeRecord[]): ExchangesByPartner {
  const byPartner = new Map<string, Map<number, ExchangeRecord[]>>();
  const leaderVisits = new Set<string>();
  const totals = new Map<string, number>();
  for (const x of exchanges) {
    if (x.partner.kind !== "register" && x.partner.kind !== "candidate") continue;
    const key = foldName(x.partner.partner);
    if (x.leaderVisit) leaderVisits.add(key);
    totals.set(key, (totals.get(key) ?? 0) + 1);
    const date = dateOf(x.date);
    if (!date) continue;
    const byYear = byPartner.get(key) ?? byPartner.set(key, new Map()).get(key)!;
    const year = Number(date.slice(0, 4));
    const list = byYear.get(year) ?? byYear.set(year, []).get(year)!;
    list.push(x);
  }
  return {
    inYear: (partner, year) => byPartner.get(foldName(partner))?.get(year) ?? [],
    hasLeaderVisit: (partner) => leaderVisits.has(foldName(partner)),
    total: (partner) => totals.get(foldName(partner)) ?? 0,
  };
}
