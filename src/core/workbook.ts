/**
 * The workbook as the core sees it: plain cell grids, exactly as office-js hands them over
 * (`range.values` and `range.numberFormat`) and as the exceljs reader reproduces them.
 *
 * - A date cell is its Excel serial number in the workbook's date system (1900, or 1904 where
 *   `date1904` says so), with its number format beside it.
 * - An error cell (#N/A, #REF! …) is its error text.
 * - A formula cell is its last computed result.
 * - Cells covered by a merge, except the top-left one, are empty ("" or null), as in office-js.
 */
export type CellValue = string | number | boolean | null;

export interface TableRegion {
  /** The ListObject's name, as Excel shows it. */
  name: string;
  /** 0-based row of the table's header row within the sheet grid. */
  headerRow: number;
  /** 0-based last row of the table's body (inclusive). */
  lastRow: number;
  /** 0-based first and last columns (inclusive). */
  firstColumn: number;
  lastColumn: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major; values[0][0] is cell A1. Rows may be ragged; missing cells are empty. */
  values: CellValue[][];
  /** Number formats, same shape as `values` where known ("General", 'yyyy"年"m"月"d"日"' …). */
  formats?: (string | null)[][];
  /** Excel tables (ListObjects) on the sheet. */
  tables?: TableRegion[];
  /** The workbook counts dates from 1904 (its serials are 1,462 days less than the 1900 system's). */
  date1904?: boolean;
  /**
   * 0-based [row, column] of formula cells that hold no calculated value (the file was saved by
   * a program that does not calculate); their value is unknown, and they are empty in `values`.
   */
  uncalculated?: [number, number][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The workbook's date system is 1904 (each sheet says so too, for the readers of one sheet). */
  date1904?: boolean;
}
