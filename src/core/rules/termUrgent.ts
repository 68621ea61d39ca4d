import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { termCell } from "../terms/termCell";

export const termUrgent: Rule = {
  meta: {
    id: "TERM-URGENT",
    article: "第七条第五项",
    severity: "warning",
    description: { "zh-CN": "协议即将到期，应立即启动续签协商", "en-US": "The agreement ends soon: renewal talks are due now" },
    messages: {
      urgent: {
        "zh-CN": "与{partner}的协议将于{lastDay}到期（还剩{days}天），应立即启动续签协商",
        "en-US": "The agreement with {partner} ends on {lastDay} ({days} days left): start renewal talks now",
      },
    },
  },
  check(ctx) {
    for (const a of ctx.agreements) {
      if (a.status !== "urgent") continue;
      ctx.report(refOf(a.record, termCell(a.record).column), {
        partner: a.record.partner,
        lastDay: a.period.lastDay!,
        days: a.daysLeft!,
      });
    }
  },
};
