import type { CellValue } from "../workbook";

/** Leading and trailing whitespace, including U+3000 and the zero-width characters \s misses. */
const EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu;

/**
 * The text a person sees in the cell, trimmed: what a finding quotes back ("签署日期为‘待定’"),
 * so it is the cell as typed, not folded. Booleans read as Excel shows them (TRUE/FALSE).
 */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return v.replace(EDGES, "");
}
