/**
 * What the preview grid shows of one sheet of the in-memory workbook: each cell's text as Excel
 * would display it (by its number format, enough to read dates as dates; formulas show their
 * cached result, never calculated) and its colours (the cell's own, an Excel table's style, and
 * the add-in's highlight rules evaluated by highlightRules.ts). Plain data: rendered as text by Grid.tsx.
 */
import { formatCellText } from "../excel-fake/text";
import { columnLetter } from "../core/detect/mapping";
import { cellKey, parseCellKey, type FakeSheet, type FakeWorkbookState } from "../excel-fake/state";
import { parseAreas } from "../excel-fake/address";
import { evaluateHighlights } from "./highlightRules";

const MAX_VIEW_ROWS = 500;
const MAX_VIEW_COLUMNS = 40;

/** Excel's TableStyleMedium2 (the add-in's tables), roughly: blue header, banded rows. */
const TABLE_HEADER = { fill: "#4472C4", fontColor: "#FFFFFF", bold: true };
const TABLE_BAND = "#D9E1F2";

interface ViewCell {
  text: string;
  /** Right-aligned like Excel's numbers. */
  numeric: boolean;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
  /** The add-in's highlight status when one of its rules colours this cell. */
  highlight: string | null;
  /** A link's target, shown as a tooltip (never followed). */
  link: string | null;
  formula: string | null;
}

interface SheetView {
  name: string;
  rowCount: number;
  columnCount: number;
  totalRows: number;
  totalColumns: number;
  columnLetters: string[];
  /** Column widths in CSS pixels. */
  widths: number[];
  rows: ViewCell[][];
  charts: { title: string; type: string; source: string }[];
}

/** Points to CSS pixels (Excel's widths are in points). */
const px = (points: number) => Math.round((points * 4) / 3);

export function sheetView(sheet: FakeSheet, state: FakeWorkbookState, todaySerial: number): SheetView {
  let totalRows = 0;
  let totalColumns = 0;
  for (const key of Object.keys(sheet.cells)) {
    const [r, c] = parseCellKey(key);
    totalRows = Math.max(totalRows, r + 1);
    totalColumns = Math.max(totalColumns, c + 1);
  }
  const tableStyle = new Map<string, { fill: string; fontColor?: string; bold?: boolean }>();
  for (const table of sheet.tables) {
    const area = parseAreas(table.address)?.[0];
    if (!area) continue;
    totalRows = Math.max(totalRows, area.row + area.rowCount);
    totalColumns = Math.max(totalColumns, area.column + area.columnCount);
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      const header = table.showHeaders && r === area.row;
      const banded = (r - area.row - (table.showHeaders ? 1 : 0)) % 2 === 0;
      if (!header && !banded) continue;
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        tableStyle.set(cellKey(r, c), header ? TABLE_HEADER : { fill: TABLE_BAND });
      }
    }
  }
  const rowCount = Math.min(totalRows, MAX_VIEW_ROWS);
  const columnCount = Math.min(totalColumns, MAX_VIEW_COLUMNS);
  const highlights = evaluateHighlights(sheet, { state, todaySerial });

  const rows: ViewCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: ViewCell[] = [];
    for (let c = 0; c < columnCount; c++) {
      const key = cellKey(r, c);
      const cell = sheet.cells[key];
      const column = sheet.columnFormats[c];
      const numberFormat = cell?.numberFormat ?? column?.numberFormat ?? "General";
      const table = tableStyle.get(key);
      const hl = highlights.get(key);
      row.push({
        text: formatCellText(cell, numberFormat),
        numeric: typeof cell?.value === "number",
        bold: cell?.bold ?? column?.bold ?? table?.bold ?? false,
        fill: hl?.fill ?? cell?.fill ?? column?.fill ?? table?.fill ?? null,
        fontColor: hl?.fontColor ?? cell?.fontColor ?? column?.fontColor ?? table?.fontColor ?? null,
        highlight: hl?.status ?? null,
        link: cell?.hyperlink ? (cell.hyperlink.documentReference ?? cell.hyperlink.address ?? null) : null,
        formula: cell?.formula ?? null,
      });
    }
    rows.push(row);
  }
  const columnLetters = Array.from({ length: columnCount }, (_, c) => columnLetter(c));
  const widths = Array.from({ length: columnCount }, (_, c) =>
    Math.min(360, Math.max(40, px(sheet.columnWidths[c] ?? 48))),
  );
  return {
    name: sheet.name,
    rowCount,
    columnCount,
    totalRows,
    totalColumns,
    columnLetters,
    widths,
    rows,
    charts: sheet.charts.map((chart) => ({ title: chart.title ?? chart.name, type: chart.type, source: chart.source })),
  };
}
