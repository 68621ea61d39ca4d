import type { Analysis, CellRef } from "../model";
import { daysBetween, type IsoDate } from "../dates/isoDate";
import type { EventKind } from "../records/eventKinds";
import { foldText } from "../text/foldText";
import { LETTER_KIND, type LetterKind, type LetterTemplateId } from "./letterTemplates";

/** An event of the events sheet the office has not answered (第十一条), with the letter that fits. */
export interface EventToAnswer {
  /** The event's row, to go to in the workbook. */
  at: CellRef;
  partner: string;
  partnerFound: boolean;
  date: IsoDate | null;
  /** Days since the event, or null when its day is not recorded. */
  daysSince: number | null;
  eventType: string;
  details: string;
  eventKind: EventKind;
  /** 贺信 for a leadership change or festival, 慰问函 for an emergency or disaster; null when the type tells neither. */
  letterKind: LetterKind | null;
  template: LetterTemplateId | null;
  /** What the letter is about: the details when recorded, else the event's type. */
  occasion: string;
}

// 火灾 is an emergency, not a natural disaster: hence 灾害/灾情/受灾 rather than a bare 灾.
const DISASTER =
  /灾害|灾情|受灾|旱灾|雪灾|地震|洪|汛|内涝|干旱|台风|暴雨|强降雨|泥石流|滑坡|冰雹|disaster|flood|earthquake|typhoon|storm/i;
const FESTIVAL = /节|庆|周年|成立|festival|anniversary|celebrat/i;

/**
 * The template for an event. eventKind (records/eventKinds.ts) decides congratulations or
 * sympathy, as EVENT-MISMATCH does; the words of the type and details then tell a disaster from
 * another emergency, and a festival or celebration from a leadership change.
 */
export function templateForEvent(kind: EventKind, eventType: string, details = ""): LetterTemplateId | null {
  // The details may name the disaster where the type says only 突发事件 (台风登陆).
  if (kind === "condolence") return DISASTER.test(foldText(`${eventType} ${details}`)) ? "disaster" : "emergency";
  if (kind === "congratulatory") return FESTIVAL.test(foldText(eventType)) ? "festival" : "leadership";
  return null;
}

/**
 * Events with no response, the oldest first (undated ones last, in workbook order). An invitation
 * on the events sheet is 第十条's, answered by attending or declining rather than by a letter of
 * 第十一条: INVITE-NO-ANSWER reports it, so it is not listed here.
 */
export function eventsToAnswer(source: Pick<Analysis, "events" | "today" | "invitations">): EventToAnswer[] {
  const invited = new Set(source.invitations.map((i) => `${i.sheet}\u0000${i.row}`));
  const open = source.events.filter((e) => !e.responded && !invited.has(`${e.sheet}\u0000${e.row}`));
  const sorted = [...open].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1;
  });
  return sorted.map((e) => {
    const template = templateForEvent(e.eventKind, e.eventType, e.details);
    return {
      at: { sheet: e.sheet, row: e.row, column: null },
      partner: e.partner,
      partnerFound: e.partnerFound,
      date: e.date,
      daysSince: e.date ? daysBetween(e.date, source.today) : null,
      eventType: e.eventType,
      details: e.details,
      eventKind: e.eventKind,
      letterKind: template ? LETTER_KIND[template] : null,
      template,
      occasion: e.details || e.eventType,
    };
  });
}
