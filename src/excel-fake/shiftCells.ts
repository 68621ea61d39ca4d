/**
 * `Range.insert` and `Range.delete` on the workbook state, as Excel does them: the cells of the
 * band move (values, formulas, formats, links), inserted cells take the formats of the cells
 * before them (above, or to the left), and everything that points into the moved cells follows
 * them — formulas of every sheet, charts' source data and anchors, conditional formats' ranges,
 * and tables: a table the band covers grows by rows (columns) inserted inside it, shrinks by rows
 * (columns) deleted from its body, moves when it lies beyond the shift, and goes when all of its
 * cells are deleted. A shift that would move part of a table is refused, as Excel refuses it.
 */
import { MAX_COLUMNS, MAX_ROWS, formatArea, parseAddress, parseAreas, sameName, type Rect } from "./address";
import { HostFailure, notImplemented } from "./errors";
import { breakTableReferences } from "./references";
import { assertWritable, tableRect } from "./sheetOps";
import { inBand, shiftFormula, shiftSpan, type Shift } from "./shiftReferences";
import { cellKey, parseCellKey, type FakeCell, type FakeSheet, type FakeTable, type FakeWorkbookState } from "./state";

type ShiftDirection = "Down" | "Right" | "Up" | "Left";

/** Format fields an inserted cell takes from the cell before it. */
const FORMAT_FIELDS = ["numberFormat", "bold", "underline", "fill", "fontColor", "wrapText"] as const;

const REFUSED =
  "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";

/** Inserts (Down, Right) or deletes (Up, Left) the cells of `rect` on `sheet`, moving the cells beyond. */
export function shiftCells(state: FakeWorkbookState, sheet: FakeSheet, rect: Rect, direction: ShiftDirection): void {
  assertWritable(sheet);
  const rows = direction === "Down" || direction === "Up";
  const shift: Shift = {
    sheet: sheet.name,
    axis: rows ? "rows" : "columns",
    kind: direction === "Down" || direction === "Right" ? "insert" : "delete",
    at: rows ? rect.row : rect.column,
    count: rows ? rect.rowCount : rect.columnCount,
    bandFrom: rows ? rect.column : rect.row,
    bandTo: rows ? rect.column + rect.columnCount - 1 : rect.row + rect.rowCount - 1,
  };
  const whole = rows
    ? shift.bandFrom === 0 && shift.bandTo === MAX_COLUMNS - 1
    : shift.bandFrom === 0 && shift.bandTo === MAX_ROWS - 1;
  if (!rows && !whole && Object.keys(sheet.columnFormats).some((c) => Number(c) >= shift.at))
    throw notImplemented("Range.insert/delete to the right or left of formats set on whole columns");

  const tables = sheet.tables.map((table) => ({ table, rect: shiftTable(table, shift) }));
  moveCells(sheet, shift);
  if (shift.kind === "insert") formatInserted(sheet, shift);
  if (!rows && whole) moveColumnSettings(sheet, shift);

  for (const { table, rect: moved } of tables) {
    if (moved) table.address = formatArea(moved);
    else {
      sheet.tables = sheet.tables.filter((t) => t !== table);
      breakTableReferences(state, table.name);
    }
  }
  for (const { table } of tables) if (sheet.tables.includes(table)) nameNewColumns(sheet, table);

  for (const s of state.sheets) {
    for (const cell of Object.values(s.cells))
      if (cell.formula) cell.formula = shiftFormula(cell.formula, s.name, shift);
    for (const chart of s.charts) {
      chart.source = shiftFormula(chart.source, s.name, shift);
      if (s === sheet && chart.position) {
        chart.position = {
          from: shiftAnchor(chart.position.from, shift),
          to: chart.position.to === null ? null : shiftAnchor(chart.position.to, shift),
        };
      }
    }
  }
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((format) => {
    const areas = (parseAreas(format.address) ?? []).flatMap((area) => {
      const moved = shiftRect(area, shift);
      return moved === undefined ? [area] : moved === null ? [] : [moved];
    });
    if (areas.length === 0) return [];
    format.address = areas.map(formatArea).join(" ");
    return [format];
  });
}

/** Where a rectangle goes: moved, undefined when it stays (outside or across the band), null when deleted. */
function shiftRect(rect: Rect, shift: Shift): Rect | null | undefined {
  const rows = shift.axis === "rows";
  const crossFrom = rows ? rect.column : rect.row;
  const crossTo = crossFrom + (rows ? rect.columnCount : rect.rowCount) - 1;
  if (inBand(crossFrom, crossTo, shift) !== "inside") return undefined;
  const from = rows ? rect.row : rect.column;
  const to = from + (rows ? rect.rowCount : rect.columnCount) - 1;
  const span = shiftSpan(from, to, shift);
  if (!span || span[1] < span[0]) return null;
  return rows
    ? { ...rect, row: span[0], rowCount: span[1] - span[0] + 1 }
    : { ...rect, column: span[0], columnCount: span[1] - span[0] + 1 };
}

/** A table's rectangle after the shift (null: the table goes), or a refusal. */
function shiftTable(table: FakeTable, shift: Shift): Rect | null {
  const rect = tableRect(table);
  const rows = shift.axis === "rows";
  const from = rows ? rect.row : rect.column;
  const to = from + (rows ? rect.rowCount : rect.columnCount) - 1;
  const crossFrom = rows ? rect.column : rect.row;
  const crossTo = crossFrom + (rows ? rect.columnCount : rect.rowCount) - 1;
  const band = inBand(crossFrom, crossTo, shift);
  const last = shift.at + (shift.kind === "delete" ? shift.count - 1 : 0);
  // Untouched: beside the band, or wholly before the shift.
  if (band === "outside" || to < shift.at) return rect;
  if (band === "across") throw new HostFailure("InvalidOperation", undefined, REFUSED);
  if (shift.kind === "insert") {
    // Cells inserted at or before the table's first line push it along; inside it, they become its lines.
    const moved = shiftSpan(from, to, shift)!;
    return withSpan(rect, rows, from >= shift.at ? moved[0] : from, moved[1]);
  }
  if (shift.at <= from && last >= to) return null;
  if (from > last) {
    const moved = shiftSpan(from, to, shift)!;
    return withSpan(rect, rows, moved[0], moved[1]);
  }
  // Lines deleted from the table itself: any of its columns, but of its rows only body rows,
  // and at least one must stay.
  if (rows) {
    const bodyFrom = from + (table.showHeaders ? 1 : 0);
    const bodyTo = to - (table.showTotals ? 1 : 0);
    if (shift.at < bodyFrom || Math.min(last, to) > bodyTo)
      throw notImplemented("Range.delete of a table's header or totals row without the whole table");
    const left = shiftSpan(from, to, shift)!;
    if (left[1] - left[0] + 1 <= (table.showHeaders ? 1 : 0) + (table.showTotals ? 1 : 0))
      throw notImplemented("Range.delete of every body row of a table");
    return withSpan(rect, rows, left[0], left[1]);
  }
  const left = shiftSpan(from, to, shift)!;
  return withSpan(rect, rows, left[0], left[1]);
}

function withSpan(rect: Rect, rows: boolean, from: number, to: number): Rect {
  if (rows) return { ...rect, row: from, rowCount: to - from + 1 };
  return { ...rect, column: from, columnCount: to - from + 1 };
}

function moveCells(sheet: FakeSheet, shift: Shift): void {
  const rows = shift.axis === "rows";
  const limit = rows ? MAX_ROWS : MAX_COLUMNS;
  const next: Record<string, FakeCell> = {};
  const moved: [number, number, FakeCell][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = parseCellKey(key);
    const along = rows ? r : c;
    const across = rows ? c : r;
    if (across < shift.bandFrom || across > shift.bandTo || along < shift.at) {
      next[key] = cell;
      continue;
    }
    const span = shiftSpan(along, along, shift);
    if (!span) continue;
    if (span[0] >= limit)
      throw new HostFailure(
        "InvalidOperation",
        undefined,
        "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
      );
    moved.push([rows ? span[0] : r, rows ? c : span[0], cell]);
  }
  for (const [r, c, cell] of moved) next[cellKey(r, c)] = cell;
  sheet.cells = next;
}

/** Inserted cells take the formats of the cells just before them (Excel's "format same as above/left"). */
function formatInserted(sheet: FakeSheet, shift: Shift): void {
  if (shift.at === 0) return;
  const rows = shift.axis === "rows";
  const source = shift.at - 1;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = parseCellKey(key);
    const along = rows ? r : c;
    const across = rows ? c : r;
    if (along !== source || across < shift.bandFrom || across > shift.bandTo) continue;
    const formats = FORMAT_FIELDS.filter((f) => cell[f] !== undefined);
    if (formats.length === 0) continue;
    for (let i = 0; i < shift.count; i++) {
      const target = rows ? cellKey(shift.at + i, c) : cellKey(r, shift.at + i);
      const copy: FakeCell = { value: null };
      for (const f of formats) (copy as unknown as Record<string, unknown>)[f] = cell[f];
      sheet.cells[target] = copy;
    }
  }
}

/** Whole columns inserted or deleted: widths and whole-column formats go with their columns. */
function moveColumnSettings(sheet: FakeSheet, shift: Shift): void {
  const move = <T>(byColumn: Record<number, T>): Record<number, T> => {
    const out: Record<number, T> = {};
    for (const [key, value] of Object.entries(byColumn)) {
      const span = shiftSpan(Number(key), Number(key), shift);
      if (span) out[span[0]] = value;
    }
    if (shift.kind === "insert" && shift.at > 0 && byColumn[shift.at - 1] !== undefined)
      for (let i = 0; i < shift.count; i++) out[shift.at + i] = structuredClone(byColumn[shift.at - 1]!);
    return out;
  };
  sheet.columnWidths = move(sheet.columnWidths);
  sheet.columnFormats = move(sheet.columnFormats);
}

/** Header cells of columns a table gained: "Column1", "Column2" …, unique among its headers. */
function nameNewColumns(sheet: FakeSheet, table: FakeTable): void {
  if (!table.showHeaders) return;
  const rect = tableRect(table);
  const headers: string[] = [];
  for (let j = 0; j < rect.columnCount; j++) {
    const cell = sheet.cells[cellKey(rect.row, rect.column + j)];
    let text = cell && cell.value !== null ? String(cell.value) : "";
    if (text === "") {
      let n = 1;
      while (headers.some((h) => sameName(h, `Column${n}`)) || table.headers.some((h) => sameName(h, `Column${n}`)))
        n++;
      text = `Column${n}`;
      sheet.cells[cellKey(rect.row, rect.column + j)] = { ...(cell ?? {}), value: text };
    }
    headers.push(text);
  }
  table.headers = headers;
}

/** A chart's anchor cell after the shift: it moves with its cell, and stays at the edge of deleted cells. */
function shiftAnchor(cell: string, shift: Shift): string {
  const parsed = parseAddress(cell);
  if (!parsed) return cell;
  const moved = shiftRect(parsed.rect, shift);
  if (moved === undefined) return cell;
  if (moved === null) {
    const rows = shift.axis === "rows";
    return formatArea(rows ? { ...parsed.rect, row: shift.at } : { ...parsed.rect, column: shift.at });
  }
  return formatArea(moved);
}
