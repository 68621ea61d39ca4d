import type { Analysis } from "../core/model";
import type { WorkbookGrid } from "../core/workbook";
import { analyzeWorkbook } from "../core/analyze";
import { planWrites, type PlanScope } from "../core/plan/planWrites";
import type { WritePlan } from "../core/plan/writePlan";
import {
  INCOMPLETE_KEY,
  namedIncomplete,
  readStoredSettings,
  SETTINGS_KEY,
  WRITTEN_KEY,
  type StoredSettings,
} from "../core/storedSettings";
import type { RunRequest } from "./services";

/**
 * The steps every shell takes between reading a workbook and writing it, so that Excel and WPS
 * analyse and plan the same way: the workbook's stored settings over the machine's defaults, the
 * core's analysis, the plan with the "written" setting, and the sheets an earlier run left
 * half-written, for the task pane to tell.
 */
export function analyse(
  book: WorkbookGrid,
  settings: ReadonlyMap<string, unknown>,
  request: RunRequest,
): { analysis: Analysis; stored: StoredSettings; incomplete: string[] } {
  const stored = readStoredSettings(settings.get(SETTINGS_KEY));
  const incomplete = namedIncomplete(settings.get(INCOMPLETE_KEY));
  const analysis = analyzeWorkbook(book, {
    today: stored.today ?? request.today,
    year: stored.year ?? undefined,
    settings: stored.settings,
  });
  return { analysis, stored, incomplete };
}

/**
 * For a shell that writes each sheet whole (WPS): the sheets still half-written after a plan is
 * carried out, those named before that the plan neither wrote nor deleted.
 */
export function incompleteAfter(before: string[], plan: WritePlan): string[] {
  const whole = new Set([...plan.sheets.map((s) => s.name), ...plan.deleteSheets].map((n) => n.toLowerCase()));
  return before.filter((name) => !whole.has(name.toLowerCase()));
}

export async function planFor(
  analysis: Analysis,
  stored: StoredSettings,
  book: WorkbookGrid,
  request: RunRequest,
  scope: PlanScope,
): Promise<WritePlan> {
  return planWrites(analysis, book, {
    lang: request.lang,
    scope,
    fixedToday: stored.today,
    settings: { [WRITTEN_KEY]: JSON.stringify({ on: analysis.today, scope, lang: request.lang }) },
    greetings: scope === "greetings" ? await greetingsOf(analysis, request) : undefined,
  });
}

/** The greetings calendar, loaded only when asked for: its lunar tables are a bundle of their own. */
async function greetingsOf(analysis: Analysis, request: RunRequest) {
  const { greetingsCalendar } = await import("../core/greetings/greetingsCalendar");
  return greetingsCalendar(analysis, { lang: request.lang });
}
