/** A1 addresses for the writer: sheet-qualified ranges, as a chart's formulas write them. */
import { columnIndex as coreColumnIndex, columnLetter } from "../../core/detect/mapping";
import { quoteSheet } from "../../core/plan/ownSheets";

/** Letters the pattern below has already checked → 0-based column (A → 0). */
export function columnIndex(letters: string): number {
  const index = coreColumnIndex(letters);
  if (index === null) throw new Error(`not a column: ${letters}`);
  return index;
}

export interface SheetRange {
  sheet: string;
  /** 0-based, inclusive. */
  firstColumn: number;
  firstRow: number;
  lastColumn: number;
  lastRow: number;
}

/**
 * Parses `'Sheet name'!$A$2:$A$16` (or `Sheet1!A2:A16`, or a single cell) into a sheet and
 * 0-based bounds. Throws on anything else: a chart must point at a plain rectangle.
 */
export function parseSheetRange(ref: string): SheetRange {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    ref.trim(),
  );
  if (!m) throw new Error(`not a sheet-qualified A1 range: ${ref}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = columnIndex(m[3]);
  const r1 = Number(m[4]) - 1;
  const c2 = m[5] ? columnIndex(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) - 1 : r1;
  return {
    sheet,
    firstColumn: Math.min(c1, c2),
    firstRow: Math.min(r1, r2),
    lastColumn: Math.max(c1, c2),
    lastRow: Math.max(r1, r2),
  };
}

/** `'Sheet'!$B$2:$B$9`: a range as a chart's formula writes it, sheet quoted, absolute. */
export function absoluteRange(range: SheetRange): string {
  const tl = `$${columnLetter(range.firstColumn)}$${range.firstRow + 1}`;
  const br = `$${columnLetter(range.lastColumn)}$${range.lastRow + 1}`;
  return `${quoteSheet(range.sheet)}!${tl}:${br}`;
}

/** `'Sheet'!$B$2:$B$9` for a 0-based column and 0-based rows. */
export function absoluteColumnRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  return absoluteRange({ sheet, firstColumn: column, lastColumn: column, firstRow, lastRow });
}
