/**
 * What went wrong inside Excel, in words a member of staff can act on. Excel's API reports
 * failures as errors with a code (OfficeExtension.Error, "RichApi.Error"); the codes below are
 * the ones a run of the add-in meets. Anything else is "unknown" and shown with its code.
 */
export type ExcelProblem =
  /** A sheet the add-in writes to is protected. */
  | "protected"
  /** A cell is being edited: Excel refuses every API call until Enter or Esc. */
  | "editing"
  /** The workbook is busy (another add-in, a recalculation, co-authoring). */
  | "busy"
  /** One request was too big for Excel on the web, even split. */
  | "too-large"
  /** Excel is not there (the task pane opened outside Excel). */
  | "no-excel"
  /** The office is there but has no workbook open (WPS on its start page). */
  | "no-workbook"
  | "unknown";

export interface ExcelFailure {
  problem: ExcelProblem;
  /** Trying again later may work: nothing about the workbook stands in the way. */
  retryable: boolean;
  /** Excel's own code, for the support line. */
  code: string;
  /** The add-in's sheets the failure left half-written: the next run writes them whole. */
  incomplete?: string[];
}

const BY_CODE: Record<string, ExcelProblem> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "editing",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
  Timeout: "busy",
  RequestAborted: "busy",
  GeneralException: "busy",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  NoWorkbook: "no-workbook",
};

export function classifyExcelError(error: unknown): ExcelFailure {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (!code && error instanceof ReferenceError && /Excel|Office/.test(error.message))
    return { problem: "no-excel", retryable: false, code: "" };
  const problem = BY_CODE[code] ?? "unknown";
  const retryable = problem === "editing" || problem === "busy" || problem === "unknown" || problem === "no-workbook";
  const incomplete = (error as { incompleteSheets?: unknown } | null)?.incompleteSheets;
  if (Array.isArray(incomplete) && incomplete.length > 0)
    return { problem, retryable, code, incomplete: incomplete.map(String) };
  return { problem, retryable, code };
}
