import type { ColumnKind, LinkValue, PlanValue, SheetPlan, WritePlan } from "../core/plan/writePlan";
import { columnLetter } from "../core/detect/mapping";
import type { WorkbookInventory } from "./readWorkbook";

/**
 * Excel on the web refuses a request over 5 MB. Writes are queued in steps of known size and sent
 * in as few round trips as fit under this budget, leaving room for the request's own framing.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows of one sheet written per step, so that a big sheet can be split across round trips. */
const ROWS_PER_STEP = 2000;

/** Excel's column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

/** Sheets being built are named so, and are removed if a failed run left one behind. */
export const TEMP_SHEET_PREFIX = "~PartnerCities~";

const NUMBER_FORMATS: Record<ColumnKind, string> = {
  // Text columns are formatted as text before values go in, so that a partner named
  // "=HYPERLINK(…)" stays that text: Excel turns a string into a formula only in a non-text cell.
  text: "@",
  link: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  number: "0.00",
  percent: "0%",
};

interface Step {
  bytes: number;
  queue(): void;
}

/**
 * Carries out a write plan inside Excel. Each replaced sheet is built under a temporary name and
 * swapped in only once complete, so that a failure mid-write leaves the previous sheet. The
 * add-in's own conditional formats are removed and added again; nobody else's are touched.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, inventory: WorkbookInventory): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const existing = new Map(inventory.sheets.map((s) => [s.name.toLowerCase(), s]));
  const steps: Step[] = [];

  for (const s of inventory.sheets) {
    if (s.name.startsWith(TEMP_SHEET_PREFIX)) steps.push(small(() => worksheets.getItem(s.name).delete()));
  }
  plan.sheets.forEach((sheet, i) => steps.push(...sheetSteps(worksheets, sheet, `${TEMP_SHEET_PREFIX}${i + 1}`, existing.get(sheet.name.toLowerCase()))));
  for (const name of plan.deleteSheets) {
    if (existing.has(name.toLowerCase())) steps.push(small(() => worksheets.getItem(name).delete()));
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
    if (value !== null) steps.push({ bytes: value.length * 2 + 100, queue: () => context.workbook.settings.add(key, value) });
    else if (inventory.settings.has(key)) steps.push(small(() => context.workbook.settings.getItem(key).delete()));
  }

  await runSteps(context, steps);
}

/** Queues the steps, sending a round trip whenever the next step would pass the budget. */
async function runSteps(context: Excel.RequestContext, steps: Step[]): Promise<void> {
  let pending = 0;
  for (const step of steps) {
    if (pending > 0 && pending + step.bytes > REQUEST_BUDGET_BYTES) {
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
  tempName: string,
  previous: { name: string; position: number } | undefined,
): Step[] {
  const width = plan.columns.length;
  const formats = plan.columns.map((c) => NUMBER_FORMATS[c.kind]);
  const lastColumn = columnLetter(width - 1);
  const bodyRows = plan.rows.length;
  const tempTable = `${plan.tableName}_new`;
  const sheet = () => worksheets.getItem(tempName);
  const steps: Step[] = [];

  steps.push(
    small(() => {
      const ws = worksheets.add(tempName);
      plan.columns.forEach((c, i) => {
        ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = c.width * POINTS_PER_CHARACTER;
      });
      const header = ws.getRange(`A1:${lastColumn}1`);
      header.numberFormat = [plan.columns.map(() => "@")];
      header.values = [plan.columns.map((c) => c.header)];
    }),
  );

  for (let start = 0; start < bodyRows; start += ROWS_PER_STEP) {
    const rows = plan.rows.slice(start, start + ROWS_PER_STEP);
    const values = rows.map((r) => r.map(cellValue));
    steps.push({
      bytes: (JSON.stringify(values).length + JSON.stringify(formats).length * rows.length) * 2,
      queue() {
        const ws = sheet();
        const block = ws.getRange(`A${start + 2}:${lastColumn}${start + 1 + rows.length}`);
        block.numberFormat = rows.map(() => formats);
        block.values = values;
        rows.forEach((r, i) =>
          r.forEach((v, c) => {
            if (isLink(v)) ws.getRange(`${columnLetter(c)}${start + 2 + i}`).hyperlink = { documentReference: v.target, textToDisplay: v.text };
          }),
        );
      },
    });
  }

  steps.push(
    small(() => {
      const ws = sheet();
      ws.tables.add(`A1:${lastColumn}${Math.max(bodyRows, 1) + 1}`, true).name = tempTable;
      ws.freezePanes.freezeRows(plan.freezeRows);
      if (plan.totals) {
        // Under the table (an empty table still has one blank body row).
        const row = Math.max(bodyRows, 1) + 2;
        const totals = ws.getRange(`A${row}:${lastColumn}${row}`);
        totals.numberFormat = [formats];
        totals.values = [plan.totals.map((v) => v ?? "")];
        totals.format.font.bold = true;
      }
      if (plan.chart && bodyRows > 0) {
        const { categoryColumn, seriesColumns } = plan.chart;
        const from = columnLetter(Math.min(categoryColumn, ...seriesColumns));
        const to = columnLetter(Math.max(categoryColumn, ...seriesColumns));
        const chart = ws.charts.add("ColumnClustered", ws.getRange(`${from}1:${to}${bodyRows + 1}`), "Columns");
        chart.title.text = plan.chart.title;
        chart.setPosition(`${columnLetter(width + 1)}2`, `${columnLetter(width + 10)}22`);
      }
    }),
  );

  // The swap: only now does the previous sheet go, and the new one take its name and place.
  steps.push(
    small(() => {
      if (previous) worksheets.getItem(previous.name).delete();
      const ws = sheet();
      ws.name = plan.name;
      ws.tables.getItem(tempTable).name = plan.tableName;
      if (previous) ws.position = previous.position;
    }),
  );
  return steps;
}

function isLink(v: PlanValue | LinkValue): v is LinkValue {
  return typeof v === "object" && v !== null;
}

function cellValue(v: PlanValue | LinkValue): string | number | boolean {
  if (isLink(v)) return v.text;
  return v ?? "";
}
