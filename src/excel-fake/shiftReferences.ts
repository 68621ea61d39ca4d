/**
 * What Excel does to A1 references when cells are inserted or deleted with a shift: a reference
 * into the shifted cells follows them (`='Summary'!B25` becomes `='Summary'!B27` when two rows
 * are inserted above row 25), a range grows or shrinks with rows inserted or deleted inside it,
 * and a reference whose cells are all deleted becomes `#REF!`. A reference that crosses the edge
 * of the shifted band (a range reaching columns outside the inserted cells) is left as it is.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetter, columnNumber, sameName } from "./address";

/**
 * One insertion or deletion on one sheet: along `axis` ("rows": cells move down or up; "columns":
 * right or left), `count` lines from `at` (0-based), within the lines `bandFrom`…`bandTo` of the
 * other axis (columns for a vertical shift, rows for a horizontal one).
 */
export interface Shift {
  sheet: string;
  axis: "rows" | "columns";
  kind: "insert" | "delete";
  at: number;
  count: number;
  bandFrom: number;
  bandTo: number;
}

/** Where a span [from, to] of the shifted axis goes, or null when all of it is deleted. */
export function shiftSpan(from: number, to: number, shift: Shift): [number, number] | null {
  const { at, count } = shift;
  if (shift.kind === "insert") return [from >= at ? from + count : from, to >= at ? to + count : to];
  const last = at + count - 1;
  if (from >= at && to <= last) return null;
  const start = from < at ? from : from <= last ? at : from - count;
  const end = to < at ? to : to <= last ? at - 1 : to - count;
  return [start, end];
}

/** Whether a span of the other axis lies inside the band (it moves), or outside it (it stays). */
export function inBand(from: number, to: number, shift: Shift): "inside" | "outside" | "across" {
  if (from >= shift.bandFrom && to <= shift.bandTo) return "inside";
  if (to < shift.bandFrom || from > shift.bandTo) return "outside";
  return "across";
}

// A reference: an optional sheet ('quoted' or bare) and "!", then a cell, a range of cells, of
// columns or of rows; not part of a longer name, not a function's name (LOG10(), not a sheet-less
// name followed by "!").
const REFERENCE =
  /(?<![\p{L}\p{N}_.$\\'])(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![\p{L}\p{N}_.(!])/gu;

interface Point {
  /** 0-based, or null for a whole-column (row) or whole-row (column) part. */
  row: number | null;
  column: number | null;
  absRow: boolean;
  absColumn: boolean;
}

function parsePoint(text: string): Point | null {
  const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(text);
  if (cell)
    return { column: columnNumber(cell[2]!), row: Number(cell[4]) - 1, absColumn: !!cell[1], absRow: !!cell[3] };
  const column = /^(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (column) return { column: columnNumber(column[2]!), row: null, absColumn: !!column[1], absRow: false };
  const row = /^(\$?)(\d{1,7})$/.exec(text);
  if (row) return { column: null, row: Number(row[2]) - 1, absColumn: false, absRow: !!row[1] };
  return null;
}

function formatPoint(p: Point): string {
  const column = p.column === null ? "" : `${p.absColumn ? "$" : ""}${columnLetter(p.column)}`;
  const row = p.row === null ? "" : `${p.absRow ? "$" : ""}${p.row + 1}`;
  return column + row;
}

/** The area of a reference after the shift: its new text, "#REF!", or null when unchanged. */
function shiftArea(area: string, shift: Shift): string | null {
  const [a, b = a] = area.split(":");
  const first = parsePoint(a!);
  const second = parsePoint(b!);
  if (!first || !second) return null;
  const rows = shift.axis === "rows";
  // Along the shifted axis and across it, as spans (a whole row or column spans everything).
  const along = (p: Point) => (rows ? p.row : p.column);
  const across = (p: Point) => (rows ? p.column : p.row);
  const limit = rows ? MAX_ROWS : MAX_COLUMNS;
  const crossLimit = rows ? MAX_COLUMNS : MAX_ROWS;
  const alongFrom = along(first) ?? 0;
  const alongTo = along(second) ?? limit - 1;
  if (along(first) === null) return null; // whole columns (rows) do not move along their own axis
  const crossFrom = across(first) ?? 0;
  const crossTo = across(second) ?? crossLimit - 1;
  if (inBand(Math.min(crossFrom, crossTo), Math.max(crossFrom, crossTo), shift) !== "inside") return null;
  const span = shiftSpan(Math.min(alongFrom, alongTo), Math.max(alongFrom, alongTo), shift);
  if (!span || span[1] < span[0] || span[1] >= limit) return "#REF!";
  const set = (p: Point, value: number): Point => (rows ? { ...p, row: value } : { ...p, column: value });
  const [start, end] = alongFrom <= alongTo ? span : [span[1], span[0]];
  const moved = [set(first, start), set(second, end)];
  if (moved.every((p, i) => along(p) === along([first, second][i]!))) return null;
  return area.includes(":") ? `${formatPoint(moved[0]!)}:${formatPoint(moved[1]!)}` : formatPoint(moved[0]!);
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * A formula with its references to the shifted sheet adjusted. `host` is the sheet the formula is
 * on (its references without a sheet are to it). String literals and the bracketed parts of
 * structured references are left alone.
 */
export function shiftFormula(formula: string, host: string, shift: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*"|\[(?:[^[\]]|\[[^\]]*\])*\])/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(REFERENCE, (whole, sheet: string | undefined, area: string) => {
        if (!sameName(sheet === undefined ? host : unquote(sheet), shift.sheet)) return whole;
        const moved = shiftArea(area, shift);
        if (moved === null) return whole;
        return `${sheet === undefined ? "" : `${sheet}!`}${moved}`;
      });
    })
    .join("");
}
