import type { WritePlan } from "../core/plan/writePlan";
import { classifyExcelError } from "./excelErrors";
import { INCOMPLETE_KEY, namedIncomplete } from "../core/storedSettings";
import { IncompleteRecord, IncompleteWriteError, incompleteAfterFailure } from "./incompleteSheets";
import { inPlaceSteps, newSheetSteps, small, type Step } from "./ownSheetSteps";
import { previousSheets, type PreviousSheet } from "./previousSheets";
import type { WorkbookInventory } from "./readWorkbook";
import { wireCost } from "./wireCost";

/**
 * Excel on the web refuses a request over 5 MB. Writes are queued in steps whose size is counted
 * as the office.js client sends them (wireCost.ts) and sent in as few round trips as fit under
 * this budget: 4,000,000 bytes, under 4 MB however a megabyte is counted.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Sheets being built are named so, and are removed if a failed run left one behind. */
export const TEMP_SHEET_PREFIX = "~PartnerCities~";
/**
 * Earlier versions of the writer set a replaced sheet aside under this name while swapping in its
 * successor; a failed run of theirs may have left one, which this one puts back (previousSheets.ts).
 */
export const ASIDE_SHEET_PREFIX = `${TEMP_SHEET_PREFIX}old~`;

/**
 * Carries out a write plan inside Excel, and returns the bytes budgeted for each round trip and the
 * sheets still left half-written.
 * Each of the add-in's sheets that an earlier run made is written over in place, so that the
 * user's references to it keep working (ownSheetSteps.ts); a new one is built under a temporary
 * name and named once complete. A failure part way through is reported with the sheets it left
 * half-written (incompleteSheets.ts), which the next run writes whole. The add-in's own
 * conditional formats are removed and added again; nobody else's are touched.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  inventory: WorkbookInventory,
  /** A sheet to make the active one once everything is written (the ribbon shows the summary). */
  show?: string,
): Promise<AppliedPlan> {
  const previous = previousSheets(plan.sheets, inventory);
  refuseProtected(plan, inventory, previous);
  const worksheets = context.workbook.worksheets;
  const existing = new Set(inventory.sheets.map((s) => s.name.toLowerCase()));
  const kept = new Set([...previous.values()].map((p) => p.sheet.toLowerCase()));
  const before = namedIncomplete(inventory.settings.get(INCOMPLETE_KEY));
  const record = new IncompleteRecord(before, inventory.settings.has(INCOMPLETE_KEY));
  const steps: Step[] = [];

  // What a failed run left behind goes first: its table names are then free.
  for (const s of inventory.scratch)
    if (!kept.has(s.name.toLowerCase())) steps.push(small(() => worksheets.getItem(s.name).delete()));
  // Temporary names never reuse one the workbook had when it was read.
  const taken = new Set(existing);
  const freeName = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  plan.sheets.forEach((sheet, i) => {
    const earlier = previous.get(sheet.tableName);
    steps.push(
      ...(earlier
        ? inPlaceSteps(context, sheet, earlier, record)
        : newSheetSteps(worksheets, sheet, freeName(`${TEMP_SHEET_PREFIX}${i + 1}`))),
    );
  });
  for (const name of plan.deleteSheets) {
    if (!existing.has(name.toLowerCase()) || kept.has(name.toLowerCase())) continue;
    steps.push(small(() => worksheets.getItem(name).delete()));
    if (!record.has(name)) continue;
    const end = record.end(name);
    steps.push(small(() => end(context)));
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
  const budgeted = await runSteps(context, steps, before);
  return { budgeted, incomplete: record.pending };
}

export interface AppliedPlan {
  /** The bytes budgeted for each round trip sent. */
  budgeted: number[];
  /** The sheets the "writing" setting still names: those an earlier run left half-written that this plan did not write. */
  incomplete: string[];
}

/**
 * Excel refuses conditional formats on a protected sheet, but only once the sheets before them
 * are written; and a protected sheet of the add-in's cannot be written over in place. A sheet
 * known to be protected when the workbook was read stops the run before anything is written; one
 * protected in between is still refused by Excel (AccessDenied).
 */
function refuseProtected(plan: WritePlan, inventory: WorkbookInventory, previous: Map<string, PreviousSheet>): void {
  const touched = new Set(plan.highlights.map((h) => h.sheet.toLowerCase()));
  for (const { sheet } of inventory.ownHighlights) if (plan.clearOtherHighlights) touched.add(sheet.toLowerCase());
  for (const { sheet } of previous.values()) touched.add(sheet.toLowerCase());
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

/** The sheets written over in place whose writing has begun, and those whose last step is done. */
interface Progress {
  begun: Set<string>;
  done: Set<string>;
}

/**
 * Queues the steps, sending a round trip whenever the next step would pass the budget. Returns
 * the bytes budgeted for each round trip sent. Refused part way through the add-in's sheets, the
 * run rejects with the sheets left half-written (IncompleteWriteError), or with Excel's refusal
 * as it is when there are none.
 */
async function runSteps(context: Excel.RequestContext, steps: Step[], before: string[]): Promise<number[]> {
  const budgeted: number[] = [];
  const progress: Progress = { begun: new Set(), done: new Set() };
  let request: Step[] = [];
  let pending = 0;
  try {
    for (const step of steps) {
      if (request.length > 0 && pending + step.bytes > REQUEST_BUDGET_BYTES) {
        await send(context, request, budgeted, progress);
        request = [];
      }
      if (request.length === 0) pending = REQUEST_FRAMING_BYTES;
      request.push(step);
      pending += step.bytes;
    }
    if (request.length > 0) await send(context, request, budgeted, progress);
  } catch (error) {
    // What the failed request may have touched, besides what earlier ones began and did not finish.
    for (const step of request) if (step.writes) progress.begun.add(step.writes.sheet);
    const touched = [...progress.begun].filter((sheet) => !progress.done.has(sheet));
    const incomplete = await incompleteAfterFailure(context, touched, before);
    if (incomplete.length > 0) throw new IncompleteWriteError(error, incomplete);
    throw error;
  }
  return budgeted;
}

/**
 * Sends the steps in one round trip. Refused for its size, a request is refused whole, so its
 * halves are sent in turn instead; a single step refused so is shown to the user.
 */
async function send(
  context: Excel.RequestContext,
  steps: Step[],
  budgeted: number[],
  progress: Progress,
): Promise<void> {
  // Formulas of the whole workbook are recalculated once, after the round trip, not per write.
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) step.queue();
  const bytes = steps.reduce((sum, step) => sum + step.bytes, REQUEST_FRAMING_BYTES);
  try {
    await context.sync();
  } catch (error) {
    if (steps.length < 2 || !refusedForSize(error, bytes)) throw error;
    const half = Math.ceil(steps.length / 2);
    await send(context, steps.slice(0, half), budgeted, progress);
    await send(context, steps.slice(half), budgeted, progress);
    return;
  }
  budgeted.push(bytes);
  for (const { writes } of steps) {
    if (!writes) continue;
    progress.begun.add(writes.sheet);
    if (writes.last) progress.done.add(writes.sheet);
  }
}

function refusedForSize(error: unknown, bytes: number): boolean {
  const { code } = classifyExcelError(error);
  return code === "RequestPayloadSizeLimitExceeded" || (code === "GeneralException" && bytes > SIZE_SUSPECT_BYTES);
}
