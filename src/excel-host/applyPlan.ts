import type { LinkValue, PlanCell, PlanFont, PlanValue, SheetPlan, WritePlan } from "../core/plan/writePlan";
import { columnLetter } from "../core/detect/mapping";
import { columnWidthPoints } from "./columnWidth";
import { classifyExcelError } from "./excelErrors";
import type { WorkbookInventory } from "./readWorkbook";
import { argumentBytes, gridPieces, wireCost } from "./wireCost";
import { officeRequirements } from "./requirements";

/**
 * Excel on the web refuses a request over 5 MB. Writes are queued in steps whose size is counted
 * as the office.js client sends them (wireCost.ts) and sent in as few round trips as fit under
 * this budget: 4,000,000 bytes, under 4 MB however a megabyte is counted.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Rows of one sheet written per step, so that a big sheet can be split across round trips. */
const ROWS_PER_STEP = 2000;
/** At most this much of the request per step of rows, so that steps pack well under the budget. */
const STEP_BYTES = 256 * 1024;

/** Sheets being built are named so, and are removed if a failed run left one behind. */
export const TEMP_SHEET_PREFIX = "~PartnerCities~";
/** A replaced sheet is renamed so for the moment of the swap (a failed run may leave one behind). */
export const ASIDE_SHEET_PREFIX = `${TEMP_SHEET_PREFIX}old~`;

/** An earlier run's sheet of the kind a plan sheet replaces, and the name of its table now. */
interface Previous {
  sheet: string;
  table: string;
  /** Already set aside by a run that failed during its swap. */
  aside: boolean;
}

interface Step {
  bytes: number;
  queue(): void;
}

/**
 * Carries out a write plan inside Excel, and returns the bytes budgeted for each round trip.
 * Each replaced sheet is built under a temporary name and swapped in only once complete, so that
 * a failure mid-write leaves the previous sheet. The add-in's own conditional formats are removed
 * and added again; nobody else's are touched.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  inventory: WorkbookInventory,
  /** A sheet to make the active one once everything is written (the ribbon shows the summary). */
  show?: string,
): Promise<number[]> {
  refuseProtected(plan, inventory);
  const worksheets = context.workbook.worksheets;
  const existing = new Map(inventory.sheets.map((s) => [s.name.toLowerCase(), s]));
  const steps: Step[] = [];

  // The sheet an earlier run made of each kind, by its table: under the plan's name, under the
  // other language's, or set aside by a run that failed during its swap (see sheetSteps).
  const holders = new Map<string, Previous>();
  for (const s of inventory.book.sheets) {
    for (const t of s.tables ?? []) holders.set(t.name.toLowerCase(), { sheet: s.name, table: t.name, aside: false });
  }
  for (const s of inventory.scratch) {
    if (!s.name.startsWith(ASIDE_SHEET_PREFIX)) continue;
    for (const table of s.tables) {
      const kind = table.replace(/_old$/, "").toLowerCase();
      if (!holders.has(kind)) holders.set(kind, { sheet: s.name, table, aside: true });
    }
  }
  const claimed = new Map(
    plan.sheets.flatMap((sheet) => {
      const previous = holders.get(sheet.tableName.toLowerCase());
      return previous ? [[sheet.tableName, previous] as const] : [];
    }),
  );
  const claimedSheets = new Set([...claimed.values()].map((p) => p.sheet.toLowerCase()));
  const handled = new Set(claimedSheets);

  // What a failed run left behind goes first (sheets being built are always the last tabs).
  for (const s of inventory.scratch) {
    if (!handled.has(s.name.toLowerCase())) {
      steps.push(small(() => worksheets.getItem(s.name).delete()));
      handled.add(s.name.toLowerCase());
    }
  }
  // Where a sheet is once the leftovers are gone.
  const cleaned = inventory.scratch
    .filter((s) => !claimedSheets.has(s.name.toLowerCase()))
    .map((s) => existing.get(s.name.toLowerCase())!.position);
  const positionAfterCleanup = (name: string): number => {
    const position = existing.get(name.toLowerCase())!.position;
    return position - cleaned.filter((p) => p < position).length;
  };
  // Temporary names never reuse one the workbook had when it was read.
  const taken = new Set(existing.keys());
  const freeName = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  plan.sheets.forEach((sheet, i) => {
    const previous = claimed.get(sheet.tableName);
    // In place of the previous sheet of that name (or of the one set aside); new ones go last.
    const place =
      previous && (previous.aside || previous.sheet.toLowerCase() === sheet.name.toLowerCase())
        ? positionAfterCleanup(previous.sheet)
        : undefined;
    const names = { temp: freeName(`${TEMP_SHEET_PREFIX}${i + 1}`), aside: freeName(`${ASIDE_SHEET_PREFIX}${i + 1}`) };
    steps.push(...sheetSteps(worksheets, sheet, names, previous, place));
  });
  for (const name of plan.deleteSheets) {
    if (existing.has(name.toLowerCase()) && !handled.has(name.toLowerCase()))
      steps.push(small(() => worksheets.getItem(name).delete()));
  }

  const highlighted = new Set(plan.highlights.map((h) => h.sheet));
  // The rules were read with their ids and are deleted by id (readWorkbook: Excel cannot find by
  // position a rule that shares its cells with another). Excel documents a rule's id as its
  // priority in the collection, which a deletion shifts as it shifts positions: the last go first,
  // so that every deletion finds its rule where it was read, by id or by position, in one request
  // or several.
  for (const { sheet, format } of [...inventory.ownHighlights].reverse()) {
    if (highlighted.has(sheet) || plan.clearOtherHighlights) steps.push(small(() => format.delete()));
  }
  for (const h of plan.highlights) {
    for (const rule of h.rules) {
      steps.push({
        bytes: wireCost(2, 6, rule.formula, rule.fill, rule.fontColor),
        queue() {
          const format = worksheets.getItem(h.sheet).getRange(h.range).conditionalFormats.add("Custom");
          format.custom.rule.formula = rule.formula;
          format.custom.format.fill.color = rule.fill;
          format.custom.format.font.color = rule.fontColor;
        },
      });
    }
  }

  for (const [key, value] of Object.entries(plan.settings)) {
    if (value !== null)
      steps.push({ bytes: wireCost(0, 2, key, value), queue: () => context.workbook.settings.add(key, value) });
    else if (inventory.settings.has(key)) steps.push(small(() => context.workbook.settings.getItem(key).delete()));
  }

  if (show) steps.push(small(() => worksheets.getItem(show).activate()));
  return runSteps(context, steps);
}

/**
 * Excel refuses conditional formats on a protected sheet, but only once the sheets before them
 * are written. A sheet known to be protected when the workbook was read stops the run before
 * anything is written; one protected in between is still refused by Excel (AccessDenied).
 */
function refuseProtected(plan: WritePlan, inventory: WorkbookInventory): void {
  const touched = new Set(plan.highlights.map((h) => h.sheet.toLowerCase()));
  for (const { sheet } of inventory.ownHighlights) if (plan.clearOtherHighlights) touched.add(sheet.toLowerCase());
  const locked = inventory.sheets.find((s) => s.protected && touched.has(s.name.toLowerCase()));
  if (locked) throw new SheetProtectedError(locked.name);
}

/** Shaped like Excel's own refusal (code AccessDenied), so that it reads the same to the user. */
export class SheetProtectedError extends Error {
  readonly code = "AccessDenied";
  constructor(readonly sheet: string) {
    super(`The sheet "${sheet}" is protected.`);
    this.name = "SheetProtectedError";
  }
}

/** A request's own part: the workbook's and the application's paths, the calculation's suspension. */
const REQUEST_FRAMING_BYTES = wireCost(2, 3);

/**
 * Excel on the web has been seen to refuse an oversized request as GeneralException ("internal
 * error") rather than as a size refusal. A request this big that is refused so is split and sent
 * again as if refused for its size; a smaller one is not (its refusal is shown as it is).
 */
const SIZE_SUSPECT_BYTES = 1_000_000;

/**
 * Queues the steps, sending a round trip whenever the next step would pass the budget. Returns
 * the bytes budgeted for each round trip sent.
 */
async function runSteps(context: Excel.RequestContext, steps: Step[]): Promise<number[]> {
  const budgeted: number[] = [];
  let request: Step[] = [];
  let pending = 0;
  for (const step of steps) {
    if (request.length > 0 && pending + step.bytes > REQUEST_BUDGET_BYTES) {
      await send(context, request, budgeted);
      request = [];
    }
    if (request.length === 0) pending = REQUEST_FRAMING_BYTES;
    request.push(step);
    pending += step.bytes;
  }
  if (request.length > 0) await send(context, request, budgeted);
  return budgeted;
}

/**
 * Sends the steps in one round trip. Refused for its size, a request is refused whole, so its
 * halves are sent in turn instead; a single step refused so is shown to the user.
 */
async function send(context: Excel.RequestContext, steps: Step[], budgeted: number[]): Promise<void> {
  // Formulas of the whole workbook are recalculated once, after the round trip, not per write.
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) step.queue();
  const bytes = steps.reduce((sum, step) => sum + step.bytes, REQUEST_FRAMING_BYTES);
  try {
    await context.sync();
  } catch (error) {
    if (steps.length < 2 || !refusedForSize(error, bytes)) throw error;
    const half = Math.ceil(steps.length / 2);
    await send(context, steps.slice(0, half), budgeted);
    await send(context, steps.slice(half), budgeted);
    return;
  }
  budgeted.push(bytes);
}

function refusedForSize(error: unknown, bytes: number): boolean {
  const { code } = classifyExcelError(error);
  return code === "RequestPayloadSizeLimitExceeded" || (code === "GeneralException" && bytes > SIZE_SUSPECT_BYTES);
}

/**
 * One number format for every cell of a range. Excel takes a single value for a whole range (the
 * client sends it as it is, where a grid over 1,500 cells goes in pieces); the typings declare
 * only the grid.
 */
function formatAll(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** A step of a few calls with short arguments (a sheet's name, an address). */
const small = (queue: () => void): Step => ({ bytes: wireCost(3, 8, "~".repeat(200)), queue });

function sheetSteps(
  worksheets: Excel.WorksheetCollection,
  plan: SheetPlan,
  names: { temp: string; aside: string },
  previous: Previous | undefined,
  place: number | undefined,
): Step[] {
  const tempName = names.temp;
  const width = plan.columns.length;
  // Formats go in before values: a text column's "@" keeps a partner named "=HYPERLINK(…)" text.
  const formats = plan.columns.map((c) => c.numberFormat);
  const lastColumn = columnLetter(width - 1);
  const bodyRows = plan.rows.length;
  const tempTable = `${plan.tableName}_new`;
  const sheet = () => worksheets.getItem(tempName);
  const steps: Step[] = [];

  // Number formats go on whole columns of the body at once, before any value (a text column's
  // "@" keeps a partner named "=HYPERLINK(…)" text): one call per column, not a grid per block.
  steps.push({
    bytes: wireCost(
      2 + 2 * width,
      3 + 2 * width,
      plan.columns.map((c) => c.header),
      formats,
    ),
    queue() {
      const ws = worksheets.add(tempName);
      plan.columns.forEach((c, i) => {
        const column = columnLetter(i);
        ws.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(c.width);
        if (bodyRows > 0) formatAll(ws.getRange(`${column}2:${column}${bodyRows + 1}`), formats[i]!);
      });
      const header = ws.getRange(`A1:${lastColumn}1`);
      formatAll(header, plan.headerNumberFormat);
      header.values = [plan.columns.map((c) => c.header)];
    },
  });

  const linkColumns = plan.columns.flatMap((_, c) => (plan.rows.some((r) => isLink(r[c]!)) ? [c] : []));
  // A column's links in one setCellProperties call needs ExcelApi 1.9 (Microsoft 365, Excel 2021,
  // the web); Office 2019 (1.8) gets one hyperlink per cell, each a range of its own in the request.
  // Outside Office (the in-memory host of the tests and the preview) there is nothing to ask: by column.
  const requirements = officeRequirements();
  const byColumn = !requirements || requirements.isSetSupported("ExcelApi", "1.9");
  for (let start = 0; start < bodyRows;) {
    // Rows in one step: at most ROWS_PER_STEP, and at most STEP_BYTES of request.
    let end = start;
    // The sheet looked up, its block's range, and a range per column of links.
    let bytes = wireCost(2 + linkColumns.length, 1 + linkColumns.length);
    while (end < bodyRows && end - start < ROWS_PER_STEP) {
      const row = rowBytes(plan.rows[end]!, linkColumns, byColumn);
      if (end > start && bytes + row > STEP_BYTES) break;
      bytes += row;
      end++;
    }
    const rows = plan.rows.slice(start, end);
    const runs = linkRuns(rows);
    bytes += runs.length * wireCost(1, 3, plan.linkFont);
    const first = start;
    start = end;
    steps.push({
      bytes: bytes + gridPieces(rows.length, width),
      queue() {
        const ws = sheet();
        const top = first + 2;
        const bottom = first + 1 + rows.length;
        ws.getRange(`A${top}:${lastColumn}${bottom}`).values = rows.map((r) => r.map(cellValue));
        for (const c of linkColumns) {
          const column = columnLetter(c);
          if (byColumn) {
            ws.getRange(`${column}${top}:${column}${bottom}`).setCellProperties(
              rows.map((r) => [linkProperties(r[c]!)]),
            );
            continue;
          }
          rows.forEach((r, i) => {
            const link = r[c]!;
            if (isLink(link)) ws.getRange(`${column}${top + i}`).hyperlink = hyperlinkOf(link);
          });
        }
        for (const run of runs) {
          const column = columnLetter(run.column);
          setFont(ws.getRange(`${column}${top + run.first}:${column}${top + run.last}`), plan.linkFont);
        }
      },
    });
  }

  steps.push(
    small(() => {
      const ws = sheet();
      const table = ws.tables.add(`A1:${lastColumn}${Math.max(bodyRows, 1) + 1}`, true);
      table.name = tempTable;
      table.style = plan.tableStyle;
      ws.freezePanes.freezeRows(plan.freezeRows);
      if (plan.totals) {
        // Under the table (an empty table still has one blank body row).
        const row = Math.max(bodyRows, 1) + 2;
        const totals = ws.getRange(`A${row}:${lastColumn}${row}`);
        totals.numberFormat = [formats];
        totals.values = [plan.totals.map((v) => v ?? "")];
        setFont(totals, plan.totalsFont);
      }
      if (plan.chart && bodyRows > 0) {
        const { categoryColumn, seriesColumns } = plan.chart;
        const from = columnLetter(Math.min(categoryColumn, ...seriesColumns));
        const to = columnLetter(Math.max(categoryColumn, ...seriesColumns));
        const chart = ws.charts.add("ColumnClustered", ws.getRange(`${from}1:${to}${bodyRows + 1}`), "Columns");
        chart.title.text = plan.chart.title;
        chart.setPosition(a1(plan.chart.position.topLeft), a1(plan.chart.position.bottomRight));
      }
    }),
  );

  // The swap, once the new sheet is complete. Names of sheets and of tables are unique, so the
  // previous sheet first steps aside under a temporary name, then its table; the new sheet's
  // table takes the name, then the new sheet its name and place; only then does the previous
  // one go. A failed round trip does not undo its operations, so each operation must leave a
  // workbook that the next run mends, never a half-written sheet under the name: until the first
  // rename the previous sheet is whole under its name; from the last one the new sheet is; in
  // between (four operations) the name is free and both sheets are whole under temporary
  // names, and the next run puts the new sheet where the previous one was. The analysis never
  // reads a sheet under a temporary name (readWorkbook). Deleting the previous sheet first would
  // lose it to a failure before the rename, and its table's name would clash on a language switch.
  steps.push(
    small(() => {
      const oldTable = `${plan.tableName}_old`;
      if (previous) {
        const old = worksheets.getItem(previous.sheet);
        if (!previous.aside) old.name = names.aside;
        if (previous.table !== oldTable) old.tables.getItem(previous.table).name = oldTable;
      }
      const ws = sheet();
      ws.tables.getItem(tempTable).name = plan.tableName;
      if (place !== undefined) ws.position = place;
      ws.name = plan.name;
      if (previous) worksheets.getItem(previous.aside ? previous.sheet : names.aside).delete();
    }),
  );
  return steps;
}

/**
 * A body row's share of the request: its values, and each link's properties in its column's call
 * (by column), or each link as a range and a call of its own (cell by cell).
 */
function rowBytes(row: (PlanValue | LinkValue)[], linkColumns: number[], byColumn: boolean): number {
  let bytes = argumentBytes(row.map(cellValue)) + 1;
  for (const c of linkColumns) {
    const v = row[c]!;
    if (byColumn) bytes += argumentBytes([linkProperties(v)]) + 1;
    else if (isLink(v)) bytes += wireCost(1, 1, hyperlinkOf(v));
  }
  return bytes;
}

function hyperlinkOf(v: LinkValue): Excel.RangeHyperlink {
  return { documentReference: v.target, textToDisplay: v.text };
}

function linkProperties(v: PlanValue | LinkValue): { hyperlink?: Excel.RangeHyperlink } {
  return isLink(v) ? { hyperlink: hyperlinkOf(v) } : {};
}

/** The link cells of a block of rows as runs down each column, so that one range takes their font. */
function linkRuns(rows: (PlanValue | LinkValue)[][]): { column: number; first: number; last: number }[] {
  const runs: { column: number; first: number; last: number }[] = [];
  const open = new Map<number, { column: number; first: number; last: number }>();
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (!isLink(v)) return;
      const run = open.get(c);
      if (run && run.last === i - 1) run.last = i;
      else {
        const next = { column: c, first: i, last: i };
        open.set(c, next);
        runs.push(next);
      }
    }),
  );
  return runs;
}

function setFont(range: Excel.Range, font: PlanFont): void {
  if (font.bold) range.format.font.bold = true;
  if (font.underline) range.format.font.underline = "Single";
  if (font.color) range.format.font.color = font.color;
}

function a1(cell: PlanCell): string {
  return `${columnLetter(cell.column)}${cell.row + 1}`;
}

function isLink(v: PlanValue | LinkValue): v is LinkValue {
  return typeof v === "object" && v !== null;
}

function cellValue(v: PlanValue | LinkValue): string | number | boolean {
  if (isLink(v)) return v.text;
  return v ?? "";
}
