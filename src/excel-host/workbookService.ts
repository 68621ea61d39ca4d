import { removalPlan, type PlanScope } from "../core/plan/planWrites";
import type { WritePlan } from "../core/plan/writePlan";
import { SETTINGS_KEY, WRITTEN_KEY } from "../core/storedSettings";
import { analyse, planFor } from "../host/flow";
import type { RunOutcome, RunRequest } from "../host/services";
import type { ExcelRun } from "./excelRun";
import { readWorkbook } from "./readWorkbook";
import { applyPlan } from "./applyPlan";

/**
 * The add-in's one service over Excel (the task pane and the ribbon only call these): each is one
 * `Excel.run` that reads the workbook, works in the core, and, when asked to, writes the plan.
 * Reading takes two round trips and writing one more, unless the plan is too big for one request.
 */
export type { RunOutcome, RunRequest } from "../host/services";

/** Reads and checks the workbook; writes nothing. */
export function checkWorkbook(run: ExcelRun, request: RunRequest): Promise<RunOutcome> {
  return run(async (context) => {
    const inventory = await readWorkbook(context);
    const { analysis, stored, incomplete } = analyse(inventory.book, inventory.settings, request);
    return { analysis, stored, plan: null, incomplete };
  });
}

/**
 * Checks the workbook and writes what `scope` covers: everything, the highlights, or the year-end
 * summary. With `show`, the first sheet written is made the active one in the same round trip.
 */
export function writeWorkbook(run: ExcelRun, request: RunRequest, scope: PlanScope, show = false): Promise<RunOutcome> {
  return run(async (context) => {
    const inventory = await readWorkbook(context);
    const { analysis, stored } = analyse(inventory.book, inventory.settings, request);
    const plan = await planFor(analysis, stored, inventory.book, request, scope);
    const { incomplete } = await applyPlan(context, plan, inventory, show ? plan.sheets[0]?.name : undefined);
    return { analysis, stored, plan, incomplete };
  });
}

/** Takes away the add-in's sheets and highlights; the user's settings stay. */
export function removeWrites(run: ExcelRun): Promise<WritePlan> {
  return run(async (context) => {
    const inventory = await readWorkbook(context);
    const plan = removalPlan(inventory.book, { [WRITTEN_KEY]: null });
    await applyPlan(context, plan, inventory);
    return plan;
  });
}

/**
 * Keeps the user's settings in the workbook, for the next person who opens it, and checks the
 * workbook with them: the setting goes out with the read's first round trip, which then reads it.
 */
export function saveSettingsAndCheck(run: ExcelRun, request: RunRequest, serialized: string): Promise<RunOutcome> {
  return run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, serialized);
    const inventory = await readWorkbook(context);
    const { analysis, stored, incomplete } = analyse(inventory.book, inventory.settings, request);
    return { analysis, stored, plan: null, incomplete };
  });
}
