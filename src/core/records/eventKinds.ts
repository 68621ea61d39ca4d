import { foldText } from "../text/foldText";

/**
 * 第十一条: a leadership change or an important festival calls for congratulations; a major
 * emergency or a natural disaster calls for condolences (or aid).
 */
export type EventKind = "congratulatory" | "condolence" | "other";
export type ResponseKind = "congratulation" | "condolence" | "other" | "none";

const CONDOLENCE_EVENT =
  /灾|突发|事故|疫情|火灾|失火|火情|地震|洪|汛|内涝|干旱|台风|暴雨|泥石流|disaster|emergency|accident/i;
const CONGRATULATORY_EVENT =
  /领导|任职|新任|就任|履新|换届|当选|书记|区长|市长|州长|节|庆|周年|成立|leader|festival|anniversary/i;

export function eventKind(eventType: string): EventKind {
  const t = foldText(eventType);
  if (CONDOLENCE_EVENT.test(t)) return "condolence";
  if (CONGRATULATORY_EVENT.test(t)) return "congratulatory";
  return "other";
}

const CONDOLENCE_RESPONSE = /慰问|唁|哀悼|援助|捐|condolence|sympathy|aid/i;
const CONGRATULATION_RESPONSE = /贺|祝|congratulat|greeting/i;

export function responseKind(response: string): ResponseKind {
  const t = foldText(response);
  if (!t) return "none";
  if (CONDOLENCE_RESPONSE.test(t)) return "condolence";
  if (CONGRATULATION_RESPONSE.test(t)) return "congratulation";
  return "other";
}
