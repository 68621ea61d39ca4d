import type { SheetLayout } from "../model";
import type { SheetGrid } from "../workbook";
import type { PartnerIndex } from "../partners/partnerIndex";
import { foldText } from "../text/foldText";
import { isRecorded } from "../values/isRecorded";
import { fieldCategory } from "./fieldCategory";
import {
  exchangeDirection,
  invitationAnswer,
  invitationDirection,
  isInvitation,
  type InvitationAnswer,
} from "../invitations/invitationWords";
import type { ExchangeRecord } from "./records";
import { dateCell, rowReader } from "./rowReader";

/** 领导互访 in either direction: 领导来访, 领导出访, 主要领导考察 … */
const LEADER_VISIT = /领导.*(互访|来访|出访|访问|考察|会见|会谈|拜访)|leader/i;

/** The exchange log: one activity with one partner a row. */
export function readExchanges(grid: SheetGrid, layout: SheetLayout, partners: PartnerIndex): ExchangeRecord[] {
  // A log of 100,000 rows writes a dozen fields and forms: each wording is read once.
  const fields = memo(fieldCategory);
  const leaderVisit = memo((form: string) => LEADER_VISIT.test(foldText(form)));
  const recorded = memo(isRecorded);
  const invitationForm = memo(isInvitation);
  const direction = memo(exchangeDirection);
  return layout.dataRows.map((row) => {
    const r = rowReader(grid, layout, row);
    const date = dateCell(r, "date");
    const partnerText = r.text("partner");
    const form = r.text("form");
    const title = r.text("title");
    const way = direction(r.text("direction"));
    const invited = invitationForm(form) || isInvitation(title);
    return {
      sheet: r.sheet,
      row,
      layout,
      date,
      partnerText,
      partner: partnerText ? partners.match(partnerText) : { kind: "none" },
      field: fields(r.text("field")),
      leaderVisit: leaderVisit(form),
      published: recorded(r.text("published")),
      archived: recorded(r.text("archive")),
      invitation: invited
        ? {
            direction: invitationDirection(`${form} ${title}`, way),
            answer: exchangeAnswer(`${form} ${title}`, way, r.value("people")),
            event: title || form,
          }
        : null,
      dates: [date],
      missing:
        date.value.kind !== "blank" && partnerText
          ? NOTHING_MISSING
          : [...(date.value.kind === "blank" ? ["date" as const] : []), ...(partnerText ? [] : ["partner" as const])],
    };
  });
}

/**
 * An invitation on the exchange log is answered by the visit the row records (出访: the district
 * went; 来访: the partner came), unless its words say it was declined; a row with neither a
 * direction nor people recorded only says that an invitation came or went.
 */
function exchangeAnswer(text: string, way: "in" | "out" | null, people: unknown): InvitationAnswer {
  const said = invitationAnswer(text);
  if (said === "declined" || said === "delegation") return said;
  return way !== null || (typeof people === "number" && people > 0) ? "attended" : "none";
}

/** Shared by the rows that miss nothing (nearly all): one array, not 100,000. */
const NOTHING_MISSING: ExchangeRecord["missing"] = [];

function memo<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) seen.set(text, (v = f(text)));
    return v;
  };
}
