import type {
  Agreement,
  Analysis,
  Candidate,
  Finding,
  Invitation,
  Lang,
  SheetLayout,
  Summary,
  SummaryRow,
} from "../model";
import type { PartnerPath, PathBlocker } from "../path/partnerPath";
import { blockerText } from "../i18n/paperwork";
import { columnLetter } from "../detect/mapping";
import { findingMessage } from "../i18n/findingMessage";
import { SUGGESTION_LABELS } from "../i18n/labels";
import { greetingsCalendar } from "../greetings/greetingsCalendar";
import { renewalReminders } from "../greetings/renewalReminders";

/** The JSON document of REPORT.md, read by tests and other programs: the model's fields it shows. */
export interface ReportDocument {
  today: string;
  year: number;
  sheets: Pick<SheetLayout, "name" | "role" | "headerRow">[];
  agreements: Pick<
    Agreement,
    "sheet" | "row" | "partner" | "relation" | "termStart" | "lastDay" | "daysLeft" | "status"
  >[];
  candidates: Pick<Candidate, "sheet" | "row" | "city" | "criteriaMet" | "recommendation">[];
  /** The column as a letter, and the message in the report's language. */
  findings: (Pick<Finding, "rule" | "article" | "severity" | "sheet" | "row"> & {
    column: string | null;
    message: string;
  })[];
  summary: {
    year: number;
    /** Suggestions in the report's language. */
    partners: (Omit<SummaryRow, "lastDay" | "suggestion"> & { suggestion: string[] })[];
    totals: Pick<Summary["totals"], "exchanges" | "leaderVisits" | "published" | "events" | "answered">;
    /** 第十条: the year's invitations received and sent, answered and not. */
    invitations: Summary["invitations"];
  };
  /** 第十一条: greetings due in the window (see greetings/greetingsCalendar.ts), soonest first. */
  greetings: (
    | { date: string; occasion: string; kind: "festival"; partners: string[] }
    | { date: string; occasion: string; kind: "anniversary"; partners: string[]; tenth: boolean }
  )[];
  /** 第七条第五项: the days renewal talks are due, from today on. */
  reminders: { date: string; partner: string; lastDay: string; rule: "TERM-EXPIRING" | "TERM-URGENT" }[];
  /** 第十条: every invitation of the exchange log and the events sheet, in workbook order. */
  invitations: Pick<Invitation, "sheet" | "row" | "date" | "partner" | "direction" | "event" | "answer">[];
  /** 第六条: each candidate's and each unsigned register row's steps, next step and what blocks it. */
  paths: (Pick<PartnerPath, "sheet" | "row" | "partner" | "source" | "steps" | "lastDone" | "next" | "exchanges"> & {
    /** The blocker as data, and in the report's language. */
    blockers: (PathBlocker & { message: string })[];
  })[];
}

export function buildReport(analysis: Analysis, lang: Lang): ReportDocument {
  const { summary } = analysis;
  return {
    today: analysis.today,
    year: analysis.year,
    sheets: analysis.sheets.map((s) => ({ name: s.name, role: s.role, headerRow: s.headerRow })),
    agreements: analysis.agreements.map((a) => ({
      sheet: a.sheet,
      row: a.row,
      partner: a.partner,
      relation: a.relation,
      termStart: a.termStart,
      lastDay: a.lastDay,
      daysLeft: a.daysLeft,
      status: a.status,
    })),
    candidates: analysis.candidates.map((c) => ({
      sheet: c.sheet,
      row: c.row,
      city: c.city,
      criteriaMet: c.criteriaMet,
      recommendation: c.recommendation,
    })),
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      article: f.article,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      column: f.column === null ? null : columnLetter(f.column),
      message: findingMessage(f, lang),
    })),
    summary: {
      year: summary.year,
      partners: summary.partners.map((p) => ({
        partner: p.partner,
        exchanges: p.exchanges,
        leaderVisits: p.leaderVisits,
        byField: p.byField,
        published: p.published,
        archiveComplete: p.archiveComplete,
        events: p.events,
        answered: p.answered,
        statusAtYearEnd: p.statusAtYearEnd,
        previousYear: p.previousYear,
        suggestion: p.suggestion.map((s) => SUGGESTION_LABELS[s][lang]),
      })),
      totals: {
        exchanges: summary.totals.exchanges,
        leaderVisits: summary.totals.leaderVisits,
        published: summary.totals.published,
        events: summary.totals.events,
        answered: summary.totals.answered,
      },
      invitations: summary.invitations,
    },
    greetings: greetingsCalendar(analysis, { lang }).map((g) =>
      g.kind === "anniversary"
        ? { date: g.date, occasion: g.occasion, kind: g.kind, partners: g.partners, tenth: g.tenth === true }
        : { date: g.date, occasion: g.occasion, kind: g.kind, partners: g.partners },
    ),
    reminders: renewalReminders(analysis).map((r) => ({
      date: r.date,
      partner: r.partner,
      lastDay: r.lastDay,
      rule: r.rule,
    })),
    invitations: analysis.invitations.map((i) => ({
      sheet: i.sheet,
      row: i.row,
      date: i.date,
      partner: i.partner,
      direction: i.direction,
      event: i.event,
      answer: i.answer,
    })),
    paths: analysis.paths.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      partner: p.partner,
      source: p.source,
      steps: p.steps,
      lastDone: p.lastDone,
      next: p.next,
      exchanges: p.exchanges,
      blockers: p.blockers.map((b) => ({ ...b, message: blockerText(b, lang) })),
    })),
  };
}
