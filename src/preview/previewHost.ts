import type { Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import type { AddinServices } from "../host/services";
import { addinServices } from "../excel-host/addinServices";
import type { FakeExcel } from "../excel-fake";
import type { FakeWorkbookState } from "../excel-fake/state";
import type { FakeEt } from "../wps-fake";
import { wpsAddinServices } from "../wps-host/addinServices";

/**
 * The in-memory office under the preview: the in-memory Excel with the office-js shell, or (with
 * ?host=wps) the in-memory ET host with the WPS shell. Both hold the same workbook state, which
 * the grid draws; every run of the add-in tells the page to redraw it, whatever its result.
 */
export interface PreviewHost {
  kind: "excel" | "wps";
  state: FakeWorkbookState;
  services(env: { lang: Lang; today: () => IsoDate }, changed: () => void): AddinServices;
  /** A click on a sheet's tab: activates it through the office, as the user's click would. */
  activate(sheet: string): Promise<void>;
}

export function excelPreviewHost(excel: FakeExcel): PreviewHost {
  return {
    kind: "excel",
    get state() {
      return excel.state;
    },
    services: (env, changed) =>
      addinServices(async (batch) => {
        try {
          return await excel.run(batch);
        } finally {
          changed();
        }
      }, env),
    activate: (sheet) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
  };
}

export function wpsPreviewHost(et: FakeEt): PreviewHost {
  return {
    kind: "wps",
    state: et.state,
    services(env, changed) {
      const services = wpsAddinServices(et.Application, env);
      const after =
        <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          try {
            return await f(...args);
          } finally {
            changed();
          }
        };
      return {
        check: after(services.check),
        write: after(services.write),
        remove: after(services.remove),
        saveSettings: after(services.saveSettings),
        select: after(services.select),
      };
    },
    activate: async (sheet) => et.Application.ActiveWorkbook.Worksheets.Item(sheet).Activate(),
  };
}
