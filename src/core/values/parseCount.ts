import type { CellValue } from "../workbook";
import { foldText } from "../text/foldText";
import { chineseDigitsToArabic } from "./chineseNumber";

/** A count of copies: 4, "4", "4份", "一式四份", "三份"; null when blank or not a whole number. */
export function parseCount(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(?:1式)?(\d+)份?$/.exec(chineseDigitsToArabic(foldText(value)));
  return m ? Number(m[1]) : null;
}
