import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { termCell } from "../terms/termCell";

export const termExpiring: Rule = {
  meta: {
    id: "TERM-EXPIRING",
    article: "第七条第五项",
    severity: "info",
    description: { "zh-CN": "协议将在半年内到期", "en-US": "The agreement ends within the lead time" },
    messages: {
      expiring: {
        "zh-CN": "与{partner}的协议将于{lastDay}到期（还剩{days}天）",
        "en-US": "The agreement with {partner} ends on {lastDay} ({days} days left)",
      },
    },
  },
  check(ctx) {
    for (const a of ctx.agreements) {
      if (a.status !== "expiring") continue;
      ctx.report(refOf(a.record, termCell(a.record).column), {
        partner: a.record.partner,
        lastDay: a.period.lastDay!,
        days: a.daysLeft!,
      });
    }
  },
};
