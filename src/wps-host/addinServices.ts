import type { Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import { columnLetter } from "../core/detect/mapping";
import { removalPlan } from "../core/plan/planWrites";
import { SETTINGS_KEY, WRITTEN_KEY, writeStoredSettings } from "../core/storedSettings";
import { analyse, incompleteAfter, planFor } from "../host/flow";
import type { AddinServices, RunRequest } from "../host/services";
import type { EtApplication, EtWorkbook } from "./et";
import { applyPlan } from "./applyPlan";
import { readWorkbook } from "./readWorkbook";
import { writeSetting } from "./settingsStore";

/** WPS has no workbook open (the pane is on a start page): said in the words the pane knows. */
class NoWorkbookError extends Error {
  readonly code = "NoWorkbook";
  constructor() {
    super("No workbook is open in WPS.");
    this.name = "NoWorkbookError";
  }
}

/**
 * The add-in's services over WPS's ET model (`window.Application` inside WPS 表格, the in-memory ET
 * host in the preview and in tests). ET calls act at once; each service reads the open workbook,
 * works in the core and, when asked to, writes the plan, as the office-js shell does in Excel.
 */
export function wpsAddinServices(app: EtApplication, env: { lang: Lang; today: () => IsoDate }): AddinServices {
  const request = (): RunRequest => ({ lang: env.lang, today: env.today() });
  const workbook = (): EtWorkbook => {
    const book = app.ActiveWorkbook;
    if (!book) throw new NoWorkbookError();
    return book;
  };
  const check = async (r: RunRequest) => {
    const inventory = readWorkbook(workbook());
    const { analysis, stored, incomplete } = analyse(inventory.book, inventory.settings, r);
    return { analysis, stored, plan: null, incomplete };
  };
  return {
    check: () => check(request()),
    async write(scope, show = false) {
      const r = request();
      const book = workbook();
      const inventory = readWorkbook(book);
      const { analysis, stored, incomplete } = analyse(inventory.book, inventory.settings, r);
      const plan = await planFor(analysis, stored, inventory.book, r, scope);
      applyPlan(app, book, plan, inventory, show ? plan.sheets[0]?.name : undefined);
      // The WPS writer builds each sheet whole and never sets the "writing" setting; one left by
      // Excel names sheets this plan may have written whole.
      return { analysis, stored, plan, incomplete: incompleteAfter(incomplete, plan) };
    },
    async remove() {
      const book = workbook();
      const inventory = readWorkbook(book);
      applyPlan(app, book, removalPlan(inventory.book, { [WRITTEN_KEY]: null }), inventory);
    },
    async saveSettings(stored) {
      writeSetting(workbook().CustomDocumentProperties, SETTINGS_KEY, writeStoredSettings(stored));
      return check(request());
    },
    async select(at) {
      const ws = workbook().Worksheets.Item(at.sheet);
      ws.Activate();
      ws.Range(`${columnLetter(at.column ?? 0)}${at.row}`).Select();
    },
  };
}
