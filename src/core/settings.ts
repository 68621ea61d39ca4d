import type { LevelTable } from "./values/parseLevel";
import { DEFAULT_LEVEL_TABLE } from "./values/parseLevel";
import type { SheetMapping } from "./detect/mapping";
import type { Lang } from "./model";
import { DEFAULT_FESTIVALS, type FestivalId } from "./greetings/festivalIds";
import type { LetterTemplate, LetterTemplateId } from "./letters/letterTemplates";

/**
 * What a user may change, with the defaults of RULES.md. The add-in keeps these in the workbook
 * (Office settings), so the next person who opens it gets the same result.
 */
export interface Settings {
  /** 0 ≤ days left ≤ this: urgent (TERM-URGENT). */
  urgentDays: number;
  /** urgentDays < days left ≤ this: expiring (TERM-EXPIRING). */
  expiringDays: number;
  /** Days after an event within which a response is on time (第十一条). */
  responseDays: number;
  /** How many of the five conditions of 第五条 a friendly-city recommendation needs. */
  criteriaRequired: number;
  /** Administrative levels relative to Xicheng (第五条第一项). */
  levels: LevelTable;
  /** Per-sheet overrides of the detected role, header row and columns, by sheet name. */
  mapping: Record<string, SheetMapping>;
  /** Names a user has tied to a partner once: written name → the partner's name on the register. */
  aliases: Record<string, string>;
  /**
   * The greetings calendar shows what must be sent within this many days from today (第十一条):
   * a greeting is due when its send-by day (the occasion less `greetingLeadDays`) falls in it.
   */
  greetingWindowDays: number;
  /** Days a letter needs to arrive: it is sent this long before the festival or anniversary. */
  greetingLeadDays: number;
  /** The festivals greeted, in the order chosen (ids of greetings/festivals.ts). */
  festivals: FestivalId[];
  /** The office's own wording of letters, by language and kind; what is missing falls back to the built-in drafts. */
  letterTemplates: Partial<Record<Lang, Partial<Record<LetterTemplateId, LetterTemplate>>>>;
  /** Who signs letters, by language (default 北京市西城区人民政府); the liaison office may sign its own. */
  letterSender: Partial<Record<Lang, string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  urgentDays: 90,
  expiringDays: 180,
  responseDays: 7,
  criteriaRequired: 5,
  levels: DEFAULT_LEVEL_TABLE,
  mapping: {},
  aliases: {},
  greetingWindowDays: 60,
  greetingLeadDays: 14,
  festivals: DEFAULT_FESTIVALS,
  letterTemplates: {},
  letterSender: {},
};
