import type JSZip from "jszip";
import { parseA1 } from "../../core/a1";
import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../../core/workbook";
import { cellFormats } from "./numberFormats";
import { entryName, readRels, workbookPart, type PackageRel } from "./packageParts";
import { readSheetCells } from "./sheetReader";
import { streamPart } from "./xmlStream";

/**
 * The parts of a workbook package the add-in reads, in the order it needs them: the workbook
 * (sheets in tab order, the date system), shared strings, the cell styles' number formats, each
 * worksheet and its tables. Nothing else is opened; nothing is kept but the grids.
 */

interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  /** The worksheet part, or null for a chart or dialog sheet. */
  path: string | null;
}

interface WorkbookInfo {
  path: string;
  sheets: SheetEntry[];
  /** `<workbookPr date1904="1">` (Excel) or `"true"` (LibreOffice). */
  date1904: boolean;
  rels: PackageRel[];
}

class MissingPartError extends Error {}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && (value === "1" || value.trim().toLowerCase() === "true");
}

async function readWorkbookInfo(zip: JSZip): Promise<WorkbookInfo> {
  const path = await workbookPart(zip);
  if (path === null) throw new MissingPartError("the workbook part (xl/workbook.xml) is missing");
  const rels = await readRels(zip, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let missing: string | null = null;
  await streamPart(zip, path, {
    open(name, a) {
      if (name === "workbookPr") date1904 = isTrue(a.date1904);
      else if (name === "sheet") {
        const rel = byId.get(a.id ?? "");
        const isWorksheet = rel !== undefined && rel.kind === "worksheet" && !rel.external;
        const part = isWorksheet ? entryName(zip, rel.target) : null;
        if (isWorksheet && part === null) missing = rel.target;
        sheets.push({ name: a.name ?? "", sheetId: a.sheetId ?? "", relId: a.id ?? "", path: part });
      }
    },
  });
  if (missing !== null) throw new MissingPartError(`the sheet part ${missing} is missing`);
  return { path, sheets, date1904, rels };
}

/** The shared string table: rich text runs joined, phonetic guides (rPh) left out. */
async function readSharedStrings(zip: JSZip, path: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (path === null) return strings;
  let current = "";
  let inItem = false;
  let inText = false;
  let inPhonetic = false;
  await streamPart(zip, path, {
    open(name) {
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && inItem && !inPhonetic) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") {
        strings.push(current);
        inItem = false;
      }
    },
  });
  return strings;
}

interface TablePart {
  name: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
}

async function readTablePart(zip: JSZip, path: string): Promise<TablePart | null> {
  let table: TablePart | null = null;
  await streamPart(zip, path, {
    open(name, a) {
      if (name !== "table" || table !== null) return;
      table = {
        name: a.displayName || a.name || "",
        ref: a.ref ?? "",
        headerRowCount: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
        totalsRowCount: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount),
      };
    },
  });
  return table;
}

/**
 * The rows made a rectangle from A1 to the last cell holding something, empty cells null, in
 * place: a big sheet's cells are never held twice.
 */
function rectangle<T>(rows: (T | null)[][], height: number, width: number): (T | null)[][] {
  rows.length = height;
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    rows[r] = row;
  }
  return rows;
}

async function readSheet(
  zip: JSZip,
  entry: SheetEntry & { path: string },
  context: { sharedStrings: string[]; formats: string[]; date1904: boolean },
): Promise<SheetGrid> {
  const cells = await readSheetCells(zip, entry.path, context);
  let height = 0;
  let width = 0;
  cells.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== "") {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    });
  });
  const values = rectangle<CellValue>(cells.values, height, width);
  const formats = rectangle<string>(cells.formats, height, width);

  const rels = await readRels(zip, entry.path);
  const tables: TableRegion[] = [];
  for (const id of cells.tableRelIds) {
    const rel = rels.find((r) => r.id === id && !r.external);
    const path = rel ? entryName(zip, rel.target) : null;
    const table = path ? await readTablePart(zip, path) : null;
    const range = table ? parseA1(table.ref) : null;
    if (!table || !range || table.headerRowCount === 0) continue; // a headerless table names no columns
    const lastRow = range.bottom - (table.totalsRowCount > 0 ? table.totalsRowCount : 0);
    tables.push({
      name: table.name,
      headerRow: range.top,
      lastRow: Math.max(range.top, lastRow),
      firstColumn: range.left,
      lastColumn: range.right,
    });
  }
  tables.sort((a, b) => a.headerRow - b.headerRow || a.firstColumn - b.firstColumn);
  return {
    name: entry.name,
    values,
    formats,
    tables,
    ...(context.date1904 ? { date1904: true } : {}),
    ...(cells.uncalculated.length > 0 ? { uncalculated: cells.uncalculated } : {}),
  };
}

export async function readWorkbookParts(zip: JSZip): Promise<WorkbookGrid> {
  const info = await readWorkbookInfo(zip);
  const partOf = (kind: string): string | null => {
    const rel = info.rels.find((r) => r.kind === kind && !r.external);
    return rel ? entryName(zip, rel.target) : null;
  };
  const context = {
    sharedStrings: await readSharedStrings(zip, partOf("sharedStrings")),
    formats: await cellFormats(zip, partOf("styles")),
    date1904: info.date1904,
  };
  const sheets: SheetGrid[] = [];
  for (const entry of info.sheets) {
    if (entry.path === null) continue; // chart and dialog sheets hold no cells
    sheets.push(await readSheet(zip, { ...entry, path: entry.path }, context));
  }
  return { sheets, ...(info.date1904 ? { date1904: true } : {}) };
}
