import type { Analysis, CellRef, Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import type { PlanScope } from "../core/plan/planWrites";
import type { WritePlan } from "../core/plan/writePlan";
import type { StoredSettings } from "../core/storedSettings";

/**
 * What the task pane and the ribbon can ask of the open workbook, whichever office holds it: the
 * office-js shell (src/excel-host) inside Excel, the ET shell (src/wps-host) inside WPS 表格, or an
 * in-memory host in the preview and in tests. Neither caller touches a workbook itself.
 */
export interface AddinServices {
  check(): Promise<RunOutcome>;
  /** With `show`, the first sheet written becomes the active one, in the same run. */
  write(scope: PlanScope, show?: boolean): Promise<RunOutcome>;
  remove(): Promise<void>;
  /** Stores the settings and checks the workbook with them, in one run. */
  saveSettings(stored: StoredSettings): Promise<RunOutcome>;
  /** Shows a finding's cell: activates its sheet and selects the cell (or the row's first cell). */
  select(at: CellRef): Promise<void>;
}

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
  /**
   * The add-in's sheets an earlier run left half-written (it crashed or Excel was closed part way
   * through), which 写入 writes whole: as the workbook says after this run, so none once a run has
   * written them.
   */
  incomplete: string[];
}
