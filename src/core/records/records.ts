import type { CellRef, PartnerMatch, Relation, SheetLayout } from "../model";
import type { FieldId } from "../detect/fields";
import type { DateCell } from "./rowReader";
import type { TermValue } from "../values/parseTerm";
import type { LevelClass } from "../values/parseLevel";
import type { FieldCategory } from "./fieldCategory";
import type { EventKind, ResponseKind } from "./eventKinds";
import type { InvitationAnswer, InvitationDirection } from "../invitations/invitationWords";

/** 第十条: what a row of the exchange log or the events sheet says about an invitation. */
export interface InvitationFacts {
  direction: InvitationDirection;
  answer: InvitationAnswer;
  /** The words that name the event (title, form or event type). */
  event: string;
}

/** What every record carries: where it is, and which of its columns exist. */
export interface RecordBase {
  sheet: string;
  row: number;
  layout: SheetLayout;
  /** Every date cell of the record, for DATA-DATE and DATA-ORDER. */
  dates: DateCell[];
  /** Needed values that are blank (DATA-MISSING). */
  missing: FieldId[];
}

export interface RegisterRecord extends RecordBase {
  partner: string;
  shortName: string;
  relation: Relation;
  signing: DateCell;
  renewal: DateCell;
  npc: DateCell;
  govMeeting: DateCell;
  end: DateCell;
  term: TermValue;
  terminated: boolean;
  copies: number | null;
  copiesHeld: number | null;
  custodian: string;
  divisionChange: string;
}

export interface CandidateRecord extends RecordBase {
  city: string;
  level: string;
  levelClass: LevelClass;
  /** The five conditions of 第五条 (一)–(五), in order. */
  conditions: ("yes" | "no" | "unknown")[];
  preliminary: DateCell;
  report: DateCell;
  draft: DateCell;
  consulted: DateCell;
  request: DateCell;
  govMeeting: DateCell;
  npc: DateCell;
  signing: DateCell;
  /** The sheet's own leader-visit column records a visit. */
  leaderVisitNoted: boolean;
}

export interface ExchangeRecord extends RecordBase {
  date: DateCell;
  partnerText: string;
  partner: PartnerMatch;
  field: FieldCategory;
  leaderVisit: boolean;
  published: boolean;
  archived: boolean;
  /** The row records an invitation of 第十条 (活动邀请, 应邀出席 …), else null. */
  invitation: InvitationFacts | null;
}

export interface EventRecord extends RecordBase {
  date: DateCell;
  partnerText: string;
  partner: PartnerMatch;
  eventType: string;
  details: string;
  eventKind: EventKind;
  response: string;
  responseKind: ResponseKind;
  responseDate: DateCell;
  responded: boolean;
  /** The row is an invitation of 第十条 rather than an event of 第十一条, else null. */
  invitation: InvitationFacts | null;
}

export interface FilingRecord extends RecordBase {
  /** The district's department, or the counterpart where the sheet names only that. */
  department: string;
  counterpart: string;
  name: string;
  signing: DateCell;
  filing: DateCell;
}

export interface Records {
  register: RegisterRecord[];
  candidates: CandidateRecord[];
  exchanges: ExchangeRecord[];
  events: EventRecord[];
  filings: FilingRecord[];
}

export const refOf = (r: RecordBase, column: number | null = null): CellRef => ({ sheet: r.sheet, row: r.row, column });
