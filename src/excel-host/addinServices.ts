import type { Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import { columnLetter } from "../core/detect/mapping";
import { writeStoredSettings } from "../core/storedSettings";
import type { AddinServices } from "../host/services";
import type { ExcelRun } from "./excelRun";
import { checkWorkbook, removeWrites, saveSettingsAndCheck, writeWorkbook } from "./workbookService";

export type { AddinServices } from "../host/services";

/**
 * The add-in's services over office-js. Inside Excel, `run` is Excel.run; in the browser preview
 * and in tests, the in-memory host's run.
 */
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
