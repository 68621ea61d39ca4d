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
  // Most cells have nothing to trim; testing the two ends is cheaper than the regex.
  if (v === "" || (!isEdgeSpace(v.charCodeAt(0)) && !isEdgeSpace(v.charCodeAt(v.length - 1)))) return v;
  return v.replace(EDGES, "");
}

/** Whether EDGES might trim this character: anything but visible ASCII and CJK ideographs is checked by it. */
function isEdgeSpace(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && !(code >= 0x4e00 && code <= 0x9fff));
}
