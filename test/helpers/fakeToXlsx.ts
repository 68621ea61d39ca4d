/**
 * Writes the in-memory host's state as an .xlsx file (exceljs), for tests that compare what the
 * office-js writer left in it with the command line's copy (the host itself saves no file): cells (values, formulas with their
 * cached results, number formats, bold, underline, colours, wrap, links — internal ones as
 * `{ text, hyperlink: "#'Sheet'!A1" }`), column formats and widths, tables, "Custom"
 * conditional formats (as expression rules), frozen rows, sheet visibility and the active sheet.
 *
 * exceljs cannot write charts: `chartsForXlsx(state)` lists the state's charts in the shape of
 * `addCharts` (addCharts.ts beside this one), and `fakeStateToXlsx(state, postProcess)` hands the
 * written file to `postProcess` so that module can add them. Conditional formats of other kinds
 * (read from a file) and settings are not written.
 */
import ExcelJS from "exceljs";
import type { ChartSpec } from "../../src/excel-file/chartXml";
import { columnLetter } from "../../src/core/detect/mapping";
import { parseAddress, parseArea, quoteSheetName, type Rect } from "../../src/excel-fake/address";
import { getCell, tableRect } from "../../src/excel-fake/sheetOps";
import { parseCellKey, type FakeCell, type FakeSheet, type FakeWorkbookState } from "../../src/excel-fake/state";

/**
 * A column's width as Excel saves it from points (`<col width>`, ECMA-376 Part 1, 18.3.1.13): its
 * whole pixels, 0.75 point each, over the default font's 7 px digit, in 256ths.
 */
function pointsToFileWidth(points: number): number {
  const pixels = Math.round(points / 0.75);
  return pixels <= 0 ? 0 : Math.trunc((pixels / 7) * 256) / 256;
}

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

const UNDERLINES: Record<string, ExcelJS.Font["underline"]> = {
  Single: true,
  Double: "double",
  SingleAccountant: "singleAccounting",
  DoubleAccountant: "doubleAccounting",
};

function fontOf(format: { bold?: boolean; underline?: string; fontColor?: string }): Partial<ExcelJS.Font> {
  return {
    bold: format.bold,
    underline: format.underline ? UNDERLINES[format.underline] : undefined,
    color: format.fontColor ? { argb: argb(format.fontColor) } : undefined,
  };
}

function a1(rect: Rect): string {
  const first = `$${columnLetter(rect.column)}$${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:$${columnLetter(rect.column + rect.columnCount - 1)}$${rect.row + rect.rowCount}`;
}

/**
 * The state's column-clustered charts as `addCharts` specs: the source's first column holds the
 * categories and each further column a series named by its header (the source's first row).
 * Charts of other types, or with a source of fewer than two rows or columns, are left out.
 */
export function chartsForXlsx(state: FakeWorkbookState): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const sheet of state.sheets) {
    for (const chart of sheet.charts) {
      if (chart.type !== "ColumnClustered") continue;
      const parsed = parseAddress(chart.source);
      if (!parsed || parsed.rect.rowCount < 2 || parsed.rect.columnCount < 2) continue;
      const sourceSheetName = parsed.sheet ?? sheet.name;
      const sourceSheet = state.sheets.find((s) => s.name === sourceSheetName) ?? sheet;
      const q = quoteSheetName(sourceSheetName);
      const { row, column, rowCount, columnCount } = parsed.rect;
      const body = { row: row + 1, rowCount: rowCount - 1 };
      const series = [];
      for (let j = 1; j < columnCount; j++) {
        const header = getCell(sourceSheet, row, column + j)?.value;
        series.push({
          name: header === null || header === undefined ? `Series${j}` : String(header),
          values: `${q}!${a1({ ...body, column: column + j, columnCount: 1 })}`,
        });
      }
      const from = chart.position ? parseArea(chart.position.from) : null;
      const to = chart.position?.to ? parseArea(chart.position.to) : null;
      const start = from ? { col: from.column, row: from.row } : { col: column + columnCount + 1, row };
      const end = to ? { col: to.column + 1, row: to.row + 1 } : { col: start.col + 8, row: start.row + 15 };
      specs.push({
        sheet: sheet.name,
        title: chart.title ?? "",
        type: "columnClustered",
        categories: `${q}!${a1({ ...body, column, columnCount: 1 })}`,
        series,
        anchor: { from: start, to: end },
      });
    }
  }
  return specs;
}

function cellValue(cell: FakeCell): ExcelJS.CellValue {
  const scalar =
    cell.error && typeof cell.value === "string" ? ({ error: cell.value } as ExcelJS.CellErrorValue) : cell.value;
  if (cell.formula !== undefined) {
    const result = scalar === null ? undefined : scalar;
    return { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (cell.hyperlink) {
    const target =
      cell.hyperlink.documentReference !== undefined
        ? `#${cell.hyperlink.documentReference}`
        : (cell.hyperlink.address ?? "");
    const link: ExcelJS.CellHyperlinkValue = {
      text: cell.value === null ? target : String(cell.value),
      hyperlink: target,
    };
    if (cell.hyperlink.screenTip) link.tooltip = cell.hyperlink.screenTip;
    return link;
  }
  return scalar;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: FakeSheet): void {
  const state = sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
  const ws = workbook.addWorksheet(sheet.name, {
    state,
    views:
      sheet.freezeRows > 0
        ? [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }]
        : [],
  });
  for (const [column, points] of Object.entries(sheet.columnWidths))
    ws.getColumn(Number(column) + 1).width = pointsToFileWidth(points);
  for (const [column, format] of Object.entries(sheet.columnFormats)) {
    const col = ws.getColumn(Number(column) + 1);
    if (format.numberFormat) col.numFmt = format.numberFormat;
    if (format.bold || format.underline || format.fontColor) col.font = fontOf(format);
    if (format.fill) col.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
    if (format.wrapText) col.alignment = { wrapText: true };
  }
  // Tables first: exceljs writes their header and rows into the cells, which the cells then overwrite.
  for (const table of sheet.tables) {
    const rect = tableRect(table);
    const top = table.showHeaders ? 1 : 0;
    const bottom = table.showTotals ? 1 : 0;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = rect.row + top; r < rect.row + rect.rowCount - bottom; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const cell = getCell(sheet, r, c);
        row.push(cell ? cellValue(cell) : null);
      }
      rows.push(row);
    }
    const totalsLabel = table.showTotals ? getCell(sheet, rect.row + rect.rowCount - 1, rect.column)?.value : undefined;
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: `${columnLetter(rect.column)}${rect.row + 1}`,
      headerRow: table.showHeaders,
      totalsRow: table.showTotals,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.headers.map((name, j) => ({
        name,
        filterButton: true,
        ...(table.showTotals && j === 0 && totalsLabel !== undefined && totalsLabel !== null
          ? { totalsRowLabel: String(totalsLabel) }
          : {}),
      })),
      rows,
    });
  }
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = parseCellKey(key);
    const target = ws.getCell(r + 1, c + 1);
    target.value = cellValue(cell);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold || cell.underline || cell.fontColor) target.font = fontOf(cell);
    if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
    if (cell.wrapText) target.alignment = { wrapText: true };
  }
  sheet.conditionalFormats.forEach((cf, index) => {
    if (cf.type !== "Custom" || !cf.formula) return;
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
    ws.addConditionalFormatting({
      ref: cf.address,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style,
          ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
        },
      ],
    });
  });
}

/**
 * The state as an .xlsx file. `postProcess` (e.g. adding the charts of `chartsForXlsx` with
 * `addCharts`) gets the written file and returns the final one.
 */
export async function fakeStateToXlsx(
  state: FakeWorkbookState,
  postProcess?: (xlsx: Buffer, state: FakeWorkbookState) => Promise<Buffer>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of state.sheets) writeSheet(workbook, sheet);
  const active = state.activeSheet === null ? -1 : state.sheets.findIndex((s) => s.name === state.activeSheet);
  if (active >= 0)
    workbook.views = [
      { activeTab: active, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" },
    ];
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return postProcess ? postProcess(written, state) : written;
}
