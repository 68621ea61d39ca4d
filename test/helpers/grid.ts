import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/workbook";
import { toExcelSerial } from "../../src/core/dates/isoDate";

/** A date cell as Excel holds it: a serial number (use with a date number format where it matters). */
export const serial = (iso: string): number => toExcelSerial(iso);

/** A sheet from rows of cells; rows[0] is Excel row 1. */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values: rows, ...extra };
}

export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
