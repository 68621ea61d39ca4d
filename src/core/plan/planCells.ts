import { columnLetter } from "../detect/mapping";
import type { LinkValue, PlanCell, PlanValue } from "./writePlan";

/** A cell of a plan's body that is a link (its text and where it goes) rather than a plain value. */
export function isLink(v: PlanValue | LinkValue): v is LinkValue {
  return typeof v === "object" && v !== null;
}

/** What a writer puts in the cell: a link's text, a value as it is, an empty cell as "". */
export function cellValue(v: PlanValue | LinkValue): string | number | boolean {
  if (isLink(v)) return v.text;
  return v ?? "";
}

/** A plan's cell (0-based row and column) in A1 notation. */
export function a1(cell: PlanCell): string {
  return `${columnLetter(cell.column)}${cell.row + 1}`;
}

/** A run of link cells down one column of a block of rows (rows counted from the block's first). */
export interface LinkRun {
  column: number;
  first: number;
  last: number;
}

/**
 * The link cells of a block of rows as runs down each column, so that a writer gives their font to
 * one range per run rather than to each cell.
 */
export function linkRuns(rows: (PlanValue | LinkValue)[][]): LinkRun[] {
  const runs: LinkRun[] = [];
  const open = new Map<number, LinkRun>();
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (!isLink(v)) return;
      const run = open.get(c);
      if (run && run.last === i - 1) run.last = i;
      else {
        const next = { column: c, first: i, last: i };
        open.set(c, next);
        runs.push(next);
      }
    }),
  );
  return runs;
}
