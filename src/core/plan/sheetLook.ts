import type { ChartPosition, ColumnKind, ColumnPlan, PlanFont, SheetPlan } from "./writePlan";

/**
 * How the add-in's sheets look, decided once for every writer: the number format of each kind of
 * column, the table style, the font of links and of the totals row, frozen header, and where the
 * chart goes. The writers only translate these into their host's calls.
 */

/**
 * Text and link columns are text ("@"): Excel turns a string written to a cell that is not text
 * into a number, a date or a formula, and a partner named "=HYPERLINK(…)" must stay that text.
 */
const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  link: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  number: "0.00",
  percent: "0%",
};

/** Excel's own hyperlink style (the "Hyperlink" cell style of the Office theme). */
const LINK_FONT: PlanFont = { bold: false, underline: true, color: "#0563C1" };
const TOTALS_FONT: PlanFont = { bold: true, underline: false, color: null };

/** What every sheet of the add-in shares: see SheetPlan for each field. */
export const SHEET_LOOK: Pick<
  SheetPlan,
  "headerNumberFormat" | "tableStyle" | "linkFont" | "totalsFont" | "freezeRows"
> = {
  headerNumberFormat: "@",
  tableStyle: "TableStyleMedium2",
  linkFont: LINK_FONT,
  totalsFont: TOTALS_FONT,
  freezeRows: 1,
};

/** A column of a kind, with the kind's number format; `width` in characters (see ColumnPlan.width). */
export function column(header: string, kind: ColumnKind, width: number): ColumnPlan {
  return { header, kind, width, numberFormat: NUMBER_FORMATS[kind] };
}

/** A chart one column right of a table of `columns` columns, from the second row: 9 columns by 20 rows. */
export function chartBeside(columns: number): ChartPosition {
  const left = columns + 1;
  return { topLeft: { row: 1, column: left }, bottomRight: { row: 20, column: left + 8 } };
}
