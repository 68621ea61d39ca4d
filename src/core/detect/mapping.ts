import type { Role } from "../model";
import type { FieldId } from "./fields";

/**
 * A user's correction of what detection found for one sheet, kept in the workbook's settings.
 * `role: "none"` leaves the sheet alone; `headerRow` is the Excel row (1-based); columns are
 * letters ("B"). Anything not given is still detected.
 */
export interface SheetMapping {
  role?: Role | "none";
  headerRow?: number;
  columns?: Partial<Record<FieldId, string>>;
}

/** "A" → 0, "AB" → 27; null for anything that is not a column letter. */
export function columnIndex(letters: string): number | null {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return null;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= 16383 ? n - 1 : null;
}

/** 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
