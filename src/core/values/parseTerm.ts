import type { CellValue } from "../workbook";
import { cellText } from "../text/cellText";
import { foldText } from "../text/foldText";
import { chineseDigitsToArabic } from "./chineseNumber";

/** An agreement's own term (有效期) in whole years; `invalid` keeps the text to quote back. */
export type TermValue = { kind: "blank" } | { kind: "years"; years: number } | { kind: "invalid"; text: string };

/**
 * A number of years, optionally followed by 年 or 年期 (5年, 五年, 5年期) or the English "years".
 * Anything around it (五年以上, 长期, 5.5年) makes the term open to reading, so it is not read.
 */
const TERM = /^(?<n>\d{1,2})(?:年期?|years?)?$/iu;

/** Terms are whole years, at least one; 99 bounds what the two-digit pattern can say. */
const isTermYears = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 99;

/**
 * The term a cell states. The register falls back to 5 years only for a blank cell; a term it
 * cannot read is reported, so that a typo never silently becomes the default.
 */
export function parseTerm(value: CellValue): TermValue {
  const text = cellText(value);
  if (value === null || foldText(text) === "") return { kind: "blank" };
  if (typeof value === "number") {
    return isTermYears(value) ? { kind: "years", years: value } : { kind: "invalid", text };
  }
  if (typeof value === "boolean") return { kind: "invalid", text };
  const n = TERM.exec(chineseDigitsToArabic(foldText(text)))?.groups?.n;
  const years = n === undefined ? NaN : Number(n);
  return isTermYears(years) ? { kind: "years", years } : { kind: "invalid", text };
}
