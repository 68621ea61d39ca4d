/**
 * The five letters of 第十一条: greetings for a festival, congratulations on a leadership change,
 * on an anniversary of the tie, and sympathy after an emergency or a natural disaster.
 */
export const LETTER_TEMPLATE_IDS = ["festival", "leadership", "anniversary", "emergency", "disaster"] as const;
export type LetterTemplateId = (typeof LETTER_TEMPLATE_IDS)[number];

/** 贺信 or 慰问函: what 第十一条 asks for, and what EVENT-MISMATCH checks a response against. */
export type LetterKind = "congratulation" | "condolence";

export const LETTER_KIND: Record<LetterTemplateId, LetterKind> = {
  festival: "congratulation",
  leadership: "congratulation",
  anniversary: "congratulation",
  emergency: "condolence",
  disaster: "condolence",
};

/** A letter's wording with `{placeholders}`; the body's lines are its paragraphs. */
export interface LetterTemplate {
  title: string;
  body: string;
}
