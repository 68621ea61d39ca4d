import type { CellRef } from "../../model";
import { columnLetter } from "../../detect/mapping";
import type { LinkValue } from "../writePlan";
import { quoteSheet } from "../ownSheets";

/** A link to a record's cell (or its row's first cell), shown as the sheet and cell: 友城名录!B4. */
export function placeLink(at: CellRef): LinkValue {
  const cell = `${columnLetter(at.column ?? 0)}${at.row}`;
  return { text: `${at.sheet}!${cell}`, target: `${quoteSheet(at.sheet)}!${cell}` };
}
