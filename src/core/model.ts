import type { IsoDate } from "./dates/isoDate";
import type { FieldId } from "./detect/fields";
import type { Settings } from "./settings";
import type { EventKind } from "./records/eventKinds";
import type { InvitationAnswer, InvitationDirection } from "./invitations/invitationWords";
import type { PartnerPath } from "./path/partnerPath";

/** The five kinds of sheet the office keeps (WORKBOOK.md). A sheet with none is left alone. */
export type Role = "register" | "candidates" | "exchanges" | "events" | "filings";
export type Relation = "friendly-city" | "framework" | "single-field" | "assistance";
export type Status = "expired" | "urgent" | "expiring" | "active" | "terminated" | "unknown";
export type Recommendation = "friendly-city" | "alternative" | "not-recommended";
export type Severity = "error" | "warning" | "info";
export type Lang = "zh-CN" | "en-US";

/** Where a sheet's records are: its role, its header row and the column of each field found. */
export interface SheetLayout {
  name: string;
  role: Role;
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<FieldId, number>>;
  /** 1-based Excel rows holding records (blank rows and repeated headers left out). */
  dataRows: number[];
  /** The Excel table the records came from, if any. */
  table: string | null;
  /** How the layout was found: by reading the headers, or from the user's mapping. */
  source: "detected" | "mapping";
  /** Needed columns that could not be found (DATA-COLUMN): the first field of each such need. */
  missing: FieldId[];
}

/** A place in the workbook a finding points at, and a user can go to. */
export interface CellRef {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  /** 0-based column, or null for a finding about the whole row. */
  column: number | null;
}

export interface Finding extends CellRef {
  rule: string;
  article: string | null;
  severity: Severity;
  /** The key of the rule's message, and the values to put into it. */
  messageId: string;
  data: Record<string, string | number>;
}

/** The partner an exchange or event names, once matched against the register and candidates. */
export type PartnerMatch =
  | { kind: "register"; partner: string }
  | { kind: "candidate"; partner: string }
  | { kind: "none" }
  | { kind: "ambiguous"; partners: string[] };

export interface Agreement extends CellRef {
  partner: string;
  relation: Relation;
  termYears: number;
  termStart: IsoDate | null;
  /** The explicit end date where the row has one, else the computed last day. */
  lastDay: IsoDate | null;
  /** Last day by the Civil Code from the term start and the term, whatever the row says. */
  computedLastDay: IsoDate | null;
  daysLeft: number | null;
  status: Status;
  /** The first signing date (签署日期), whatever renewals followed: the tie's anniversaries count from it. */
  signingDate: IsoDate | null;
}

export interface Candidate extends CellRef {
  city: string;
  level: string;
  levelClass: "corresponding" | "higher" | "lower" | "unknown";
  /** The five conditions of 第五条 as marked: met, not met, or left blank / unreadable. */
  conditions: ("yes" | "no" | "unknown")[];
  criteriaMet: number[];
  recommendation: Recommendation;
  /** A leader visit with the city is recorded (第六条第二项). */
  leaderVisit: boolean;
}

/** A row of the events sheet (第十一条): what happened at a partner, and whether the office answered. */
export interface EventEntry extends CellRef {
  date: IsoDate | null;
  /** The partner's name on the register (or the candidate's) when matched, else as written. */
  partner: string;
  /** Matched to exactly one partner of the register or candidates. */
  partnerFound: boolean;
  eventType: string;
  details: string;
  eventKind: EventKind;
  /** The response as written (贺信, 慰问函 …), blank when none. */
  response: string;
  responded: boolean;
}

/**
 * 第十条: an invitation to a partner's major event (received) or to the district's own (sent), from
 * the exchange log or the events sheet, with the answer recorded.
 */
export interface Invitation extends CellRef {
  date: IsoDate | null;
  /** The partner's name on the register (or the candidate's) when matched, else as written. */
  partner: string;
  partnerFound: boolean;
  direction: InvitationDirection;
  event: string;
  answer: InvitationAnswer;
}

/** A departmental single-field agreement reported for filing (第十四条). */
export interface Filing extends CellRef {
  department: string;
  counterpart: string;
  name: string;
  signed: IsoDate | null;
  filed: IsoDate | null;
}

export interface SummaryRow {
  partner: string;
  exchanges: number;
  leaderVisits: number;
  byField: Record<string, number>;
  published: number;
  /** Share of the year's exchanges with archive material, to two decimals; null with none. */
  archiveComplete: number | null;
  events: number;
  answered: number;
  statusAtYearEnd: Status;
  lastDay: IsoDate | null;
  previousYear: number;
  suggestion: Suggestion[];
}

export type Suggestion = "renew" | "redirect";

export interface Summary {
  year: number;
  partners: SummaryRow[];
  totals: {
    exchanges: number;
    leaderVisits: number;
    published: number;
    events: number;
    answered: number;
    previousYear: number;
    byField: Record<string, number>;
  };
  /** 第十条's invitations dated in the year, received and sent, and those with no answer recorded. */
  invitations: { received: number; sent: number; answered: number; unanswered: number };
}

export interface Analysis {
  today: IsoDate;
  year: number;
  settings: Settings;
  sheets: SheetLayout[];
  agreements: Agreement[];
  candidates: Candidate[];
  findings: Finding[];
  summary: Summary;
  /** Every row of the events sheets, in workbook order. */
  events: EventEntry[];
  /** 第十条's invitations, in workbook order. */
  invitations: Invitation[];
  /** 第十四条's departmental agreements, in workbook order. */
  filings: Filing[];
  /** 第六条's steps for each candidate and each register row not yet signed. */
  paths: PartnerPath[];
}
