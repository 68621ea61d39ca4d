import type { Lang } from "../model";

/** A message in both languages of the add-in; `{name}` marks where a value goes. */
export type Message = Record<Lang, string>;
export type Catalog = Record<string, Message>;

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
export const DEFAULT_LANG: Lang = "zh-CN";

/** Fills `{name}` placeholders. Values are data and are inserted as they are, never interpreted. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** The language for a locale tag such as Office's display language ("zh-CN", "en-GB", "zh-Hans"). */
export function langOf(tag: string | null | undefined): Lang {
  return tag && /^zh/i.test(tag) ? "zh-CN" : tag && /^en/i.test(tag) ? "en-US" : DEFAULT_LANG;
}
