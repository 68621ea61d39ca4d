import type { CellRef, Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import type { PlanScope } from "../core/plan/planWrites";
import { columnLetter } from "../core/detect/mapping";
import { writeStoredSettings, type StoredSettings } from "../core/storedSettings";
import type { ExcelRun } from "./excelRun";
import { checkWorkbook, removeWrites, saveSettingsAndCheck, writeWorkbook, type RunOutcome } from "./workbookService";

/**
 * What the task pane and the ribbon can ask of the workbook. Inside Excel, `run` is Excel.run;
 * in the browser preview and in tests, the in-memory host's run. Neither caller touches Excel.
 */
export interface AddinServices {
  check(): Promise<RunOutcome>;
  /** With `show`, the first sheet written becomes the active one, in the same round trip. */
  write(scope: PlanScope, show?: boolean): Promise<RunOutcome>;
  remove(): Promise<void>;
  /** Stores the settings and checks the workbook with them, in one run. */
  saveSettings(stored: StoredSettings): Promise<RunOutcome>;
  /** Shows a finding's cell: activates its sheet and selects the cell (or the row's first cell). */
  select(at: CellRef): Promise<void>;
}

export function addinServices(run: ExcelRun, env: { lang: Lang; today: () => IsoDate }): AddinServices {
  const request = () => ({ lang: env.lang, today: env.today() });
  return {
    check: () => checkWorkbook(run, request()),
    write: (scope, show) => writeWorkbook(run, request(), scope, show),
    remove: async () => void (await removeWrites(run)),
    saveSettings: (stored) => saveSettingsAndCheck(run, request(), writeStoredSettings(stored)),
    select: (at) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(at.sheet);
        sheet.activate();
        sheet.getRange(`${columnLetter(at.column ?? 0)}${at.row}`).select();
        await context.sync();
      }),
  };
}
