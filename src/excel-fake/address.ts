/** A1 addresses, sheet names and rectangles, as Excel writes and reads them. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 0-based column of column letters: "A" → 0. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part =
  { kind: "cell"; row: number; column: number } | { kind: "column"; column: number } | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) return { kind: "cell", row: Number(m[2]) - 1, column: columnNumber(m[1]!) };
  m = COLUMN.exec(text);
  if (m) return { kind: "column", column: columnNumber(m[1]!) };
  m = ROW.exec(text);
  if (m) return { kind: "row", row: Number(m[1]) - 1 };
  return null;
}

function inBounds(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount > 0 &&
    rect.columnCount > 0 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

/** One area without a sheet: "B2", "B2:D5", "$A$1", "A:C", "3:5". Null when it is not one. */
export function parseArea(text: string): Rect | null {
  const pieces = text.trim().split(":");
  if (pieces.length > 2 || pieces.some((p) => p === "")) return null;
  const a = parsePart(pieces[0]!);
  const b = pieces.length === 2 ? parsePart(pieces[1]!) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    rect = { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
  } else if (a.kind === "column" && b.kind === "column") {
    if (pieces.length === 1) return null; // "A" alone is a name, not a column
    const column = Math.min(a.column, b.column);
    rect = { row: 0, column, rowCount: MAX_ROWS, columnCount: Math.abs(a.column - b.column) + 1 };
  } else if (a.kind === "row" && b.kind === "row") {
    if (pieces.length === 1) return null;
    const row = Math.min(a.row, b.row);
    rect = { row, column: 0, rowCount: Math.abs(a.row - b.row) + 1, columnCount: MAX_COLUMNS };
  } else {
    return null;
  }
  return inBounds(rect) ? rect : null;
}

/** Splits "'It''s'!A1:B2" into the sheet name ("It's") and the area; sheet is null when unqualified. */
export function splitSheet(address: string): { sheet: string | null; area: string } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, area: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area: text.slice(bang + 1) };
}

/** A single-area address, optionally sheet-qualified. Null when malformed. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  const { sheet, area } = splitSheet(address);
  const rect = parseArea(area);
  return rect ? { sheet, rect } : null;
}

/** Areas separated by spaces or commas ("A1:B2 D4", OOXML sqref style). */
export function parseAreas(text: string): Rect[] | null {
  const parts = text.split(/[\s,]+/).filter((p) => p !== "");
  const rects = parts.map((p) => parseArea(splitSheet(p).area));
  return rects.length > 0 && rects.every((r) => r !== null) ? (rects as Rect[]) : null;
}

export const isEntireColumn = (r: Rect): boolean => r.row === 0 && r.rowCount === MAX_ROWS;
export const isEntireRow = (r: Rect): boolean => r.column === 0 && r.columnCount === MAX_COLUMNS;

/** "A1", "A1:C3", "A:C", "3:5", as Excel writes a range's address. */
export function formatArea(r: Rect): string {
  if (isEntireColumn(r)) return `${columnLetter(r.column)}:${columnLetter(r.column + r.columnCount - 1)}`;
  if (isEntireRow(r)) return `${r.row + 1}:${r.row + r.rowCount}`;
  const first = `${columnLetter(r.column)}${r.row + 1}`;
  if (r.rowCount === 1 && r.columnCount === 1) return first;
  return `${first}:${columnLetter(r.column + r.columnCount - 1)}${r.row + r.rowCount}`;
}

const REFERENCE_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

/**
 * A sheet name as it appears before "!": bare when it is letters, digits, "_" and "." only
 * (any script; Excel leaves 汇总!A1 unquoted), does not start with a digit and cannot be read
 * as a cell reference; otherwise in single quotes with inner quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !REFERENCE_LIKE.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export const qualify = (sheet: string, r: Rect): string => `${quoteSheetName(sheet)}!${formatArea(r)}`;

/** Why Excel refuses a sheet name, or null when it takes it. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0) return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "contains one of [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

export const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

/** The parts of `a` outside `b`, as up to four rectangles (above, below, left, right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, column: a.column, rowCount: i.row - a.row, columnCount: a.columnCount });
  const aEnd = a.row + a.rowCount;
  const iEnd = i.row + i.rowCount;
  if (iEnd < aEnd) out.push({ row: iEnd, column: a.column, rowCount: aEnd - iEnd, columnCount: a.columnCount });
  if (i.column > a.column)
    out.push({ row: i.row, column: a.column, rowCount: i.rowCount, columnCount: i.column - a.column });
  const aColEnd = a.column + a.columnCount;
  const iColEnd = i.column + i.columnCount;
  if (iColEnd < aColEnd)
    out.push({ row: i.row, column: iColEnd, rowCount: i.rowCount, columnCount: aColEnd - iColEnd });
  return out;
}
