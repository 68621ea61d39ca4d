import type { SheetGrid, WorkbookGrid } from "./workbook";
import type { Agreement, Analysis, Candidate, EventEntry, Filing, Finding, SheetLayout } from "./model";
import type { IsoDate } from "./dates/isoDate";
import { daysBetween } from "./dates/isoDate";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { detectLayouts } from "./detect/detectLayouts";
import { isOwnSheet } from "./plan/ownSheets";
import type { EventRecord, FilingRecord, Records } from "./records/records";
import { invitationsOf } from "./invitations/invitations";
import { pathsOf } from "./path/pathsOf";
import { readRegister } from "./records/readRegister";
import { readCandidates } from "./records/readCandidates";
import { readExchanges } from "./records/readExchanges";
import { readEvents } from "./records/readEvents";
import { readFilings } from "./records/readFilings";
import { exchangesByPartner } from "./records/exchangesByPartner";
import { dateOf } from "./records/rowReader";
import { buildPartnerIndex, type PartnerEntry } from "./partners/partnerIndex";
import { foldName } from "./partners/foldName";
import { periodOf, statusOn } from "./terms/period";
import { criteriaMet, recommendation } from "./eligibility/recommendation";
import { RULES } from "./rules";
import { runRules, type AgreementEntry, type CandidateEntry, type RuleInput } from "./rules/rule";
import { yearSummary } from "./summary/yearSummary";

export interface AnalyzeOptions {
  /** "Today" for days left and statuses. */
  today: IsoDate;
  /** The summary year; default: today's year. */
  year?: number;
  settings?: Partial<Settings>;
}

/** read → find sheets and columns → parse values → apply the rules → summarise. */
export function analyzeWorkbook(book: WorkbookGrid, options: AnalyzeOptions): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const today = options.today;
  const year = options.year ?? Number(today.slice(0, 4));

  // The add-in's own sheets (到期提醒 …) are its output, never its input.
  const userSheets = book.sheets.filter((sheet) => !isOwnSheet(sheet));
  const layouts = userSheets.flatMap((sheet) => detectLayouts(sheet, settings.mapping[sheet.name]));
  const records = readRecords(book, layouts, settings);

  const agreements: AgreementEntry[] = records.register.map((record) => {
    const period = periodOf(record);
    const status = statusOn(record.terminated, period.lastDay, today, settings);
    const daysLeft = status === "terminated" || !period.lastDay ? null : daysBetween(today, period.lastDay);
    return { record, period, status, daysLeft };
  });
  const candidates: CandidateEntry[] = records.candidates.map((record) => {
    const met = criteriaMet(record.conditions);
    return { record, criteriaMet: met, recommendation: recommendation(met.length, settings.criteriaRequired) };
  });

  const logged = exchangesByPartner(records.exchanges);
  const invitations = invitationsOf(records.exchanges, records.events);
  const paths = pathsOf(agreements, candidates, logged, settings);

  const findings = runRules(RULES, {
    today,
    year,
    settings,
    layouts,
    agreements,
    candidates,
    exchanges: records.exchanges,
    events: records.events,
    filings: records.filings,
    uncalculated: uncalculatedSheets(userSheets),
    invitations,
    paths,
    exchangeCount: (partner, y) => logged.inYear(partner, y).length,
    hasLeaderVisit: logged.hasLeaderVisit,
  })
    .filter(notAtUncalculated(userSheets))
    .sort(byPlace);

  return {
    today,
    year,
    settings,
    sheets: layouts,
    agreements: agreements.map(toAgreement),
    candidates: candidates.map((c) =>
      toCandidate(c, c.record.leaderVisitNoted || logged.hasLeaderVisit(c.record.city)),
    ),
    findings,
    summary: yearSummary(year, agreements, logged, records.events, invitations, settings),
    events: records.events.map(toEvent),
    invitations,
    filings: records.filings.map(toFiling),
    paths,
  };
}

/** Each sheet's formula cells without a calculated value: their count and the first (1-based row). */
function uncalculatedSheets(sheets: SheetGrid[]): RuleInput["uncalculated"] {
  return sheets.flatMap((sheet) => {
    const cells = sheet.uncalculated ?? [];
    if (cells.length === 0) return [];
    const [row, column] = cells.reduce((a, b) => (b[0] < a[0] || (b[0] === a[0] && b[1] < a[1]) ? b : a));
    return [{ sheet: sheet.name, count: cells.length, first: { sheet: sheet.name, row: row + 1, column } }];
  });
}

/**
 * A cell whose formula has no result is unknown, not blank or wrong: DATA-UNCALCULATED says so
 * once for its sheet, and the per-cell findings it would otherwise cause are dropped.
 */
function notAtUncalculated(sheets: SheetGrid[]): (finding: Finding) => boolean {
  const unknown = new Set(
    sheets.flatMap((sheet) => (sheet.uncalculated ?? []).map(([r, c]) => `${sheet.name}\u0000${r + 1}\u0000${c}`)),
  );
  if (unknown.size === 0) return () => true;
  return (finding) =>
    !(
      (finding.rule === "DATA-MISSING" || finding.rule === "DATA-DATE") &&
      unknown.has(`${finding.sheet}\u0000${finding.row}\u0000${finding.column}`)
    );
}

function readRecords(book: WorkbookGrid, layouts: SheetLayout[], settings: Settings): Records {
  const grid = (layout: SheetLayout) => book.sheets.find((s) => s.name === layout.name)!;
  const ofRole = (role: SheetLayout["role"]) => layouts.filter((l) => l.role === role);
  const register = ofRole("register").flatMap((l) => readRegister(grid(l), l));
  const candidates = ofRole("candidates").flatMap((l) => readCandidates(grid(l), l, settings.levels));

  const aliasesOf = new Map<string, string[]>();
  for (const [written, partner] of Object.entries(settings.aliases)) {
    const key = foldName(partner);
    aliasesOf.set(key, [...(aliasesOf.get(key) ?? []), written]);
  }
  const entries: PartnerEntry[] = [
    ...register.map((r) => ({
      name: r.partner,
      kind: "register" as const,
      otherNames: [r.shortName, ...(aliasesOf.get(foldName(r.partner)) ?? [])].filter(Boolean),
    })),
    ...candidates.map((c) => ({ name: c.city, kind: "candidate" as const, otherNames: [] })),
  ];
  const partners = buildPartnerIndex(entries);
  return {
    register,
    candidates,
    exchanges: ofRole("exchanges").flatMap((l) => readExchanges(grid(l), l, partners)),
    events: ofRole("events").flatMap((l) => readEvents(grid(l), l, partners)),
    filings: ofRole("filings").flatMap((l) => readFilings(grid(l), l)),
  };
}

function toAgreement(a: AgreementEntry): Agreement {
  const shown = a.status !== "terminated";
  return {
    sheet: a.record.sheet,
    row: a.record.row,
    column: null,
    partner: a.record.partner,
    relation: a.record.relation,
    termYears: a.period.termYears,
    termStart: shown ? a.period.termStart : null,
    lastDay: shown ? a.period.lastDay : null,
    computedLastDay: shown ? a.period.computedLastDay : null,
    daysLeft: a.daysLeft,
    status: a.status,
    signingDate: dateOf(a.record.signing),
  };
}

function toEvent(e: EventRecord): EventEntry {
  const found = e.partner.kind === "register" || e.partner.kind === "candidate";
  return {
    sheet: e.sheet,
    row: e.row,
    column: null,
    date: dateOf(e.date),
    partner: e.partner.kind === "register" || e.partner.kind === "candidate" ? e.partner.partner : e.partnerText,
    partnerFound: found,
    eventType: e.eventType,
    details: e.details,
    eventKind: e.eventKind,
    response: e.response,
    responded: e.responded,
  };
}

function toFiling(f: FilingRecord): Filing {
  return {
    sheet: f.sheet,
    row: f.row,
    column: null,
    department: f.department,
    counterpart: f.counterpart,
    name: f.name,
    signed: dateOf(f.signing),
    filed: dateOf(f.filing),
  };
}

function toCandidate(c: CandidateEntry, leaderVisit: boolean): Candidate {
  return {
    sheet: c.record.sheet,
    row: c.record.row,
    column: null,
    city: c.record.city,
    level: c.record.level,
    levelClass: c.record.levelClass,
    conditions: c.record.conditions,
    criteriaMet: c.criteriaMet,
    recommendation: c.recommendation,
    leaderVisit,
  };
}

/** REPORT.md: findings are sorted by sheet, then row, then rule. */
function byPlace(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  if (a.row !== b.row) return a.row - b.row;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return (a.column ?? -1) - (b.column ?? -1);
}
