import type { Analysis, Lang, Role } from "../core/model";
import type { FieldId } from "../core/detect/fields";
import { columnIndex, columnLetter, type SheetMapping } from "../core/detect/mapping";
import { isoDate } from "../core/dates/isoDate";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import type { StoredSettings } from "../core/storedSettings";
import type { LevelTable } from "../core/values/parseLevel";
import type { TaskpaneMessageId } from "../core/i18n/taskpane";
import { LANGS } from "../core/i18n/format";
import { DEFAULT_FESTIVALS, FESTIVAL_IDS, type FestivalId } from "../core/greetings/festivalIds";
import { LETTER_TEMPLATE_IDS, type LetterTemplate, type LetterTemplateId } from "../core/letters/letterTemplates";

/**
 * The settings form as the user edits it (text, as typed), and its translation to and from what
 * the workbook keeps. Pure: the view renders a draft, `toStored` checks it.
 */
export interface SheetDraft {
  /** "" lets detection decide. */
  role: Role | "none" | "";
  headerRow: string;
  columns: Partial<Record<FieldId, string>>;
}

interface AliasDraft {
  name: string;
  partner: string;
}

export interface Draft {
  urgentDays: string;
  expiringDays: string;
  responseDays: string;
  criteriaRequired: string;
  year: string;
  today: string;
  levels: Record<keyof LevelTable, string>;
  /** In the order the form lists them: detected sheets first, then mapped or added ones. */
  sheets: string[];
  mapping: Record<string, SheetDraft>;
  aliases: AliasDraft[];
  /** The greetings calendar's window and lead days (第十一条). */
  greetingWindowDays: string;
  greetingLeadDays: string;
  /** The festivals greeted, in the order of FESTIVAL_IDS. */
  festivals: FestivalId[];
  /** Who signs, by language; "" is the built-in signature. */
  letterSender: Record<Lang, string>;
  /**
   * The office's own templates, by language and kind, as edited; a kind not here is the built-in
   * draft. (The built-in words are loaded only when the form shows a template: see SettingsView.)
   */
  letterTemplates: Record<Lang, Partial<Record<LetterTemplateId, LetterTemplate>>>;
}

export const NUMBER_FIELDS = ["urgentDays", "expiringDays", "responseDays", "criteriaRequired"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
export const GREETING_NUMBER_FIELDS = ["greetingWindowDays", "greetingLeadDays"] as const;
type GreetingNumberField = (typeof GREETING_NUMBER_FIELDS)[number];
const GREETING_RANGES: Record<GreetingNumberField, [number, number]> = {
  greetingWindowDays: [0, 3650],
  greetingLeadDays: [0, 365],
};
export const LEVEL_CLASSES: readonly (keyof LevelTable)[] = ["corresponding", "higher", "lower"];

const RANGES: Record<NumberField, [number, number]> = {
  urgentDays: [0, 3650],
  expiringDays: [0, 3650],
  responseDays: [0, 3650],
  criteriaRequired: [1, 5],
};

/** A problem with one input: the message id and its values. Keyed by the input's path. */
export type DraftErrors = Record<string, { id: TaskpaneMessageId; data?: Record<string, string | number> }>;

export function draftFrom(stored: StoredSettings, analysis: Analysis | null): Draft {
  const s: Settings = { ...DEFAULT_SETTINGS, ...stored.settings };
  const sheets: string[] = [];
  for (const layout of analysis?.sheets ?? []) if (!sheets.includes(layout.name)) sheets.push(layout.name);
  for (const name of Object.keys(s.mapping)) if (!sheets.includes(name)) sheets.push(name);
  const mapping: Record<string, SheetDraft> = {};
  for (const name of sheets) mapping[name] = sheetDraft(s.mapping[name]);
  return {
    urgentDays: String(s.urgentDays),
    expiringDays: String(s.expiringDays),
    responseDays: String(s.responseDays),
    criteriaRequired: String(s.criteriaRequired),
    year: stored.year === null ? "" : String(stored.year),
    today: stored.today ?? "",
    levels: {
      corresponding: s.levels.corresponding.join("\n"),
      higher: s.levels.higher.join("\n"),
      lower: s.levels.lower.join("\n"),
    },
    sheets,
    mapping,
    aliases: Object.entries(s.aliases).map(([name, partner]) => ({ name, partner })),
    greetingWindowDays: String(s.greetingWindowDays),
    greetingLeadDays: String(s.greetingLeadDays),
    festivals: FESTIVAL_IDS.filter((id) => s.festivals.includes(id)),
    letterSender: Object.fromEntries(LANGS.map((lang) => [lang, s.letterSender[lang] ?? ""])) as Record<Lang, string>,
    letterTemplates: Object.fromEntries(
      LANGS.map((lang) => [lang, { ...s.letterTemplates[lang] }]),
    ) as Draft["letterTemplates"],
  };
}

/** Whether the draft holds the office's own wording of a template. */
export function templateEdited(draft: Draft, lang: Lang, id: LetterTemplateId): boolean {
  return draft.letterTemplates[lang][id] !== undefined;
}

/** The error key of a template's body. */
export const templateErrorKey = (lang: Lang, id: LetterTemplateId) => `template.${lang}.${id}`;

export function sheetDraft(m: SheetMapping | undefined): SheetDraft {
  return {
    role: m?.role ?? "",
    headerRow: m?.headerRow ? String(m.headerRow) : "",
    columns: { ...(m?.columns ?? {}) },
  };
}

/** The draft with the defaults of RULES.md; sheets stay listed, their mapping cleared. */
export function defaultDraft(draft: Draft): Draft {
  const fresh = draftFrom({ settings: {}, today: null, year: null }, null);
  return {
    ...fresh,
    sheets: draft.sheets,
    mapping: Object.fromEntries(draft.sheets.map((name) => [name, sheetDraft(undefined)])),
  };
}

/**
 * What to keep in the workbook, or the problems to fix first. Values equal to the defaults are not
 * stored. Settings the form does not edit (kept by other parts of the add-in) stay as `base` has them.
 */
export function toStored(
  draft: Draft,
  base: StoredSettings = { settings: {}, today: null, year: null },
): { stored: StoredSettings; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const settings: Partial<Settings> = { ...base.settings };
  for (const key of [
    ...NUMBER_FIELDS,
    ...GREETING_NUMBER_FIELDS,
    "levels",
    "mapping",
    "aliases",
    "festivals",
    "letterTemplates",
    "letterSender",
  ] as const)
    delete settings[key];

  const numbers = {} as Record<NumberField, number>;
  for (const key of NUMBER_FIELDS) {
    const [min, max] = RANGES[key];
    const n = wholeNumber(draft[key]);
    if (n === null || n < min || n > max) errors[key] = { id: "invalid.integer", data: { min, max } };
    else numbers[key] = n;
  }
  if (!errors.urgentDays && !errors.expiringDays && numbers.expiringDays < numbers.urgentDays)
    errors.expiringDays = { id: "invalid.expiring" };
  for (const key of NUMBER_FIELDS)
    if (!errors[key] && numbers[key] !== DEFAULT_SETTINGS[key]) settings[key] = numbers[key];

  let year: number | null = null;
  if (draft.year.trim()) {
    const n = wholeNumber(draft.year);
    if (n === null || n < 1900 || n > 9999) errors.year = { id: "invalid.integer", data: { min: 1900, max: 9999 } };
    else year = n;
  }
  let today: string | null = null;
  if (draft.today.trim()) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(draft.today.trim());
    today = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (!today) errors.today = { id: "invalid.date" };
  }

  const levels = Object.fromEntries(
    LEVEL_CLASSES.map((k) => [k, splitLines(draft.levels[k])]),
  ) as unknown as LevelTable;
  const seen = new Map<string, number>();
  for (const k of LEVEL_CLASSES) for (const level of new Set(levels[k])) seen.set(level, (seen.get(level) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([level]) => level);
  if (twice.length > 0) errors.levels = { id: "invalid.levels", data: { levels: twice.join("、") } };
  else if (LEVEL_CLASSES.some((k) => levels[k].join("\n") !== DEFAULT_SETTINGS.levels[k].join("\n")))
    settings.levels = levels;

  const mapping: Record<string, SheetMapping> = {};
  for (const sheet of draft.sheets) {
    const d = draft.mapping[sheet];
    if (!d) continue;
    const m: SheetMapping = {};
    if (d.role) m.role = d.role;
    if (d.headerRow.trim()) {
      const n = wholeNumber(d.headerRow);
      if (n === null || n < 1 || n > 1_048_576)
        errors[`mapping.${sheet}.headerRow`] = { id: "invalid.integer", data: { min: 1, max: 1_048_576 } };
      else m.headerRow = n;
    }
    const columns: Partial<Record<FieldId, string>> = {};
    for (const [field, letters] of Object.entries(d.columns) as [FieldId, string][]) {
      if (!letters.trim()) continue;
      const index = columnIndex(letters);
      if (index === null) errors[`mapping.${sheet}.${field}`] = { id: "invalid.column" };
      else columns[field] = columnLetter(index);
    }
    if (Object.keys(columns).length > 0) m.columns = columns;
    if (Object.keys(m).length > 0) mapping[sheet] = m;
  }
  if (Object.keys(mapping).length > 0) settings.mapping = mapping;

  const aliases: Record<string, string> = {};
  draft.aliases.forEach((a, i) => {
    const name = a.name.trim();
    if (!name && !a.partner) return;
    if (!name || !a.partner) errors[`alias.${i}`] = { id: "invalid.alias" };
    else aliases[name] = a.partner;
  });
  if (Object.keys(aliases).length > 0) settings.aliases = aliases;

  for (const key of GREETING_NUMBER_FIELDS) {
    const [min, max] = GREETING_RANGES[key];
    const n = wholeNumber(draft[key]);
    if (n === null || n < min || n > max) errors[key] = { id: "invalid.integer", data: { min, max } };
    else if (n !== DEFAULT_SETTINGS[key]) settings[key] = n;
  }
  const festivals = FESTIVAL_IDS.filter((id) => draft.festivals.includes(id));
  const defaults = FESTIVAL_IDS.filter((id) => DEFAULT_FESTIVALS.includes(id));
  if (festivals.join() !== defaults.join()) settings.festivals = festivals;

  const sender: Settings["letterSender"] = {};
  for (const lang of LANGS) {
    const v = draft.letterSender[lang].trim();
    if (v) sender[lang] = v;
  }
  if (Object.keys(sender).length > 0) settings.letterSender = sender;

  const templates: Settings["letterTemplates"] = {};
  for (const lang of LANGS) {
    for (const id of LETTER_TEMPLATE_IDS) {
      const t = draft.letterTemplates[lang][id];
      if (!t) continue;
      if (!t.body.trim()) errors[templateErrorKey(lang, id)] = { id: "invalid.templateBody" };
      else (templates[lang] ??= {})[id] = { title: t.title, body: t.body };
    }
  }
  if (Object.keys(templates).length > 0) settings.letterTemplates = templates;

  return { stored: { settings, today, year }, errors };
}

function wholeNumber(text: string): number | null {
  const s = text.trim();
  return /^\d{1,9}$/.test(s) ? Number(s) : null;
}

/** One level a line; commas and 、 separate too. */
function splitLines(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
