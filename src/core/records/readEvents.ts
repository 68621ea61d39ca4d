import type { SheetLayout } from "../model";
import type { SheetGrid } from "../workbook";
import type { PartnerIndex } from "../partners/partnerIndex";
import { isRecorded } from "../values/isRecorded";
import { eventKind, responseKind } from "./eventKinds";
import { invitationAnswer, invitationDirection, isInvitation } from "../invitations/invitationWords";
import type { EventRecord } from "./records";
import { dateCell, rowReader } from "./rowReader";

/** What happened at partners (第十一条) and how the office answered. */
export function readEvents(grid: SheetGrid, layout: SheetLayout, partners: PartnerIndex): EventRecord[] {
  return layout.dataRows.map((row) => {
    const r = rowReader(grid, layout, row);
    const date = dateCell(r, "date");
    const responseDate = dateCell(r, "responseDate");
    const partnerText = r.text("partner");
    const eventType = r.text("eventType");
    const response = r.text("response");
    const kind = responseKind(response);
    const details = r.text("details");
    const responded = isRecorded(r.value("response")) || responseDate.value.kind === "date";
    return {
      sheet: r.sheet,
      row,
      layout,
      date,
      partnerText,
      partner: partnerText ? partners.match(partnerText) : { kind: "none" },
      eventType,
      details,
      eventKind: eventKind(eventType),
      response,
      responseKind: kind,
      responseDate,
      responded,
      invitation: isInvitation(eventType)
        ? {
            direction: invitationDirection(`${eventType} ${details}`, null),
            // A response date alone says the invitation was answered, not how.
            answer: isRecorded(r.value("response")) ? invitationAnswer(response) : responded ? "answered" : "none",
            event: details ? `${eventType}：${details}` : eventType,
          }
        : null,
      dates: [date, responseDate],
      missing: [
        ...(date.value.kind === "blank" ? ["date" as const] : []),
        ...(partnerText ? [] : ["partner" as const]),
        ...(eventType ? [] : ["eventType" as const]),
      ],
    };
  });
}
