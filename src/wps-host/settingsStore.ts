import type { KsoDocumentProperties } from "./et";
import { XL } from "./etValues";

/**
 * The add-in's settings in a WPS workbook: custom document properties (文件 → 属性 → 自定义),
 * which travel with the file as Office settings do in Excel. A text property holds at most 255
 * characters, so a longer value is kept in parts: the key itself, then "key#2", "key#3" ….
 */
const PART_LENGTH = 255;

const partName = (key: string, part: number): string => (part === 1 ? key : `${key}#${part}`);

/** Every property, by name. */
function propertiesByName(properties: KsoDocumentProperties): Map<string, { value: unknown; index: number }> {
  const out = new Map<string, { value: unknown; index: number }>();
  for (let i = 1; i <= properties.Count; i++) {
    const p = properties.Item(i);
    out.set(p.Name, { value: p.Value, index: i });
  }
  return out;
}

/** The stored values of `keys` (absent when not stored), each joined from its parts. */
export function readSettings(properties: KsoDocumentProperties, keys: readonly string[]): Map<string, unknown> {
  const all = propertiesByName(properties);
  const out = new Map<string, unknown>();
  for (const key of keys) {
    if (!all.has(key)) continue;
    let text = "";
    for (let part = 1; all.has(partName(key, part)); part++) text += String(all.get(partName(key, part))!.value);
    out.set(key, text);
  }
  return out;
}

/** Stores a value in parts, replacing what the key held; null removes the key. */
export function writeSetting(properties: KsoDocumentProperties, key: string, value: string | null): void {
  const all = propertiesByName(properties);
  const stale = [...all.keys()].filter((name) => name === key || name.startsWith(`${key}#`));
  for (const name of stale) properties.Item(name).Delete();
  if (value === null) return;
  const parts = Math.max(1, Math.ceil(value.length / PART_LENGTH));
  for (let part = 1; part <= parts; part++)
    properties.Add(
      partName(key, part),
      false,
      XL.msoPropertyTypeString,
      value.slice((part - 1) * PART_LENGTH, part * PART_LENGTH),
    );
}
