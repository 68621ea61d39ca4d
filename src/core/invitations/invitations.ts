import type { Invitation, PartnerMatch } from "../model";
import type { EventRecord, ExchangeRecord, InvitationFacts, RecordBase } from "../records/records";
import type { DateCell } from "../records/rowReader";
import { dateOf } from "../records/rowReader";

/** 第十条's invitations: the rows of the exchange log and of the events sheet that record one, in workbook order. */
export function invitationsOf(exchanges: ExchangeRecord[], events: EventRecord[]): Invitation[] {
  const out: Invitation[] = [];
  type Row = RecordBase & { date: DateCell; partner: PartnerMatch; partnerText: string };
  /** `column`: where the answer is written (the events sheet's response), for the finding to point at. */
  const add = (r: Row, f: InvitationFacts, column: number | null) => {
    const found = r.partner.kind === "register" || r.partner.kind === "candidate";
    out.push({
      sheet: r.sheet,
      row: r.row,
      column,
      date: dateOf(r.date),
      partner: r.partner.kind === "register" || r.partner.kind === "candidate" ? r.partner.partner : r.partnerText,
      partnerFound: found,
      direction: f.direction,
      event: f.event,
      answer: f.answer,
    });
  };
  for (const x of exchanges) if (x.invitation) add(x, x.invitation, null);
  for (const e of events) if (e.invitation) add(e, e.invitation, e.layout.columns.response ?? null);
  return out;
}
