import type { CellRef, Finding, Invitation, Recommendation, Severity, SheetLayout, Status } from "../model";
import type { Settings } from "../settings";
import type { IsoDate } from "../dates/isoDate";
import type { Message } from "../i18n/format";
import type {
  CandidateRecord,
  EventRecord,
  ExchangeRecord,
  FilingRecord,
  RecordBase,
  RegisterRecord,
} from "../records/records";
import type { Period } from "../terms/period";
import type { PartnerPath } from "../path/partnerPath";

/**
 * A rule of RULES.md, shaped like an ESLint rule module: `meta` says what it is and where it
 * comes from, `check` reports what breaks it through the context, by message id.
 */
export interface RuleMeta {
  id: string;
  /** The article, as staff cite it (第七条第五项); null for the data checks. */
  article: string | null;
  severity: Severity;
  /** One line on what the rule checks, for the task pane and the README. */
  description: Message;
  /** Messages by id; `{name}` marks a value. The first is the default. */
  messages: Record<string, Message>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface AgreementEntry {
  record: RegisterRecord;
  period: Period;
  status: Status;
  daysLeft: number | null;
}

export interface CandidateEntry {
  record: CandidateRecord;
  criteriaMet: number[];
  recommendation: Recommendation;
}

/** What the rules see: the records read from the workbook, with what was worked out from them. */
export interface RuleInput {
  today: IsoDate;
  year: number;
  settings: Settings;
  layouts: SheetLayout[];
  agreements: AgreementEntry[];
  candidates: CandidateEntry[];
  exchanges: ExchangeRecord[];
  events: EventRecord[];
  filings: FilingRecord[];
  /** 第十条's invitations, from the exchange log and the events sheet. */
  invitations: Invitation[];
  /** 第六条's path of each candidate and each register row not yet signed. */
  paths: PartnerPath[];
  /** Per user sheet holding formulas without a calculated value: how many, and the first. */
  uncalculated: { sheet: string; count: number; first: CellRef }[];
  /** Exchanges dated in `year` with the partner (a register or candidate name as written there). */
  exchangeCount(partner: string, year: number): number;
  /** Whether the exchange log records a leader visit with the partner. */
  hasLeaderVisit(partner: string): boolean;
}

export interface RuleContext extends RuleInput {
  report(at: CellRef, data?: Record<string, string | number>, messageId?: string): void;
}

/** Runs each rule over the input and collects its findings. */
export function runRules(rules: readonly Rule[], input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { id, article, severity, messages } = rule.meta;
    const defaultMessage = Object.keys(messages)[0];
    rule.check({
      ...input,
      report(at, data = {}, messageId = defaultMessage) {
        findings.push({
          rule: id,
          article,
          severity,
          sheet: at.sheet,
          row: at.row,
          column: at.column,
          messageId,
          data,
        });
      },
    });
  }
  return findings;
}

/** Every record of every role, for the data checks that look at all of them alike. */
export function allRecords(input: RuleInput): RecordBase[] {
  return [
    ...input.agreements.map((a) => a.record),
    ...input.candidates.map((c) => c.record),
    ...input.exchanges,
    ...input.events,
    ...input.filings,
  ];
}
