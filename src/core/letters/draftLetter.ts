import type { IsoDate } from "../dates/isoDate";
import type { Lang } from "../model";
import { fill } from "../i18n/format";
import { LETTER_TEXT } from "../i18n/letters";
import { addressee as addresseeOf } from "./addressee";
import { letterDate } from "./chineseDate";
import { LETTER_KIND, type LetterKind, type LetterTemplate, type LetterTemplateId } from "./letterTemplates";

interface LetterInput {
  /** The partner's name as on the register: the addressee is made from it. */
  partner: string;
  /** The festival, anniversary (结好10周年) or event (区长任职, 强降雨引发内涝) written about. */
  occasion: string;
  /** The letter's own date (usually today). */
  date: IsoDate;
  kind: LetterTemplateId;
  /** The day of the event or occasion, where the letter names it (慰问函). */
  occasionDate?: IsoDate | null;
  /** An anniversary's years. */
  years?: number;
  lang?: Lang;
  /** Who signs; default 北京市西城区人民政府. */
  sender?: string;
}

/** A draft letter: its parts for a Word document, and the whole as plain text to copy. */
export interface Letter {
  kind: LetterTemplateId;
  letterKind: LetterKind;
  lang: Lang;
  partner: string;
  title: string;
  /** The salutation line, with its colon: 上海市黄浦区人民政府： */
  salutation: string;
  paragraphs: string[];
  sender: string;
  /** The letter's date as written: 2026年11月27日. */
  date: string;
  text: string;
}

/** Chinese official letters indent each paragraph by two full-width spaces. */
const INDENT: Record<Lang, string> = { "zh-CN": "\u3000\u3000", "en-US": "" };

/**
 * Fills a template. Every value is data: a partner named `{x}` or `=A1` is written as it stands,
 * never read as a placeholder or a formula (fill goes over the template once).
 */
export function draftLetter(template: LetterTemplate, input: LetterInput): Letter {
  const lang = input.lang ?? "zh-CN";
  const sender = input.sender ?? LETTER_TEXT.sender[lang];
  const to = addresseeOf(input.partner, lang);
  const date = letterDate(input.date, lang);
  const data: Record<string, string | number> = {
    partner: input.partner,
    addressee: to,
    occasion: input.occasion,
    occasionDate: input.occasionDate ? letterDate(input.occasionDate, lang) : LETTER_TEXT.unknownDate[lang],
    years: input.years ?? "",
    sender,
    date,
  };
  const title = fill(template.title, data).trim();
  const paragraphs = template.body
    .split(/\r?\n/)
    .map((line) => fill(line, data).trim())
    .filter((line) => line !== "");
  const salutation = to + LETTER_TEXT.salutationEnd[lang];
  const text = [title, "", salutation, ...paragraphs.map((p) => INDENT[lang] + p), "", sender, date].join("\n") + "\n";
  return {
    kind: input.kind,
    letterKind: LETTER_KIND[input.kind],
    lang,
    partner: input.partner,
    title,
    salutation,
    paragraphs,
    sender,
    date,
    text,
  };
}
