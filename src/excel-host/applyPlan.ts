import type { LinkValue, PlanCell, PlanFont, PlanValue, SheetPlan, WritePlan } from "../core/plan/writePlan";
import { columnLetter } from "../core/detect/mapping";
import { columnWidthPoints } from "./columnWidth";
import type { WorkbookInventory } from "./readWorkbook";

/**
 * Excel on the web refuses a request over 5 MB. Writes are queued in steps of known size and sent
 * in as few round trips as fit under this budget, leaving room for the request's own framing.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows of one sheet written per step, so that a big sheet can be split across round trips. */
const ROWS_PER_STEP = 2000;
/** At most this much of the request per step of rows, so that steps pack well under the budget. */
const STEP_BYTES = 256 * 1024;
/** A font set on one range of link cells. */
const FONT_BYTES = 300;

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
 * Carries out a write plan inside Excel. Each replaced sheet is built under a temporary name and
 * swapped in only once complete, so that a failure mid-write leaves the previous sheet. The
 * add-in's own conditional formats are removed and added again; nobody else's are touched.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  inventory: WorkbookInventory,
  /** A sheet to make the active one once everything is written (the ribbon shows the summary). */
  show?: string,
): Promise<void> {
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
  for (const { sheet, format } of inventory.ownHighlights) {
    if (highlighted.has(sheet) || plan.clearOtherHighlights) steps.push(small(() => format.delete()));
  }
  for (const h of plan.highlights) {
    for (const rule of h.rules) {
      steps.push({
        bytes: rule.formula.length * 2 + 200,
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
      steps.push({ bytes: value.length * 2 + 100, queue: () => context.workbook.settings.add(key, value) });
    else if (inventory.settings.has(key)) steps.push(small(() => context.workbook.settings.getItem(key).delete()));
  }

  if (show) steps.push(small(() => worksheets.getItem(show).activate()));
  await runSteps(context, steps);
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

/** Queues the steps, sending a round trip whenever the next step would pass the budget. */
async function runSteps(context: Excel.RequestContext, steps: Step[]): Promise<void> {
  let pending = 0;
  for (const step of steps) {
    if (pending > 0 && pending + step.bytes > REQUEST_BUDGET_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per full request, not per step
      await context.sync();
      pending = 0;
    }
    // Formulas of the whole workbook are recalculated once, after the round trip, not per write.
    if (pending === 0) context.application.suspendApiCalculationUntilNextSync();
    step.queue();
    pending += step.bytes;
  }
  if (pending > 0) await context.sync();
}

const small = (queue: () => void): Step => ({ bytes: 200, queue });

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

  steps.push(
    small(() => {
      const ws = worksheets.add(tempName);
      plan.columns.forEach((c, i) => {
        ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = columnWidthPoints(c.width);
      });
      const header = ws.getRange(`A1:${lastColumn}1`);
      header.numberFormat = [plan.columns.map(() => plan.headerNumberFormat)];
      header.values = [plan.columns.map((c) => c.header)];
    }),
  );

  const formatBytes = utf8Bytes(formats) + 1;
  for (let start = 0; start < bodyRows;) {
    // Rows in one step: at most ROWS_PER_STEP, and at most STEP_BYTES of request.
    let end = start;
    let bytes = 200;
    while (end < bodyRows && end - start < ROWS_PER_STEP) {
      const row = rowBytes(plan.rows[end]!, formatBytes);
      if (end > start && bytes + row > STEP_BYTES) break;
      bytes += row;
      end++;
    }
    const rows = plan.rows.slice(start, end);
    const runs = linkRuns(rows);
    bytes += FONT_BYTES * runs.length;
    const values = rows.map((r) => r.map(cellValue));
    const first = start;
    start = end;
    steps.push({
      bytes,
      queue() {
        const start = first;
        const ws = sheet();
        const block = ws.getRange(`A${start + 2}:${lastColumn}${start + 1 + rows.length}`);
        block.numberFormat = rows.map(() => formats);
        block.values = values;
        rows.forEach((r, i) =>
          r.forEach((v, c) => {
            if (isLink(v))
              ws.getRange(`${columnLetter(c)}${start + 2 + i}`).hyperlink = {
                documentReference: v.target,
                textToDisplay: v.text,
              };
          }),
        );
        for (const run of runs) {
          const address = `${columnLetter(run.column)}${start + 2 + run.first}:${columnLetter(run.column)}${start + 2 + run.last}`;
          setFont(ws.getRange(address), plan.linkFont);
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

const encoder = new TextEncoder();

/** Bytes of a value in the request: its JSON in UTF-8 (a Chinese character is 3 bytes). */
function utf8Bytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * A body row's share of the request: the arguments of its operations (values, formats, and each
 * link's cell address and hyperlink). The operations' own framing is what REQUEST_BUDGET_BYTES
 * leaves room for under the limit.
 */
function rowBytes(row: (PlanValue | LinkValue)[], formatBytes: number): number {
  let bytes = utf8Bytes(row.map(cellValue)) + 1 + formatBytes;
  for (const v of row) if (isLink(v)) bytes += 16 + utf8Bytes({ documentReference: v.target, textToDisplay: v.text });
  return bytes;
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
