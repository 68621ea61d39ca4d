import type { LinkValue, PlanFont, PlanValue, SheetPlan } from "../core/plan/writePlan";
import { a1, cellValue, isLink, linkRuns } from "../core/plan/planCells";
import { columnLetter } from "../core/detect/mapping";
import { columnWidthPoints } from "./columnWidth";
import type { IncompleteRecord } from "./incompleteSheets";
import type { PreviousSheet } from "./previousSheets";
import { officeRequirements } from "./requirements";
import { argumentBytes, gridPieces, wireCost } from "./wireCost";

/** Rows of one sheet written per step, so that a big sheet can be split across round trips. */
const ROWS_PER_STEP = 2000;
/** At most this much of the request per step of rows, so that steps pack well under the budget. */
const STEP_BYTES = 256 * 1024;

/** Calls queued together, with their share of the request as the client sends it. */
export interface Step {
  bytes: number;
  queue(): void;
  /** An earlier sheet written over in place: which, and whether this step is its last. */
  writes?: { sheet: string; last: boolean };
}

/** A step of a few calls with short arguments (a sheet's name, an address). */
export const small = (queue: () => void): Step => ({ bytes: wireCost(3, 8, "~".repeat(200)), queue });

/**
 * A sheet the workbook does not have yet: built under a temporary name and given its own once
 * complete, so that a failure part way leaves no half-written sheet under the add-in's names
 * (the next run removes the temporary one). Nothing can point at it yet, so nothing is lost.
 */
export function newSheetSteps(worksheets: Excel.WorksheetCollection, plan: SheetPlan, temp: string): Step[] {
  const sheet = () => worksheets.getItem(temp);
  return [
    {
      bytes: headerBytes(plan),
      queue() {
        writeHeader(worksheets.add(temp), plan);
      },
    },
    ...bodySteps(sheet, plan),
    small(() => {
      const ws = sheet();
      addTable(ws, plan);
      finish(ws, plan);
      ws.name = plan.name;
    }),
  ];
}

/**
 * The earlier run's sheet of this kind, written over in place: the same worksheet and the same
 * table, renamed when the name differs (another language), so that Excel rewrites every formula,
 * name and chart of the user's that points at them instead of making them #REF!, as deleting
 * the sheet would. The earlier run's chart goes, and the table is brought to the plan's columns
 * and rows by inserting or deleting cells inside it: Excel then moves the cells under it — the
 * totals row — with whatever points at them, so a user's reference to a total still finds it (a
 * resize, ExcelApi 1.13, would leave the cells where they are and the totals inside the table).
 * Then values, formats, links, widths, totals, chart and frozen rows are written as on a new
 * sheet. The workbook's setting names the sheet from the first change to the last
 * (incompleteSheets.ts), since a failure in between leaves it half-written.
 */
export function inPlaceSteps(
  context: Excel.RequestContext,
  plan: SheetPlan,
  previous: PreviousSheet,
  record: IncompleteRecord,
): Step[] {
  const worksheets = context.workbook.worksheets;
  const sheet = () => worksheets.getItem(plan.name);
  const writes = { sheet: plan.name, last: false };
  const begin = record.begin(previous.sheet, plan.name);
  const end = record.end(plan.name);
  const width = plan.columns.length;
  const body = Math.max(plan.rows.length, 1);
  const lastColumn = columnLetter(width - 1);
  const first: Step = {
    bytes:
      headerBytes(plan) +
      wireCost(6, 10 + previous.charts.length, previous.sheet, plan.name, previous.table, plan.tableName) +
      previous.charts.reduce((n, c) => n + argumentBytes(c), 0),
    writes,
    queue() {
      begin(context);
      const ws = worksheets.getItem(previous.sheet);
      if (previous.sheet !== plan.name) ws.name = plan.name;
      for (const chart of previous.charts) ws.charts.getItem(chart).delete();
      const table = ws.tables.getItem(previous.table);
      if (previous.reusable) {
        if (previous.table !== plan.tableName) table.name = plan.tableName;
        resizeTable(ws, previous, width, body);
        // The body and the row under it (the totals, or nothing): the earlier run's formats and
        // links go, where a row of the plan has none.
        ws.getRange(`A2:${lastColumn}${body + 2}`).clear("All");
      } else {
        // A table moved away from A1 or cut to one column by hand: the sheet stays, the table is made anew.
        table.delete();
        ws.getRange().clear("All");
      }
      writeHeader(ws, plan);
    },
  };
  const steps = [first, ...bodySteps(sheet, plan).map((step) => ({ ...step, writes }))];
  steps.push({
    ...small(() => {
      const ws = sheet();
      if (previous.reusable) ws.tables.getItem(plan.tableName).style = plan.tableStyle;
      else addTable(ws, plan);
      finish(ws, plan);
      end(context);
    }),
    writes: { ...writes, last: true },
  });
  return steps;
}

/**
 * The table, `columns` × `rows` (body rows) at A1 with the earlier run's totals row under it,
 * brought to `width` × `body`. Only cells of the table itself are shifted sideways, as Excel's
 * "insert table columns" does; rows are shifted in the table's columns, the totals row with them.
 */
function resizeTable(ws: Excel.Worksheet, previous: PreviousSheet, width: number, body: number): void {
  const height = previous.rows + 1;
  // Columns before its last one are inside it (it has at least two).
  if (width > previous.columns) {
    ws.getRange(`${columnLetter(previous.columns - 1)}1:${columnLetter(width - 2)}${height}`).insert("Right");
  } else if (width < previous.columns) {
    // The totals under the columns that go would be left behind, outside the rows that move.
    if (previous.totals)
      ws.getRange(`${columnLetter(width)}${height + 1}:${columnLetter(previous.columns - 1)}${height + 1}`).clear(
        "All",
      );
    ws.getRange(`${columnLetter(width)}1:${columnLetter(previous.columns - 1)}${height}`).delete("Left");
    // Widths belong to the sheet's columns, not to the cells that moved: those no longer used get the standard one.
    ws.getRange(`${columnLetter(width)}:${columnLetter(previous.columns - 1)}`).format.useStandardWidth = true;
  }
  // Rows before its last body row are inside it; its first body row always stays.
  const lastColumn = columnLetter(width - 1);
  if (body > previous.rows) ws.getRange(`A${previous.rows + 1}:${lastColumn}${body}`).insert("Down");
  else if (body < previous.rows) ws.getRange(`A${body + 2}:${lastColumn}${previous.rows + 1}`).delete("Up");
}

/**
 * One number format for every cell of a range. Excel takes a single value for a whole range (the
 * client sends it as it is, where a grid over 1,500 cells goes in pieces); the typings declare
 * only the grid.
 */
function formatAll(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

function headerBytes(plan: SheetPlan): number {
  const width = plan.columns.length;
  return wireCost(
    2 + 2 * width,
    3 + 2 * width,
    plan.columns.map((c) => c.header),
    plan.columns.map((c) => c.numberFormat),
  );
}

/**
 * Column widths, the body's number formats and the header. Number formats go on whole columns
 * of the body at once, before any value (a text column's "@" keeps a partner named
 * "=HYPERLINK(…)" text): one call per column, not a grid per block.
 */
function writeHeader(ws: Excel.Worksheet, plan: SheetPlan): void {
  const bodyRows = plan.rows.length;
  plan.columns.forEach((c, i) => {
    const column = columnLetter(i);
    ws.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(c.width);
    if (bodyRows > 0) formatAll(ws.getRange(`${column}2:${column}${bodyRows + 1}`), c.numberFormat);
  });
  const header = ws.getRange(`A1:${columnLetter(plan.columns.length - 1)}1`);
  formatAll(header, plan.headerNumberFormat);
  header.values = [plan.columns.map((c) => c.header)];
}

function addTable(ws: Excel.Worksheet, plan: SheetPlan): void {
  const table = ws.tables.add(`A1:${columnLetter(plan.columns.length - 1)}${Math.max(plan.rows.length, 1) + 1}`, true);
  table.name = plan.tableName;
  table.style = plan.tableStyle;
}

/** Frozen rows, the totals under the table (an empty table still has one blank body row) and the chart. */
function finish(ws: Excel.Worksheet, plan: SheetPlan): void {
  const bodyRows = plan.rows.length;
  const lastColumn = columnLetter(plan.columns.length - 1);
  ws.freezePanes.freezeRows(plan.freezeRows);
  if (plan.totals) {
    const row = Math.max(bodyRows, 1) + 2;
    const totals = ws.getRange(`A${row}:${lastColumn}${row}`);
    totals.numberFormat = [plan.columns.map((c) => c.numberFormat)];
    totals.values = [plan.totals.map((v) => v ?? "")];
    setFont(totals, plan.totalsFont);
  }
  if (plan.chart && bodyRows > 0) {
    const { categoryColumn, seriesColumns } = plan.chart;
    const from = columnLetter(Math.min(categoryColumn, ...seriesColumns));
    const to = columnLetter(Math.max(categoryColumn, ...seriesColumns));
    const chart = ws.charts.add("ColumnClustered", ws.getRange(`${from}1:${to}${bodyRows + 1}`), "Columns");
    chart.title.text = plan.chart.title;
    chart.setPosition(a1(plan.chart.position.topLeft), a1(plan.chart.position.bottomRight));
  }
}

/** The body's values, links and link fonts, in steps of rows sized to the request budget. */
function bodySteps(sheet: () => Excel.Worksheet, plan: SheetPlan): Step[] {
  const width = plan.columns.length;
  const lastColumn = columnLetter(width - 1);
  const bodyRows = plan.rows.length;
  const steps: Step[] = [];
  const linkColumns = plan.columns.flatMap((_, c) => (plan.rows.some((r) => isLink(r[c]!)) ? [c] : []));
  // A column's links in one setCellProperties call needs ExcelApi 1.9 (Microsoft 365, Excel 2021,
  // the web); Office 2019 (1.8) gets one hyperlink per cell, each a range of its own in the request.
  // Outside Office (the in-memory host of the tests and the preview) there is nothing to ask: by column.
  const requirements = officeRequirements();
  const byColumn = !requirements || requirements.isSetSupported("ExcelApi", "1.9");
  for (let start = 0; start < bodyRows;) {
    // Rows in one step: at most ROWS_PER_STEP, and at most STEP_BYTES of request.
    let end = start;
    // The sheet looked up, its block's range, and a range per column of links.
    let bytes = wireCost(2 + linkColumns.length, 1 + linkColumns.length);
    while (end < bodyRows && end - start < ROWS_PER_STEP) {
      const row = rowBytes(plan.rows[end]!, linkColumns, byColumn);
      if (end > start && bytes + row > STEP_BYTES) break;
      bytes += row;
      end++;
    }
    const rows = plan.rows.slice(start, end);
    const runs = linkRuns(rows);
    bytes += runs.length * wireCost(1, 3, plan.linkFont);
    const first = start;
    start = end;
    steps.push({
      bytes: bytes + gridPieces(rows.length, width),
      queue() {
        const ws = sheet();
        const top = first + 2;
        const bottom = first + 1 + rows.length;
        ws.getRange(`A${top}:${lastColumn}${bottom}`).values = rows.map((r) => r.map(cellValue));
        for (const c of linkColumns) {
          const column = columnLetter(c);
          if (byColumn) {
            ws.getRange(`${column}${top}:${column}${bottom}`).setCellProperties(
              rows.map((r) => [linkProperties(r[c]!)]),
            );
            continue;
          }
          rows.forEach((r, i) => {
            const link = r[c]!;
            if (isLink(link)) ws.getRange(`${column}${top + i}`).hyperlink = hyperlinkOf(link);
          });
        }
        for (const run of runs) {
          const column = columnLetter(run.column);
          setFont(ws.getRange(`${column}${top + run.first}:${column}${top + run.last}`), plan.linkFont);
        }
      },
    });
  }
  return steps;
}

/**
 * A body row's share of the request: its values, and each link's properties in its column's call
 * (by column), or each link as a range and a call of its own (cell by cell).
 */
function rowBytes(row: (PlanValue | LinkValue)[], linkColumns: number[], byColumn: boolean): number {
  let bytes = argumentBytes(row.map(cellValue)) + 1;
  for (const c of linkColumns) {
    const v = row[c]!;
    if (byColumn) bytes += argumentBytes([linkProperties(v)]) + 1;
    else if (isLink(v)) bytes += wireCost(1, 1, hyperlinkOf(v));
  }
  return bytes;
}

function hyperlinkOf(v: LinkValue): Excel.RangeHyperlink {
  return { documentReference: v.target, textToDisplay: v.text };
}

function linkProperties(v: PlanValue | LinkValue): { hyperlink?: Excel.RangeHyperlink } {
  return isLink(v) ? { hyperlink: hyperlinkOf(v) } : {};
}

function setFont(range: Excel.Range, font: PlanFont): void {
  if (font.bold) range.format.font.bold = true;
  if (font.underline) range.format.font.underline = "Single";
  if (font.color) range.format.font.color = font.color;
}
