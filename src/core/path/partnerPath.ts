import type { CellRef, Recommendation } from "../model";
import type { IsoDate } from "../dates/isoDate";
import type { DateCell } from "../records/rowReader";
import { dateOf } from "../records/rowReader";

/**
 * The steps of 第六条, in order: (一) the preliminary opinion and the report to the principal
 * leaders; (二) leader visits and practical cooperation; (三) the draft agreement, the departments
 * consulted, the written request, the government's 常务会 or 专题会, the 人大常委会's decision and
 * the signing.
 */
export const PATH_STEPS = [
  "preliminary",
  "report",
  "cooperation",
  "draft",
  "consulted",
  "request",
  "govMeeting",
  "npc",
  "signing",
] as const;

export type PathStepId = (typeof PATH_STEPS)[number];

interface PathStep {
  step: PathStepId;
  done: boolean;
  /** The day it was done, where the workbook records one. */
  date: IsoDate | null;
}

/** What stands in the way of the next step. */
export type PathBlocker =
  | { kind: "conditions"; met: number; required: number }
  | { kind: "leaderVisit" }
  | { kind: "order"; step: PathStepId; before: PathStepId }
  | { kind: "skipped"; step: PathStepId };

export interface PartnerPath extends CellRef {
  partner: string;
  /** A row of the candidates sheet, or a register row not yet signed. */
  source: "candidate" | "register";
  steps: PathStep[];
  /** The last step done, or null when none is. */
  lastDone: PathStepId | null;
  /** The step to take now, or null once signed. */
  next: PathStepId | null;
  blockers: PathBlocker[];
  /** Exchanges with the partner the log records so far, dated or not (for the written request). */
  exchanges: number;
  /** The conditions of 第五条 met (1–5), for a candidate; empty for a register row. */
  criteriaMet: number[];
}

/** The steps of 第六条第三项 that need the conditions of 第五条 and a leader visit first. */
const FORMAL_FROM = PATH_STEPS.indexOf("draft");

interface PathInput extends CellRef {
  partner: string;
  source: PartnerPath["source"];
  /** Each step's cell where the sheet has the column; `cooperation` comes from leader visits. */
  dates: Partial<Record<PathStepId, DateCell>>;
  leaderVisit: boolean;
  exchanges: number;
  /** For a candidate, the conditions of 第五条 met and the recommendation; null for a register row. */
  eligibility: { met: number[]; required: number; recommendation: Recommendation } | null;
}

/**
 * A row's path through 第六条: each step done or not (a date recorded, or for 第六条第二项 a leader
 * visit), the last one done, the next one, and what blocks it: the conditions of 第五条 not met or
 * no leader visit (for the steps of 第六条第三项), a step dated before an earlier one, a step left
 * out before one that is done.
 */
export function partnerPath(input: PathInput): PartnerPath {
  const steps: PathStep[] = PATH_STEPS.map((step) => {
    if (step === "cooperation") return { step, done: input.leaderVisit, date: null };
    const cell = input.dates[step];
    const date = cell ? dateOf(cell) : null;
    return { step, done: date !== null, date };
  });
  const lastIndex = steps.map((s) => s.done).lastIndexOf(true);
  const nextIndex = lastIndex + 1 < steps.length ? lastIndex + 1 : -1;
  const next = nextIndex >= 0 ? steps[nextIndex].step : null;

  const blockers: PathBlocker[] = [];
  // A missing leader visit is its own blocker, below.
  // A step the sheet has no column for is not known to be skipped.
  const hasColumn = (step: PathStepId) => (input.dates[step]?.column ?? null) !== null;
  for (let i = 0; i < lastIndex; i++) {
    const { step, done } = steps[i];
    if (!done && step !== "cooperation" && hasColumn(step)) blockers.push({ kind: "skipped", step });
  }
  let latest: PathStep | null = null;
  for (const s of steps) {
    if (!s.date) continue;
    if (latest?.date && s.date < latest.date) blockers.push({ kind: "order", step: s.step, before: latest.step });
    else latest = s;
  }
  if (next !== null && nextIndex >= FORMAL_FROM) {
    const e = input.eligibility;
    if (e && e.recommendation !== "friendly-city")
      blockers.push({ kind: "conditions", met: e.met.length, required: e.required });
    if (!input.leaderVisit) blockers.push({ kind: "leaderVisit" });
  }
  return {
    sheet: input.sheet,
    row: input.row,
    column: input.column,
    partner: input.partner,
    source: input.source,
    steps,
    lastDone: lastIndex >= 0 ? steps[lastIndex].step : null,
    next,
    blockers,
    exchanges: input.exchanges,
    criteriaMet: input.eligibility?.met ?? [],
  };
}

/**
 * Whether the path has reached 第六条第三项, where the agreement is drafted and the written
 * request goes up: the steps of (一) and (二) are behind it, and it is not yet signed.
 */
export function reachesDrafting(path: PartnerPath): boolean {
  return path.next !== null && PATH_STEPS.indexOf(path.next) >= FORMAL_FROM;
}
