import { useCallback, useRef, useState } from "react";
import type { AddinServices } from "../host/services";
import type { RunOutcome } from "../host/services";
import { classifyExcelError, type ExcelFailure } from "../excel-host/excelErrors";
import type { CellRef } from "../core/model";
import type { StoredSettings } from "../core/storedSettings";

/** One thing the task pane asks of the workbook. */
export type Job =
  | { kind: "check" }
  | { kind: "write" }
  | { kind: "summary" }
  | { kind: "remove" }
  | { kind: "save"; stored: StoredSettings }
  | { kind: "select"; at: CellRef };

export type JobKind = Job["kind"];

/**
 * What the pane tells the user after a job: kept as data, not words, so that switching the
 * language re-words it. A failure keeps its job, for the Retry button.
 */
export type Notice =
  | { kind: "done"; job: Exclude<JobKind, "select">; data: Record<string, string | number> }
  | { kind: "failure"; failure: ExcelFailure; job: Job };

interface Runner {
  /** The job under way, or null. */
  busy: JobKind | null;
  /** The last analysis of the workbook, or null before the first check. */
  outcome: RunOutcome | null;
  notice: Notice | null;
  run(job: Job): Promise<void>;
  dismiss(): void;
}

/** Whether offering "Retry" makes sense: Excel was busy, or the user can fix what stood in the way. */
export function canRetry(failure: ExcelFailure): boolean {
  return failure.retryable || failure.problem === "protected";
}

/**
 * Runs the task pane's jobs through the services, one at a time: everything Excel is reached
 * through `services`, and whatever Excel throws becomes a `Notice` (never a stack trace).
 */
export function useRunner(services: AddinServices): Runner {
  const [busy, setBusy] = useState<JobKind | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (job: Job) => {
      if (running.current) return;
      running.current = true;
      setBusy(job.kind);
      setNotice(null);
      try {
        const next = await perform(services, job);
        if (next.outcome) setOutcome(next.outcome);
        // Removal deletes the add-in's sheets, half-written ones among them, and checks nothing.
        else if (next.removed) setOutcome((last) => last && { ...last, incomplete: [] });
        setNotice(next.notice);
      } catch (error) {
        setNotice({ kind: "failure", failure: describeFailure(error), job });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [services],
  );

  const dismiss = useCallback(() => setNotice(null), []);
  return { busy, outcome, notice, run, dismiss };
}

async function perform(
  services: AddinServices,
  job: Job,
): Promise<{ outcome?: RunOutcome; notice: Notice | null; removed?: boolean }> {
  switch (job.kind) {
    case "check": {
      const outcome = await services.check();
      return { outcome, notice: { kind: "done", job: "check", data: checkData(outcome) } };
    }
    case "write": {
      const outcome = await services.write("all");
      const plan = outcome.plan;
      const formats = plan ? plan.highlights.reduce((n, h) => n + h.rules.length, 0) : 0;
      return { outcome, notice: { kind: "done", job: "write", data: { sheets: plan?.sheets.length ?? 0, formats } } };
    }
    case "summary": {
      const outcome = await services.write("summary");
      const sheet = outcome.plan?.sheets[0]?.name ?? "";
      return {
        outcome,
        notice: { kind: "done", job: "summary", data: { sheet, partners: outcome.analysis.summary.partners.length } },
      };
    }
    case "remove":
      await services.remove();
      return { notice: { kind: "done", job: "remove", data: {} }, removed: true };
    case "save": {
      const outcome = await services.saveSettings(job.stored);
      return { outcome, notice: { kind: "done", job: "save", data: {} } };
    }
    case "select":
      await services.select(job.at);
      return { notice: null };
  }
}

function checkData(outcome: RunOutcome): Record<string, string | number> {
  const { analysis } = outcome;
  return { agreements: analysis.agreements.length, findings: analysis.findings.length, today: analysis.today };
}

/** Excel's refusal classified; an error with no code (a bug of ours) still shows its name, not its stack. */
function describeFailure(error: unknown): ExcelFailure {
  const failure = classifyExcelError(error);
  if (failure.problem === "unknown" && !failure.code) {
    return { ...failure, code: error instanceof Error ? error.name : "Error" };
  }
  return failure;
}
