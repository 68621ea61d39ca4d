import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../core/workbook";
import { parseA1 } from "../core/a1";
import { HIGHLIGHT_MARKER } from "../core/plan/writePlan";
import { TEMP_SHEET_PREFIX } from "./applyPlan";

/** What a run learns of the open workbook before it writes: the grids, and handles to act on. */
export interface WorkbookInventory {
  book: WorkbookGrid;
  /** Sheets in order, with their position (for replacing one in place) and whether they are protected. */
  sheets: { name: string; position: number; protected: boolean }[];
  /** The add-in's own conditional formats, by sheet, found by the marker in their formula. */
  ownHighlights: { sheet: string; format: Excel.ConditionalFormat }[];
  /** Stored settings, by key. */
  settings: Map<string, unknown>;
  /**
   * Sheets a failed run left behind under the writer's temporary names, with their tables: not
   * in `book` (they are neither the user's input nor finished sheets of the add-in's).
   */
  scratch: { name: string; tables: string[] }[];
}

/**
 * Rows read in the second round trip, with the sheets' sizes: a register, a candidate list and
 * most exchange logs fit, so a whole read takes two round trips.
 */
const HEAD_ROWS = 1000;
/**
 * Cells read per round trip after that. Excel on the web refuses a response over 5 MB; at some
 * 40 bytes a cell (value and number format) this stays well under it. A read refused all the same
 * (long texts) is split in halves and tried again.
 */
const CELLS_PER_READ = 100_000;

interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/**
 * Reads every sheet's used cells (values and number formats), the Excel tables, the settings and
 * the conditional formats: one round trip for the names, one for the contents of the first
 * thousand rows and the sheets' sizes, and one per 100,000 cells beyond.
 */
/** `Workbook.use1904DateSystem` (ExcelApi 1.16), which @types/office-js does not declare yet. */
interface DateSystemWorkbook {
  use1904DateSystem: boolean;
  load(property: "use1904DateSystem"): DateSystemWorkbook;
}

/**
 * The workbook's date system, loaded with the first round trip where Excel can tell it (ExcelApi
 * 1.16: Microsoft 365, Excel on the web). Where it cannot (Excel 2016–2021 perpetual), null: the
 * 1900 system is taken, as Excel for Windows has always created workbooks, and a 1904 workbook
 * opened there reads its dates 1,462 days early (README, "Dates").
 */
function loadDateSystem(context: Excel.RequestContext): DateSystemWorkbook | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.context?.requirements?.isSetSupported("ExcelApi", "1.16")) return null;
  return (context.workbook as unknown as DateSystemWorkbook).load("use1904DateSystem");
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookInventory> {
  const worksheets = context.workbook.worksheets.load("items/name,items/position,items/protection/protected");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const settings = context.workbook.settings.load("items/key,items/value");
  const dateSystem = loadDateSystem(context);
  await context.sync();

  const perSheet = worksheets.items.map((ws) => ({
    name: ws.name,
    position: ws.position,
    protected: ws.protection.protected,
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    head: ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex"),
    formats: ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
  }));
  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    range: t.getRange().load("address"),
  }));
  await context.sync();

  const grids = perSheet.map(({ head }) => {
    const grid: Pick<SheetGrid, "values" | "formats"> = { values: [], formats: [] };
    if (!head.isNullObject) place(grid, head.values, head.numberFormat, head.rowIndex, head.columnIndex);
    return grid;
  });
  const rest: Block[] = perSheet.flatMap(({ used }, sheet) => {
    if (used.isNullObject || used.rowIndex + used.rowCount <= HEAD_ROWS) return [];
    return rowBlocks(
      sheet,
      Math.max(HEAD_ROWS, used.rowIndex),
      used.rowIndex + used.rowCount,
      used.columnIndex,
      used.columnCount,
    );
  });
  await readBlocks(context, worksheets.items, rest, grids);

  const scratch = (name: string) => name.startsWith(TEMP_SHEET_PREFIX);
  const sheets: SheetGrid[] = perSheet
    .map(({ name }, i) => ({
      name,
      ...grids[i],
      tables: tableRanges.filter((t) => t.sheet === name).flatMap((t) => tableRegion(t.name, t.range.address)),
    }))
    .filter(({ name }) => !scratch(name));
  // The add-in's rules carry its marker. A custom rule with no formula is one an interrupted run
  // added and did not get to fill in (Excel's own dialog cannot make one): it goes too.
  const isOwn = (formula: string | null | undefined) => {
    const text = (formula ?? "").replace(/^=/, "").trim();
    return text === "" || text.includes(HIGHLIGHT_MARKER);
  };
  const ownHighlights = perSheet.flatMap(({ name, formats }) =>
    formats.items
      .filter(
        (f) => f.type === "Custom" && !f.customOrNullObject.isNullObject && isOwn(f.customOrNullObject.rule.formula),
      )
      .map((format) => ({ sheet: name, format })),
  );
  return {
    book: dateSystem?.use1904DateSystem
      ? { sheets: sheets.map((s) => ({ ...s, date1904: true })), date1904: true }
      : { sheets },
    sheets: perSheet.map(({ name, position, protected: locked }) => ({ name, position, protected: locked })),
    ownHighlights,
    settings: new Map(settings.items.map((s) => [s.key, s.value])),
    scratch: perSheet
      .filter(({ name }) => scratch(name))
      .map(({ name }) => ({ name, tables: tableRanges.filter((t) => t.sheet === name).map((t) => t.name) })),
  };
}

/** Rows from..to (exclusive) of a sheet, cut into blocks of at most CELLS_PER_READ cells. */
function rowBlocks(sheet: number, from: number, to: number, left: number, columns: number): Block[] {
  const step = Math.max(1, Math.floor(CELLS_PER_READ / columns));
  const blocks: Block[] = [];
  for (let top = from; top < to; top += step)
    blocks.push({ sheet, top, left, rows: Math.min(step, to - top), columns });
  return blocks;
}

/** Reads the blocks, as many per round trip as the cell budget allows; a refused read is halved. */
async function readBlocks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  blocks: Block[],
  grids: Pick<SheetGrid, "values" | "formats">[],
): Promise<void> {
  const queue = [...blocks];
  while (queue.length > 0) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + queue[0].rows * queue[0].columns <= CELLS_PER_READ)) {
      const b = queue.shift()!;
      batch.push(b);
      cells += b.rows * b.columns;
    }
    const ranges = batch.map((b) =>
      worksheets[b.sheet].getRangeByIndexes(b.top, b.left, b.rows, b.columns).load("values,numberFormat"),
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per batch of blocks that fits
      await context.sync();
    } catch (error) {
      const tooBig = (error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";
      if (!tooBig || batch.every((b) => b.rows === 1)) throw error;
      queue.unshift(...batch.flatMap(halves));
      continue;
    }
    batch.forEach((b, i) => place(grids[b.sheet], ranges[i].values, ranges[i].numberFormat, b.top, b.left));
  }
}

function halves(b: Block): Block[] {
  if (b.rows === 1) return [b];
  const upper = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: upper },
    { ...b, top: b.top + upper, rows: b.rows - upper },
  ];
}

/** Puts a block read at (top, left) into a grid that starts at A1, as the core expects. */
function place(
  grid: Pick<SheetGrid, "values" | "formats">,
  values: unknown[][],
  formats: unknown[][],
  top: number,
  left: number,
): void {
  const formatRows = grid.formats!;
  values.forEach((row, i) => {
    const r = top + i;
    while (grid.values.length <= r) grid.values.push([]);
    while (formatRows.length <= r) formatRows.push([]);
    const cells = grid.values[r];
    const fmts = formatRows[r];
    // Cells left of the block are empty, as office-js reports empty cells.
    while (cells.length < left) cells.push("");
    while (fmts.length < left) fmts.push(null);
    row.forEach((v, j) => {
      cells[left + j] = v as CellValue;
      fmts[left + j] = (formats[i]?.[j] ?? null) as string | null;
    });
  });
}

function tableRegion(name: string, address: string): TableRegion[] {
  const block = parseA1(address);
  return block
    ? [{ name, headerRow: block.top, lastRow: block.bottom, firstColumn: block.left, lastColumn: block.right }]
    : [];
}
