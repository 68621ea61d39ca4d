import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { tableModelsOf, type ExcelJsTableModel } from "./exceljsTables";
import { parseA1 } from "../core/a1";
import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../core/workbook";

/**
 * Reads an .xlsx file into the plain grid the core takes, the way office-js hands a workbook
 * over (`range.values`, `range.numberFormat`): dates as Excel serial numbers (1900 system),
 * formulas as their cached results, errors as their text, cells covered by a merge blank.
 * Node only (exceljs on a Buffer); the add-in reads through office-js instead.
 */

/** Why a file could not be read. */
export type WorkbookReadReason =
  /** No file at that path (or it cannot be opened). */
  | "not-found"
  /** Not an .xlsx: not a zip at all (text, .csv, .xls), or a zip without a workbook (.docx, .xlsb …). */
  | "not-a-workbook"
  /** A password-protected workbook (an OLE compound file holding an EncryptedPackage). */
  | "encrypted"
  /** A zip that claims to be a workbook but cannot be read (truncated, damaged parts). */
  | "corrupt";

export class WorkbookReadError extends Error {
  readonly reason: WorkbookReadReason;
  /** The path that was read, when reading a file. */
  readonly path: string | null;

  constructor(reason: WorkbookReadReason, message: string, options: { path?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "WorkbookReadError";
    this.reason = reason;
    this.path = options.path ?? null;
  }
}

/** The file's bytes, or a WorkbookReadError saying why they cannot be had. */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "EISDIR")
      throw new WorkbookReadError("not-a-workbook", `${path} is a directory`, { path, cause: error });
    throw new WorkbookReadError("not-found", `cannot open ${path} (${code ?? "error"})`, { path, cause: error });
  }
}

export async function readWorkbookBuffer(data: Buffer | ArrayBuffer): Promise<WorkbookGrid> {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  checkContainer(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return { sheets: workbook.worksheets.map(toSheetGrid) };
  } catch (error) {
    throw new WorkbookReadError("corrupt", `the workbook cannot be read: ${oneLine(error)}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// What kind of file is this?

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = "EncryptedPackage";

/** Throws unless the bytes are a zip holding a workbook part that exceljs can read. */
function checkContainer(buffer: Buffer): void {
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // Password-protected .xlsx files are OLE compound files; so are old .xls workbooks.
    const encrypted =
      buffer.includes(Buffer.from(ENCRYPTED_PACKAGE, "utf16le")) ||
      buffer.includes(Buffer.from(ENCRYPTED_PACKAGE, "latin1"));
    if (encrypted) throw new WorkbookReadError("encrypted", "the workbook is password-protected");
    throw new WorkbookReadError("not-a-workbook", "an OLE compound file (.xls or similar), not an .xlsx workbook");
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookReadError("not-a-workbook", "not a zip file, so not an .xlsx workbook");
  }
  const names = zipEntryNames(buffer);
  if (names === "unreadable")
    throw new WorkbookReadError("corrupt", "the zip's central directory is missing or damaged");
  if (names === "zip64") return; // let exceljs decide
  if (names.has("xl/workbook.xml")) return;
  // .xlsb keeps a binary workbook part; a zip with spreadsheet parts but no workbook is damaged.
  if (!names.has("xl/workbook.bin") && [...names].some((name) => name.startsWith("xl/"))) {
    throw new WorkbookReadError("corrupt", "the workbook part (xl/workbook.xml) is missing");
  }
  throw new WorkbookReadError("not-a-workbook", "a zip file without an .xlsx workbook part (xl/workbook.xml)");
}

/**
 * The entry names of a zip, read from its central directory (no decompression), or
 * "unreadable" when the directory is missing or runs past the end of the data, or "zip64"
 * for archives too big for the classic directory fields (left to exceljs).
 */
function zipEntryNames(buffer: Buffer): Set<string> | "unreadable" | "zip64" {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let p = buffer.length - 22; p >= Math.max(0, buffer.length - 22 - 0xffff); p--) {
    if (buffer.readUInt32LE(p) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return "unreadable";
  const count = buffer.readUInt16LE(eocd + 10);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return "zip64";
  const names = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) return "unreadable";
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    if (p + 46 + nameLength > buffer.length) return "unreadable";
    names.add(
      buffer
        .toString("utf8", p + 46, p + 46 + nameLength)
        .replace(/^\/+/, "")
        .replace(/\\/g, "/"),
    );
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Cells

const DAY_MS = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30 as exceljs counts) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns a date-formatted number into a Date at UTC midnight, adding 1462 days for the
 * 1904 date system. Inverting its own formula without the 1904 offset gives the 1900-system
 * serial of the same calendar day, which is what the core counts in; inverting exactly also
 * keeps Excel's phantom 29 February 1900 (serials below 61) as Excel numbers it.
 */
function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return UNIX_EPOCH_SERIAL + ms / DAY_MS;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richTextOf(value: unknown): string | null {
  if (isObject(value) && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  return null;
}

/** A cell's value as office-js's `range.values` gives it. */
export function toCellValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return dateToSerial(value);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return value.error;
  const rich = richTextOf(value);
  if (rich !== null) return rich;
  if ("formula" in value || "sharedFormula" in value || "result" in value) return toCellValue(value.result);
  if ("hyperlink" in value || "text" in value) {
    if (typeof value.text === "string") return value.text;
    return richTextOf(value.text) ?? toCellValue(value.text);
  }
  return null;
}

function toSheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let lastRow = -1;
  let lastColumn = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      const covered = cell.type === ExcelJS.ValueType.Merge || (cell.isMerged && cell.master.address !== cell.address);
      const value = covered ? null : toCellValue(cell.value);
      rowValues[c] = value;
      rowFormats[c] = cell.numFmt || "General";
      if (value !== null && value !== "") {
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, c);
      }
    });
    values[r] = rowValues;
    formats[r] = rowFormats;
  });
  // A rectangle from A1 to the last cell holding something, empty cells null.
  const height = lastRow + 1;
  const width = lastColumn + 1;
  const grid: CellValue[][] = new Array(height);
  const gridFormats: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const rowValues = values[r];
    const rowFormats = formats[r];
    const outValues: CellValue[] = new Array(width);
    const outFormats: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      outValues[c] = rowValues?.[c] ?? null;
      outFormats[c] = rowFormats?.[c] ?? null;
    }
    grid[r] = outValues;
    gridFormats[r] = outFormats;
  }
  return { name: worksheet.name, values: grid, formats: gridFormats, tables: tablesOf(worksheet, grid) };
}

// ---------------------------------------------------------------------------------------------
// Tables (ListObjects)

function tablesOf(worksheet: ExcelJS.Worksheet, grid: CellValue[][]): TableRegion[] {
  const regions: TableRegion[] = [];
  for (const model of tableModelsOf(worksheet)) {
    const range = parseA1(model.tableRef ?? model.ref ?? "");
    if (!range) continue;
    const top = range.top;
    if (!hasHeaderRow(model, grid, top, range.left)) continue; // a headerless table names no columns
    const lastRow = range.bottom - (model.totalsRow ? 1 : 0);
    regions.push({
      name: model.displayName || model.name || "",
      headerRow: top,
      lastRow: Math.max(top, lastRow),
      firstColumn: range.left,
      lastColumn: range.right,
    });
  }
  return regions.sort((a, b) => a.headerRow - b.headerRow || a.firstColumn - b.firstColumn);
}

/**
 * Whether the table shows its header row. exceljs cannot tell "absent" (Excel's default, a
 * header) from headerRowCount="0"; Excel keeps header cells equal to the column names, so
 * the first row matching the names is a header row.
 */
function hasHeaderRow(model: ExcelJsTableModel, grid: CellValue[][], top: number, left: number): boolean {
  if (model.headerRow) return true;
  const columns = model.columns ?? [];
  if (columns.length === 0) return true;
  return columns.every((column, i) => String(grid[top]?.[left + i] ?? "") === String(column.name ?? ""));
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
