import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../core/workbook";
import { parseA1 } from "../core/a1";
import { HIGHLIGHT_MARKER, TABLE_PREFIX } from "../core/plan/writePlan";
import { TEMP_SHEET_PREFIX } from "./applyPlan";
import { officeRequirements } from "./requirements";

/** What a run learns of the open workbook before it writes: the grids, and handles to act on. */
export interface WorkbookInventory {
  book: WorkbookGrid;
  /**
   * Sheets in order, with their position, whether they are protected, and the names of their
   * charts where they hold one of the add-in's tables (a re-run removes the chart it drew).
   */
  sheets: { name: string; position: number; protected: boolean; charts: string[] }[];
  /**
   * The add-in's own conditional formats, found by the marker in their formula: sheet by sheet,
   * each sheet's in the order of its collection. Loaded with their ids, they are addressed by id.
   */
  ownHighlights: { sheet: string; format: Excel.ConditionalFormat }[];
  /** Stored settings, by key. */
  settings: Map<string, unknown>;
  /**
   * Sheets a failed run left behind under the writer's temporary names, with their tables and
   * cells: not in `book` (they are neither the user's input nor finished sheets of the add-in's).
   */
  scratch: SheetGrid[];
}

/**
 * Rows read in the second round trip, with the sheets' sizes: a register, a candidate list and
 * most exchange logs fit, so a whole read takes two round trips.
 */
const HEAD_ROWS = 1000;
/**
 * Bytes of a response the reader aims at. Excel on the web refuses a response over 5 MB; the
 * reader counts what it reads (each cell's value and number format, as JSON) and sizes the next
 * pieces of a sheet by what a cell of that sheet has cost so far.
 */
const RESPONSE_BUDGET_BYTES = 3_000_000;
/** What a cell costs before any of its sheet has been read (a date or short text and its format). */
const DEFAULT_CELL_BYTES = 30;

interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** A read that Excel refused for its size: read smaller pieces instead. */
const tooBig = (error: unknown) => (error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * Reads every sheet's used cells (values and number formats), the Excel tables, the settings and
 * the conditional formats: one round trip for the names, one for the contents of the first
 * thousand rows and the sheets' sizes, and one per 3 MB of cells beyond. A first thousand rows too
 * big for one response (long texts, a stray value far to the right) is read in pieces too.
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
  if (!officeRequirements()?.isSetSupported("ExcelApi", "1.16")) return null;
  return (context.workbook as unknown as DateSystemWorkbook).load("use1904DateSystem");
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookInventory> {
  const worksheets = context.workbook.worksheets.load("items/name,items/position,items/protection/protected");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const settings = context.workbook.settings.load("items/key,items/value");
  const dateSystem = loadDateSystem(context);
  await context.sync();

  const holdsOwnTable = new Set(
    tables.items.filter((t) => t.name.startsWith(TABLE_PREFIX)).map((t) => t.worksheet.name),
  );
  const sizes = (withHead: boolean) => {
    const perSheet = worksheets.items.map((ws) => ({
      name: ws.name,
      position: ws.position,
      protected: ws.protection.protected,
      used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
      head: withHead
        ? ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex")
        : null,
      // Each format's id comes too, so that the client addresses it by id (getItem) when its rule
      // is deleted. By position (GetItemAt, how the client addresses an item Excel sent without
      // an id), Excel cannot find a format that shares its cells with another (office-js #5222,
      // #6827, #6835), and the add-in's three rules share theirs; one query of the collection
      // reads them all where they are. customOrNullObject: `custom` fails for a sheet that also
      // has rules of other types (office-js #2180).
      formats: ws.getRange().conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula"),
      charts: holdsOwnTable.has(ws.name) ? ws.charts.load("items/name") : null,
    }));
    const tableRanges = tables.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      range: t.getRange().load("address"),
    }));
    return { perSheet, tableRanges };
  };
  let read = sizes(true);
  try {
    await context.sync();
  } catch (error) {
    if (!tooBig(error)) throw error;
    read = sizes(false);
    await context.sync();
  }
  const { perSheet, tableRanges } = read;

  const grids = perSheet.map(() => ({ values: [], formats: [] }) as Pick<SheetGrid, "values" | "formats">);
  const cellBytes = perSheet.map(() => DEFAULT_CELL_BYTES);
  const rest: Block[] = [];
  perSheet.forEach(({ head, used }, sheet) => {
    if (used.isNullObject) return;
    let from = used.rowIndex;
    if (head && (head.isNullObject || Array.isArray(head.values))) {
      // The head came back: it is placed, and tells what a cell of this sheet costs. (Without
      // values, Excel could not answer it for its size: its rows are read in pieces below.)
      if (!head.isNullObject) {
        place(grids[sheet], head.values, head.numberFormat, head.rowIndex, head.columnIndex);
        cellBytes[sheet] = costPerCell(head.values, head.numberFormat);
      }
      from = Math.max(HEAD_ROWS, used.rowIndex);
    }
    const to = used.rowIndex + used.rowCount;
    if (from < to) rest.push({ sheet, top: from, left: used.columnIndex, rows: to - from, columns: used.columnCount });
  });
  await readBlocks(context, worksheets.items, rest, grids, cellBytes);

  const scratch = (name: string) => name.startsWith(TEMP_SHEET_PREFIX);
  const all: SheetGrid[] = perSheet.map(({ name }, i) => ({
    name,
    ...grids[i],
    tables: tableRanges.filter((t) => t.sheet === name).flatMap((t) => tableRegion(t.name, t.range.address)),
  }));
  const sheets = all.filter(({ name }) => !scratch(name));
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
    sheets: perSheet.map(({ name, position, protected: locked, charts }) => ({
      name,
      position,
      protected: locked,
      charts: charts ? charts.items.map((c) => c.name) : [],
    })),
    ownHighlights,
    settings: new Map(settings.items.map((s) => [s.key, s.value])),
    scratch: all.filter(({ name }) => scratch(name)),
  };
}

const encoder = new TextEncoder();

/** Bytes a cell of this grid took in the response, with a margin for JSON's framing and escapes. */
function costPerCell(values: unknown[][], formats: unknown[][]): number {
  const cells = values.reduce((n, row) => n + row.length, 0);
  if (cells === 0) return DEFAULT_CELL_BYTES;
  const bytes = encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(formats)).length;
  return Math.max(DEFAULT_CELL_BYTES, Math.ceil((1.25 * bytes) / cells));
}

/**
 * Reads the blocks in pieces of rows sized to the response budget by what a cell of their sheet
 * costs, as many pieces per round trip as the budget allows. A piece Excel refuses all the same is
 * halved; a row that cannot be read even alone is Excel's refusal, told as such.
 */
async function readBlocks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  blocks: Block[],
  grids: Pick<SheetGrid, "values" | "formats">[],
  cellBytes: number[],
): Promise<void> {
  const pieces = blocks.flatMap((b) => {
    const rows = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / cellBytes[b.sheet]! / b.columns));
    const out: Block[] = [];
    for (let top = b.top; top < b.top + b.rows; top += rows)
      out.push({ ...b, top, rows: Math.min(rows, b.top + b.rows - top) });
    return out;
  });
  const queue = [...pieces];
  while (queue.length > 0) {
    const batch: Block[] = [];
    let bytes = 0;
    const cost = (b: Block) => b.rows * b.columns * cellBytes[b.sheet]!;
    while (queue.length > 0 && (batch.length === 0 || bytes + cost(queue[0]!) <= RESPONSE_BUDGET_BYTES)) {
      const b = queue.shift()!;
      batch.push(b);
      bytes += cost(b);
    }
    // Each piece's used part: a stray value far to the right widens only the rows it is in.
    const ranges = batch.map((b) =>
      worksheets[b.sheet]!.getRangeByIndexes(b.top, b.left, b.rows, b.columns)
        .getUsedRangeOrNullObject(true)
        .load("values,numberFormat,rowIndex,columnIndex"),
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per batch of blocks that fits
      await context.sync();
    } catch (error) {
      if (!tooBig(error) || batch.every((b) => b.rows === 1)) throw error;
      // Cells of these sheets cost more than counted: count them dearer, and read smaller pieces.
      for (const sheet of new Set(batch.map((b) => b.sheet))) cellBytes[sheet] = 2 * cellBytes[sheet]!;
      queue.unshift(...batch.flatMap(halves));
      continue;
    }
    const unanswered = batch.filter((_, i) => !ranges[i]!.isNullObject && !ranges[i]!.values);
    if (unanswered.length > 0) {
      // Excel gave no values for a piece too big to answer: read it smaller.
      if (unanswered.every((b) => b.rows === 1)) throw new ReadRefusedError();
      queue.unshift(...unanswered.flatMap(halves));
    }
    batch.forEach((b, i) => {
      const range = ranges[i]!;
      if (range.isNullObject || !range.values) return;
      place(grids[b.sheet]!, range.values, range.numberFormat, range.rowIndex, range.columnIndex);
      cellBytes[b.sheet] = Math.max(cellBytes[b.sheet]!, costPerCell(range.values, range.numberFormat));
    });
  }
}

/** Excel answered a read of a single row with no values: shaped like its size refusal, so the user reads why. */
class ReadRefusedError extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
  constructor() {
    super("Excel returned no values for a row of the workbook: it is too big to read.");
    this.name = "ReadRefusedError";
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
