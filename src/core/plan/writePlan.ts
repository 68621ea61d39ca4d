/**
 * What the add-in writes, as plain data (Terraform's plan): made by the core from an analysis,
 * carried out unchanged by the office-js writer inside Excel and by the exceljs writer for the
 * command line. WORKBOOK.md limits it to conditional formats on the register rows, the add-in's
 * own sheets (each replaced whole) and the add-in's settings; nothing here can touch a user's cell.
 */
export interface WritePlan {
  /** The add-in's own sheets to create or replace whole, in the order they are to appear. */
  sheets: SheetPlan[];
  /**
   * Sheets the add-in made earlier that this plan no longer wants (the other language's names,
   * an old year's summary is kept: see `planWrites`). Only sheets the add-in can prove it made.
   */
  deleteSheets: string[];
  /** The conditional formats of each register sheet; the add-in's earlier rules are removed first. */
  highlights: HighlightPlan[];
  /** When true, the add-in's conditional formats are removed from every sheet not in `highlights`. */
  clearOtherHighlights: boolean;
  /** Settings to store in the workbook (Office settings inside Excel); null removes one. */
  settings: Record<string, string | null>;
}

/**
 * How the add-in knows its own work in any workbook, without trusting names alone: its sheets
 * hold an Excel table named with this prefix, and its conditional formats carry the marker
 * inside their formula (as N("PartnerCities:expired"), which is 0 and changes nothing).
 */
export const TABLE_PREFIX = "PartnerCities_";
export const HIGHLIGHT_MARKER = "PartnerCities";

/** A cell the plan writes. Strings are always written as text, whatever they start with. */
export type PlanValue = string | number | boolean | null;

export type ColumnKind = "text" | "date" | "integer" | "number" | "percent" | "link";

export interface ColumnPlan {
  header: string;
  kind: ColumnKind;
  /**
   * Width in characters, as Excel's Format ▸ Column Width shows it: digits of the workbook's
   * default font (Calibri or 等线 11: 7 px a digit), not counting the 5 px of cell padding that
   * Excel adds. Each host converts: points for office.js, the <col width> of the file.
   */
  width: number;
  /** Excel number format code of the column's body and totals cells. */
  numberFormat: string;
}

/** A font as the plan sets it on cells; `color` "#RRGGBB", null for the cell style's own. */
export interface PlanFont {
  bold: boolean;
  /** Single underline when true. */
  underline: boolean;
  color: string | null;
}

/** A cell of a sheet, 0-based (row 0 is the header row, column 0 is A). */
export interface PlanCell {
  row: number;
  column: number;
}

/** Where a chart sits: from the top-left corner of `topLeft` over every cell up to `bottomRight` included. */
export interface ChartPosition {
  topLeft: PlanCell;
  bottomRight: PlanCell;
}

/** A link cell: the text shown, and the cell it goes to ('Sheet name'!B4). */
export interface LinkValue {
  text: string;
  target: string;
}

export interface SheetPlan {
  name: string;
  /** The Excel table's name: the add-in recognises its own sheets by it. */
  tableName: string;
  columns: ColumnPlan[];
  /** Body rows; a date column holds Excel serial numbers, a link column LinkValues. */
  rows: (PlanValue | LinkValue)[][];
  /** A last row of totals under the table, labelled in its first column. */
  totals: PlanValue[] | null;
  /** Number format code of the header row's cells. */
  headerNumberFormat: string;
  /** Excel's name of the table's style, e.g. "TableStyleMedium2" (banded rows, filter buttons). */
  tableStyle: string;
  /** The font of every link cell. */
  linkFont: PlanFont;
  /** The font of the totals row. */
  totalsFont: PlanFont;
  /** Rows frozen at the top: the header. */
  freezeRows: number;
  chart: ChartPlan | null;
}

interface ChartPlan {
  title: string;
  type: "columnClustered";
  /** 0-based column of the table holding the categories (partner names). */
  categoryColumn: number;
  /** 0-based columns of the series (this year's and last year's exchanges). */
  seriesColumns: number[];
  /** The cells the chart covers: its anchor and its size. */
  position: ChartPosition;
}

export type HighlightStatus = "expired" | "urgent" | "expiring";

export interface HighlightRule {
  status: HighlightStatus;
  /** Formula relative to the range's top-left cell, anchored on the row. */
  formula: string;
  fill: string;
  fontColor: string;
}

export interface HighlightPlan {
  sheet: string;
  /** A1 address of the register's records (first to last data row, all its columns). */
  range: string;
  rules: HighlightRule[];
}
