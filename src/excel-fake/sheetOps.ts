/** Reading and writing cells of the state (used while a sync applies operations). */
import { intersect, parseAreas, formatArea, subtract, type Rect } from "./address";
import { HostFailure } from "./errors";
import { renameColumnReferences } from "./references";
import {
  cellKey,
  parseCellKey,
  type FakeCell,
  type FakeColumnFormat,
  type FakeScalar,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbookState,
} from "./state";

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const upper = name.toLocaleUpperCase();
  return state.sheets.find((s) => s.name.toLocaleUpperCase() === upper);
}

export function activeSheet(state: FakeWorkbookState): FakeSheet | undefined {
  const named = state.activeSheet === null ? undefined : findSheet(state, state.activeSheet);
  return named ?? state.sheets.find((s) => s.visibility === "Visible") ?? state.sheets[0];
}

/** Writes to a protected sheet fail with AccessDenied, as in Excel. */
export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) {
    throw new HostFailure(
      "AccessDenied",
      undefined,
      `The sheet '${sheet.name}' is protected. You cannot perform the requested operation.`,
    );
  }
}

export const getCell = (sheet: FakeSheet, row: number, column: number): FakeCell | undefined =>
  sheet.cells[cellKey(row, column)];

export type FormatField = keyof FakeColumnFormat;

export function formatOf<K extends FormatField>(
  sheet: FakeSheet,
  row: number,
  column: number,
  field: K,
): FakeColumnFormat[K] {
  const own = getCell(sheet, row, column)?.[field];
  return own !== undefined ? own : sheet.columnFormats[column]?.[field];
}

export const numberFormatOf = (sheet: FakeSheet, row: number, column: number): string =>
  formatOf(sheet, row, column, "numberFormat") ?? "General";

function isBlank(cell: FakeCell): boolean {
  return Object.entries(cell).every(([key, value]) => (key === "value" ? value === null : value === undefined));
}

/** Changes a cell in place (creating it when needed) and drops it from the map when it is blank again. */
export function updateCell(sheet: FakeSheet, row: number, column: number, change: (cell: FakeCell) => void): void {
  const key = cellKey(row, column);
  const cell = sheet.cells[key] ?? { value: null };
  change(cell);
  for (const k of Object.keys(cell) as (keyof FakeCell)[]) if (k !== "value" && cell[k] === undefined) delete cell[k];
  if (isBlank(cell)) delete sheet.cells[key];
  else sheet.cells[key] = cell;
}

/** Existing cells inside a rectangle (the map is sparse: cheap for whole columns). */
export function cellsIn(sheet: FakeSheet, rect: Rect): [number, number, FakeCell][] {
  const out: [number, number, FakeCell][] = [];
  const area = rect.rowCount * rect.columnCount;
  const keys = Object.keys(sheet.cells);
  if (area <= keys.length) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const cell = getCell(sheet, r, c);
        if (cell) out.push([r, c, cell]);
      }
    }
    return out;
  }
  for (const key of keys) {
    const [r, c] = parseCellKey(key);
    if (r >= rect.row && r < rect.row + rect.rowCount && c >= rect.column && c < rect.column + rect.columnCount) {
      out.push([r, c, sheet.cells[key]!]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** What `Range.values` reads for a cell: "" when empty, a formula's cached result (null when unknown). */
export function valueOfCell(cell: FakeCell | undefined): FakeScalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.value;
  return cell.value === null ? "" : cell.value;
}

export function formulaOfCell(cell: FakeCell | undefined): FakeScalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  return cell.value === null ? "" : cell.value;
}

export function valueTypeOfCell(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

/** The smallest rectangle holding every cell with a value (or, unless valuesOnly, any format). */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
    const [r, c] = parseCellKey(key);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function tableRect(table: FakeTable): Rect {
  const rects = parseAreas(table.address);
  if (!rects || rects.length !== 1)
    throw new HostFailure("GeneralException", undefined, `Table ${table.name} has a bad address ${table.address}`);
  return rects[0]!;
}

export function headerText(cell: FakeCell | undefined): string {
  const value = valueOfCell(cell);
  return value === null ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/**
 * Keeps each table's `headers` equal to its header row, after cells changed. With the workbook's
 * `state` (a write of values or formulas), a header given new text renames its column, and the
 * structured references to it follow, as in Excel. A header left blank or made a duplicate, which
 * Excel renames to a name of its own (Column1, 名称2), leaves the references as they are here.
 */
export function refreshTableHeaders(sheet: FakeSheet, state?: FakeWorkbookState): void {
  for (const table of sheet.tables) {
    if (!table.showHeaders) continue;
    const rect = tableRect(table);
    const before = table.headers;
    table.headers = Array.from({ length: rect.columnCount }, (_, j) =>
      headerText(getCell(sheet, rect.row, rect.column + j)),
    );
    if (!state) continue;
    const unique = (name: string) => table.headers.filter((h) => h.toLowerCase() === name.toLowerCase()).length === 1;
    const renames = table.headers
      .map((to, j) => [before[j] ?? "", to] as const)
      .filter(([from, to]) => from !== "" && to.trim() !== "" && from !== to && unique(to));
    renameColumnReferences(state, table.name, renames);
  }
}

/** Removes a rectangle from the conditional formats' areas; formats left with no area go. */
export function removeConditionalFormatsIn(sheet: FakeSheet, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
    const areas = parseAreas(cf.address) ?? [];
    if (!areas.some((a) => intersect(a, rect))) return true;
    const left = areas.flatMap((a) => subtract(a, rect));
    if (left.length === 0) return false;
    cf.address = left.map(formatArea).join(" ");
    return true;
  });
}

export function findTable(state: FakeWorkbookState, table: FakeTable): FakeSheet | undefined {
  return state.sheets.find((s) => s.tables.includes(table));
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  maroon: "#800000",
  pink: "#FFC0CB",
};

/** Excel reads colours back as "#RRGGBB"; it takes "#rrggbb", "#rgb" and HTML colour names. */
export function normalizeColor(value: unknown): string {
  if (typeof value !== "string")
    throw new HostFailure("InvalidArgument", undefined, 'A colour is a string such as "#FF0000".');
  const text = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return `#${[...text.slice(1)].map((ch) => ch + ch).join("")}`.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw new HostFailure("InvalidArgument", undefined, `'${value}' is not a colour this host knows.`);
}
