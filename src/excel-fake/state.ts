/**
 * The in-memory workbook behind the fake Excel host: plain data (JSON-serialisable), so a test
 * can build one by hand, compare one with `toEqual`, or keep one in a preview page.
 * Rows and columns are 0-based, as `Range.rowIndex` / `Range.columnIndex`.
 */

export type FakeScalar = string | number | boolean | null;

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

/** What `Range.hyperlink` takes: a link inside the workbook (`documentReference`) or a URL (`address`). */
export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/**
 * One cell. `value` is the constant, or for a formula cell the cached result (null when the
 * result is unknown: the host does not calculate). Absent optional fields mean Excel's default
 * (General, not bold, not underlined, no fill, black font, no wrap, no link).
 */
export interface FakeCell {
  value: FakeScalar;
  /** Formula text with its leading "=". */
  formula?: string;
  /** True when `value` is an error text such as "#N/A". */
  error?: boolean;
  numberFormat?: string;
  hyperlink?: FakeHyperlink;
  bold?: boolean;
  /** `RangeFont.underline` other than "None" ("Single", "Double" …). */
  underline?: string;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  fontColor?: string;
  wrapText?: boolean;
}

/** Formats set on whole columns (a range spanning every row), read by cells that have none of their own. */
export interface FakeColumnFormat {
  numberFormat?: string;
  bold?: boolean;
  underline?: string;
  fill?: string;
  fontColor?: string;
  wrapText?: boolean;
}

export interface FakeTable {
  /** Unique in the workbook, case-insensitively. */
  name: string;
  /** A1 address on its sheet, header and totals rows included, e.g. "A1:D10". */
  address: string;
  /** Header texts, kept equal to the header row's cells. */
  headers: string[];
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface FakeChart {
  name: string;
  /** `Excel.ChartType` as passed to `ChartCollection.add`, e.g. "ColumnClustered". */
  type: string;
  /** Sheet-qualified A1 address of the source data ("'Sheet 1'!A1:C9"). */
  source: string;
  seriesBy: string;
  title: string | null;
  /** Top-left and bottom-right cells given to `setPosition` (A1, on the chart's sheet). */
  position: { from: string; to: string | null } | null;
}

export interface FakeConditionalFormat {
  /** A1 address on its sheet; several areas are separated by spaces, as in OOXML's sqref ("A2:D4 A8:D9"). */
  address: string;
  /** `Excel.ConditionalFormatType`; this host creates "Custom" ones only. */
  type: string;
  /** Rule formula with its leading "=", or null when not set. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: FakeVisibility;
  protected: boolean;
  /** Sparse: key "row,column" (0-based). */
  cells: Record<string, FakeCell>;
  columnFormats: Record<number, FakeColumnFormat>;
  tables: FakeTable[];
  charts: FakeChart[];
  /** In priority order: index 0 is evaluated first (`ConditionalFormat.priority` 0). */
  conditionalFormats: FakeConditionalFormat[];
  /** Rows frozen at the top (0: none). */
  freezeRows: number;
  /** Column widths in points (the unit of `RangeFormat.columnWidth`), by 0-based column. */
  columnWidths: Record<number, number>;
}

export interface FakeWorkbookState {
  /** In tab order. */
  sheets: FakeSheet[];
  /** Name of the active sheet; null means the first visible one. */
  activeSheet: string | null;
  /** What `Range.select()` last selected (its sheet is then the active one); absent until then. */
  selection?: FakeSelection;
  /** Office settings (`workbook.settings`): JSON values by key. */
  settings: Record<string, unknown>;
  /** The workbook counts dates from 1904 (`Workbook.use1904DateSystem`): cell serials are that system's. */
  date1904?: boolean;
}

/** The selected range: its sheet and its A1 address on that sheet ("E5", "A4:C4"). */
interface FakeSelection {
  sheet: string;
  address: string;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export function parseCellKey(key: string): [number, number] {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: {},
    columnFormats: {},
    tables: [],
    charts: [],
    conditionalFormats: [],
    freezeRows: 0,
    columnWidths: {},
  };
}

/** A new workbook as Excel makes one: a single empty "Sheet1". */
export function emptyWorkbookState(sheetNames: string[] = ["Sheet1"]): FakeWorkbookState {
  return { sheets: sheetNames.map(emptySheet), activeSheet: null, settings: {} };
}

/** Excel's default column width (8.43 characters of Calibri 11) in points. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

/**
 * Column widths as a file stores them (`<col width>`, ECMA-376 Part 1, 18.3.1.13): the column's
 * pixels over the widest digit of the default font (7 px for Calibri or 等线 11), in 256ths, the
 * 5 px of padding included; office.js gives points, 0.75 a pixel at 96 dpi. So Excel's default
 * column, 8.43 characters, is 64 px, 48 points, and 9.140625 in the file.
 */
const DIGIT_PIXELS = 7;

/** Points of a column from its width in a file. */
export function fileWidthToPoints(width: number): number {
  if (!(width > 0)) return 0;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * 0.75;
}
