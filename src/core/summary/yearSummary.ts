import type { Invitation, Summary, SummaryRow, Suggestion } from "../model";
import type { Settings } from "../settings";
import type { AgreementEntry } from "../rules/rule";
import type { EventRecord } from "../records/records";
import type { ExchangesByPartner } from "../records/exchangesByPartner";
import { dateOf } from "../records/rowReader";
import { foldName } from "../partners/foldName";
import { statusOn } from "../terms/period";

/**
 * The year-end summary of 第十三条第四项: one row per register partner that is not terminated and
 * whose term overlaps the year or that has exchanges dated in it, and the totals of those rows.
 */
export function yearSummary(
  year: number,
  agreements: AgreementEntry[],
  logged: ExchangesByPartner,
  events: EventRecord[],
  invitations: Invitation[],
  settings: Settings,
): Summary {
  const eventsByPartner = new Map<string, EventRecord[]>();
  for (const e of events) {
    const date = dateOf(e.date);
    if (e.partner.kind !== "register" || !date || Number(date.slice(0, 4)) !== year) continue;
    const key = foldName(e.partner.partner);
    (eventsByPartner.get(key) ?? eventsByPartner.set(key, []).get(key)!).push(e);
  }

  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const renewBy = `${year + 1}-12-31`;
  const rows: SummaryRow[] = [];
  for (const a of currentAgreementPerPartner(agreements)) {
    const t = {
      exchanges: logged.inYear(a.record.partner, year),
      previousYear: logged.inYear(a.record.partner, year - 1).length,
      events: eventsByPartner.get(foldName(a.record.partner)) ?? [],
    };
    const { termStart, lastDay } = a.period;
    const overlaps = termStart !== null && lastDay !== null && termStart <= yearEnd && lastDay >= yearStart;
    if (!overlaps && t.exchanges.length === 0) continue;

    const byField: Record<string, number> = {};
    for (const x of t.exchanges) byField[x.field] = (byField[x.field] ?? 0) + 1;
    const archived = t.exchanges.filter((x) => x.archived).length;
    const suggestion: Suggestion[] = [];
    if (lastDay !== null && lastDay <= renewBy) suggestion.push("renew");
    if (t.exchanges.length === 0) suggestion.push("redirect");
    rows.push({
      partner: a.record.partner,
      exchanges: t.exchanges.length,
      leaderVisits: t.exchanges.filter((x) => x.leaderVisit).length,
      byField,
      published: t.exchanges.filter((x) => x.published).length,
      archiveComplete: t.exchanges.length ? Math.round((archived / t.exchanges.length) * 100) / 100 : null,
      events: t.events.length,
      answered: t.events.filter((e) => e.responded).length,
      statusAtYearEnd: statusOn(false, lastDay, yearEnd, settings),
      lastDay,
      previousYear: t.previousYear,
      suggestion,
    });
  }
  return { year, partners: rows, totals: totalsOf(rows), invitations: invitationCounts(invitations, year) };
}

/** 第十条: the year's invitations, whatever partner they name. */
function invitationCounts(invitations: Invitation[], year: number): Summary["invitations"] {
  const inYear = invitations.filter((i) => i.date !== null && Number(i.date.slice(0, 4)) === year);
  const answered = inYear.filter((i) => i.answer !== "none").length;
  return {
    received: inYear.filter((i) => i.direction === "received").length,
    sent: inYear.filter((i) => i.direction === "sent").length,
    answered,
    unanswered: inYear.length - answered,
  };
}

/**
 * One agreement per partner: where the register holds several rows for one partner (a renewal
 * entered as a new row), the one whose term starts last speaks for it. Terminated rows never do.
 */
function currentAgreementPerPartner(agreements: AgreementEntry[]): AgreementEntry[] {
  const chosen = new Map<string, AgreementEntry>();
  for (const a of agreements) {
    if (a.record.terminated || !a.record.partner) continue;
    const key = foldName(a.record.partner);
    const held = chosen.get(key);
    if (!held || (a.period.termStart ?? "") > (held.period.termStart ?? "")) chosen.set(key, a);
  }
  return [...chosen.values()];
}

function totalsOf(rows: SummaryRow[]): Summary["totals"] {
  const byField: Record<string, number> = {};
  for (const r of rows) for (const [f, n] of Object.entries(r.byField)) byField[f] = (byField[f] ?? 0) + n;
  const sum = (pick: (r: SummaryRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    exchanges: sum((r) => r.exchanges),
    leaderVisits: sum((r) => r.leaderVisits),
    published: sum((r) => r.published),
    events: sum((r) => r.events),
    answered: sum((r) => r.answered),
    previousYear: sum((r) => r.previousYear),
    byField,
  };
}
