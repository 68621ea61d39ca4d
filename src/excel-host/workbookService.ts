import type { Analysis, Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import { analyzeWorkbook } from "../core/analyze";
import { planWrites, removalPlan, type PlanScope } from "../core/plan/planWrites";
import type { WritePlan } from "../core/plan/writePlan";
import { readStoredSettings, SETTINGS_KEY, WRITTEN_KEY, type StoredSettings } from "../core/storedSettings";
import type { ExcelRun } from "./excelRun";
import { readWorkbook, type WorkbookInventory } from "./readWorkbook";
import { applyPlan } from "./applyPlan";

/**
 * The add-in's one service over Excel (the task pane and the ribbon only call these): each is one
 * `Excel.run` that reads the workbook, works in the core, and, when asked to, writes the plan.
 * Reading takes two round trips and writing one more, unless the plan is too big for one request.
 */
export interface RunRequest {
  lang: Lang;
  /** The machine's today; the workbook's stored "today" setting wins over it. */
  today: IsoDate;
}

export interface RunOutcome {
  analysis: Analysis;
  stored: StoredSettings;
  /** What was written, or null for a check that writes nothing. */
  plan: WritePlan | null;
}

/** Reads and checks the workbook; writes nothing. */
export function checkWorkbook(run: ExcelRun, request: RunRequest): Promise<RunOutcome> {
  return run(async (context) => {
    const { analysis, stored } = analyse(await readWorkbook(context), request);
    return { analysis, stored, plan: null };
  });
}

/**
 * Checks the workbook and writes what `scope` covers: everything, the highlights, or the year-end
 * summary. With `show`, the first sheet written is made the active one in the same round trip.
 */
export function writeWorkbook(run: ExcelRun, request: RunRequest, scope: PlanScope, show = false): Promise<RunOutcome> {
  return run(async (context) => {
    const inventory = await readWorkbook(context);
    const { analysis, stored } = analyse(inventory, request);
    const plan = planWrites(analysis, inventory.book, {
      lang: request.lang,
      scope,
      fixedToday: stored.today,
      settings: { [WRITTEN_KEY]: JSON.stringify({ on: analysis.today, scope, lang: request.lang }) },
      greetings: scope === "greetings" ? await greetingsOf(analysis, request.lang) : undefined,
    });
    await applyPlan(context, plan, inventory, show ? plan.sheets[0]?.name : undefined);
    return { analysis, stored, plan };
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
    const { analysis, stored } = analyse(await readWorkbook(context), request);
    return { analysis, stored, plan: null };
  });
}

/** The greetings calendar, loaded only when asked for: its lunar tables are a bundle of their own. */
async function greetingsOf(analysis: Analysis, lang: Lang) {
  const { greetingsCalendar } = await import("../core/greetings/greetingsCalendar");
  return greetingsCalendar(analysis, { lang });
}

function analyse(inventory: WorkbookInventory, request: RunRequest): { analysis: Analysis; stored: StoredSettings } {
  const stored = readStoredSettings(inventory.settings.get(SETTINGS_KEY));
  const analysis = analyzeWorkbook(inventory.book, {
    today: stored.today ?? request.today,
    year: stored.year ?? undefined,
    settings: stored.settings,
  });
  return { analysis, stored };
}
