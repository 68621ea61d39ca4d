import type { Analysis } from "../core/model";
import type { WorkbookGrid } from "../core/workbook";
import { analyzeWorkbook } from "../core/analyze";
import { planWrites, type PlanScope } from "../core/plan/planWrites";
import type { WritePlan } from "../core/plan/writePlan";
import { readStoredSettings, SETTINGS_KEY, WRITTEN_KEY, type StoredSettings } from "../core/storedSettings";
import type { RunRequest } from "./services";

/**
 * The steps every shell takes between reading a workbook and writing it, so that Excel and WPS
 * analyse and plan the same way: the workbook's stored settings over the machine's defaults, the
 * core's analysis, the plan with the "written" setting.
 */
export function analyse(
  book: WorkbookGrid,
  settings: ReadonlyMap<string, unknown>,
  request: RunRequest,
): { analysis: Analysis; stored: StoredSettings } {
  const stored = readStoredSettings(settings.get(SETTINGS_KEY));
  const analysis = analyzeWorkbook(book, {
    today: stored.today ?? request.today,
    year: stored.year ?? undefined,
    settings: stored.settings,
  });
  return { analysis, stored };
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
