import type { Status } from "../model";
import { refOf } from "../records/records";
import { termCell } from "../terms/termCell";
import type { RuleContext } from "./rule";

/**
 * The three term rules report the agreements of one status alike: at the cell the last day
 * comes from, with the partner, the last day and the days (left, or past for expired ones).
 */
export function reportStatus(ctx: RuleContext, status: Status): void {
  for (const a of ctx.agreements) {
    if (a.status !== status) continue;
    ctx.report(refOf(a.record, termCell(a.record).column), {
      partner: a.record.partner,
      lastDay: a.period.lastDay!,
      days: Math.abs(a.daysLeft!),
    });
  }
}
