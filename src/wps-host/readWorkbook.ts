import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../core/workbook";
import { HIGHLIGHT_MARKER } from "../core/plan/writePlan";
import { SETTINGS_KEY, WRITTEN_KEY } from "../core/storedSettings";
import { columnLetter } from "../core/detect/mapping";
import { TEMP_SHEET_PREFIX } from "../excel-host/applyPlan";
import type { EtCell, EtFormatCondition, EtRange, EtWorkbook, EtWorksheet } from "./et";
import { cellValue, fromEtIndex, XL } from "./etValues";
import { readSettings } from "./settingsStore";

/** What a run learns of the open workbook before it writes (the ET counterpart of the office-js shell's). */
export interface EtInventory {
  book: WorkbookGrid;
  /** Sheets in order, with their 0-based position and whether they are protected. */
  sheets: { name: string; position: number; protected: boolean }[];
  /** Sheets holding conditional formats of the add-in's (found by the marker in their formula). */
  ownHighlights: string[];
  settings: Map<string, unknown>;
  /** Sheets a failed run left under the writer's temporary names, with their tables. */
  scratch: { name: string; tables: string[] }[];
}

/** Cells read per Value2 (and per NumberFormat): a block of whole rows of the used range. */
const CELLS_PER_READ = 100_000;

/**
 * Reads every sheet's used cells into the core's grids: per block of rows one Value2 and one
 * NumberFormat. ET gives NumberFormat as one format for the block, or null when its cells differ;
 * then each column's is read, and in a column that still differs, each filled cell's. Also the
 * tables, the settings and where the add-in's own highlight rules are.
 */
export function readWorkbook(book: EtWorkbook): EtInventory {
  const worksheets = book.Worksheets;
  const all: EtWorksheet[] = [];
  for (let i = 1; i <= worksheets.Count; i++) all.push(worksheets.Item(i));
  const scratch = (name: string) => name.startsWith(TEMP_SHEET_PREFIX);

  const sheets: SheetGrid[] = [];
  const left: EtInventory["scratch"] = [];
  const ownHighlights: string[] = [];
  const listed: EtInventory["sheets"] = [];
  for (const ws of all) {
    const name = ws.Name;
    listed.push({ name, position: fromEtIndex(ws.Index), protected: Boolean(ws.ProtectContents) });
    const tables = tablesOf(ws);
    if (scratch(name)) {
      left.push({ name, tables: tables.map((t) => t.name) });
      continue;
    }
    sheets.push({ name, ...cellsOf(ws), tables });
    if (hasOwnRule(ws)) ownHighlights.push(name);
  }
  return {
    book: { sheets },
    sheets: listed,
    ownHighlights,
    settings: readSettings(book.CustomDocumentProperties, [SETTINGS_KEY, WRITTEN_KEY]),
    scratch: left,
  };
}

/** The add-in's rules carry its marker; an expression rule with no formula is one a failed run left unfinished. */
export function isOwnRule(condition: EtFormatCondition): boolean {
  if (condition.Type !== XL.xlExpression) return false;
  const text = String(condition.Formula1 ?? "")
    .replace(/^=/, "")
    .trim();
  return text === "" || text.includes(HIGHLIGHT_MARKER);
}

function hasOwnRule(ws: EtWorksheet): boolean {
  const conditions = ws.Cells.FormatConditions;
  for (let i = 1; i <= conditions.Count; i++) if (isOwnRule(conditions.Item(i))) return true;
  return false;
}

function tablesOf(ws: EtWorksheet): (TableRegion & { name: string })[] {
  const out: (TableRegion & { name: string })[] = [];
  const tables = ws.ListObjects;
  for (let i = 1; i <= tables.Count; i++) {
    const table = tables.Item(i);
    const r = table.Range;
    const top = fromEtIndex(r.Row);
    const leftColumn = fromEtIndex(r.Column);
    out.push({
      name: table.Name,
      headerRow: top,
      lastRow: top + r.Rows.Count - 1,
      firstColumn: leftColumn,
      lastColumn: leftColumn + r.Columns.Count - 1,
    });
  }
  return out;
}

function cellsOf(ws: EtWorksheet): Pick<SheetGrid, "values" | "formats"> {
  const grid = { values: [] as CellValue[][], formats: [] as (string | null)[][] };
  const used = ws.UsedRange;
  const top = fromEtIndex(used.Row);
  const leftColumn = fromEtIndex(used.Column);
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const step = Math.max(1, Math.floor(CELLS_PER_READ / columns));
  for (let start = 0; start < rows; start += step) {
    const count = Math.min(step, rows - start);
    const r0 = top + start;
    const block = ws.Range(
      `${columnLetter(leftColumn)}${r0 + 1}:${columnLetter(leftColumn + columns - 1)}${r0 + count}`,
    );
    const values = rowsOf(block.Value2, count, columns);
    const formats = formatsOf(ws, block, values, r0, leftColumn);
    values.forEach((row, i) => {
      const cells: CellValue[] = Array.from({ length: leftColumn }, () => "");
      const fmts: (string | null)[] = Array.from({ length: leftColumn }, () => null);
      row.forEach((v, j) => {
        cells.push(cellValue(v));
        fmts.push(formats[i]![j]!);
      });
      grid.values[r0 + i] = cells;
      grid.formats[r0 + i] = fmts;
    });
  }
  for (let r = 0; r < grid.values.length; r++) {
    grid.values[r] ??= [];
    grid.formats[r] ??= [];
  }
  return grid;
}

/** Value2 as rows: ET gives a single cell's value itself. */
function rowsOf(value: EtCell | EtCell[][], rows: number, columns: number): EtCell[][] {
  if (rows === 1 && columns === 1 && !Array.isArray(value)) return [[value]];
  if (!Array.isArray(value)) throw new Error("Value2 of a block was not rows of values");
  return value;
}

/**
 * The block's formats: one read when its cells share one. Otherwise only numbers need theirs (a
 * number is a date by its format; text is text whatever its format): each column's runs of
 * numbers are read in one go, and a run whose cells still differ, cell by cell.
 */
function formatsOf(
  ws: EtWorksheet,
  block: EtRange,
  values: EtCell[][],
  top: number,
  left: number,
): (string | null)[][] {
  const shared = block.NumberFormat;
  const columns = values[0]?.length ?? 0;
  const out = values.map(() => Array.from<string | null>({ length: columns }).fill(shared));
  if (shared !== null) return out;
  const isNumber = (i: number, j: number) => typeof values[i]?.[j] === "number";
  for (let j = 0; j < columns; j++) {
    const letter = columnLetter(left + j);
    for (let i = 0; i < values.length;) {
      if (!isNumber(i, j)) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < values.length && isNumber(end + 1, j)) end++;
      const run = ws.Range(`${letter}${top + i + 1}:${letter}${top + end + 1}`).NumberFormat;
      for (let k = i; k <= end; k++)
        out[k]![j] = run ?? (i === end ? null : ws.Range(`${letter}${top + k + 1}`).NumberFormat);
      i = end + 1;
    }
  }
  return out;
}
