import type { IsoDate } from "./dates/isoDate";
import { isoDate } from "./dates/isoDate";
import type { Settings } from "./settings";
import { ROLES } from "./detect/fields";
import { LANGS } from "./i18n/format";
import { festivalIdOf, type FestivalId } from "./greetings/festivalIds";
import { LETTER_TEMPLATE_IDS, type LetterTemplate } from "./letters/letterTemplates";

/**
 * What the add-in keeps in the workbook's settings, under these keys: the user's settings, and a
 * record of what it last wrote. Stored values are JSON text; anything unreadable is ignored rather
 * than trusted, so a damaged setting falls back to the spec's defaults.
 */
export const SETTINGS_KEY = "PartnerCities.settings";
export const WRITTEN_KEY = "PartnerCities.written";

/**
 * While the add-in writes one of its sheets over the earlier run's in place, this setting names
 * it (set before its first change, removed after its last). Still there when a run starts, it
 * names sheets an earlier run left half-written (Excel closed or crashed part way through), which
 * the next 写入 writes whole.
 */
export const INCOMPLETE_KEY = "PartnerCities.writing";

/** The sheets the "writing" setting names (none when it is absent or unreadable). */
export function namedIncomplete(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const names: unknown = JSON.parse(value);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}

export interface StoredSettings {
  settings: Partial<Settings>;
  /** A fixed "today", for testing and for reproducing a past report. */
  today: IsoDate | null;
  /** A fixed summary year; null means today's year. */
  year: number | null;
}

export function readStoredSettings(raw: unknown): StoredSettings {
  const out: StoredSettings = { settings: {}, today: null, year: null };
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return out;
    }
  }
  if (!isObject(data)) return out;
  for (const key of [
    "urgentDays",
    "expiringDays",
    "responseDays",
    "criteriaRequired",
    "greetingWindowDays",
    "greetingLeadDays",
  ] as const) {
    const v = data[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 3650) out.settings[key] = v;
  }
  if (isObject(data.levels)) {
    const { corresponding, higher, lower } = data.levels;
    if ([corresponding, higher, lower].every(isStringArray)) {
      out.settings.levels = {
        corresponding: corresponding as string[],
        higher: higher as string[],
        lower: lower as string[],
      };
    }
  }
  if (isObject(data.aliases)) {
    out.settings.aliases = Object.fromEntries(
      Object.entries(data.aliases).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
  }
  if (isObject(data.mapping)) {
    const mapping: Settings["mapping"] = {};
    for (const [sheet, m] of Object.entries(data.mapping)) {
      if (!isObject(m)) continue;
      const role =
        typeof m.role === "string" && (m.role === "none" || (ROLES as readonly string[]).includes(m.role))
          ? (m.role as Settings["mapping"][string]["role"])
          : undefined;
      const headerRow =
        typeof m.headerRow === "number" && Number.isInteger(m.headerRow) && m.headerRow >= 1 ? m.headerRow : undefined;
      const columns = isObject(m.columns)
        ? Object.fromEntries(Object.entries(m.columns).filter((e): e is [string, string] => typeof e[1] === "string"))
        : undefined;
      mapping[sheet] = {
        ...(role ? { role } : {}),
        ...(headerRow ? { headerRow } : {}),
        ...(columns ? { columns } : {}),
      };
    }
    out.settings.mapping = mapping;
  }
  // Festivals by id or by name (春节, 中秋, Spring Festival); unknown ones are dropped, an empty list is kept.
  if (isStringArray(data.festivals)) {
    out.settings.festivals = [
      ...new Set(data.festivals.map(festivalIdOf).filter((id): id is FestivalId => id !== null)),
    ];
  }
  if (isObject(data.letterTemplates)) out.settings.letterTemplates = readTemplates(data.letterTemplates);
  if (isObject(data.letterSender)) {
    const sender: Settings["letterSender"] = {};
    for (const lang of LANGS) {
      const v = data.letterSender[lang];
      if (typeof v === "string" && v.trim() !== "") sender[lang] = v.trim();
    }
    out.settings.letterSender = sender;
  }
  if (typeof data.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data.today)) {
    out.today = isoDate(
      Number(data.today.slice(0, 4)),
      Number(data.today.slice(5, 7)),
      Number(data.today.slice(8, 10)),
    );
  }
  if (typeof data.year === "number" && Number.isInteger(data.year) && data.year >= 1900 && data.year <= 9999)
    out.year = data.year;
  return out;
}

export function writeStoredSettings(stored: StoredSettings): string {
  return JSON.stringify({ ...stored.settings, today: stored.today, year: stored.year });
}

/** Only a language and kind the add-in knows, with a title and body in words, is kept. */
function readTemplates(raw: Record<string, unknown>): Settings["letterTemplates"] {
  const out: Settings["letterTemplates"] = {};
  for (const lang of LANGS) {
    const byKind = raw[lang];
    if (!isObject(byKind)) continue;
    const kept: Partial<Record<(typeof LETTER_TEMPLATE_IDS)[number], LetterTemplate>> = {};
    for (const id of LETTER_TEMPLATE_IDS) {
      const t = byKind[id];
      if (isObject(t) && typeof t.title === "string" && typeof t.body === "string" && t.body.trim() !== "")
        kept[id] = { title: t.title, body: t.body };
    }
    out[lang] = kept;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
