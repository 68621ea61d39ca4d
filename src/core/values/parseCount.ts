import type { CellValue } from "../workbook";
import { foldText } from "../text/foldText";

/** A count of copies: 4, "4", "4份"; null when the cell is blank or holds no whole number. */
export function parseCount(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(\d+)份?$/.exec(foldText(value));
  return m ? Number(m[1]) : null;
}
