import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { daysBetween } from "../dates/isoDate";

export const eventNoResponse: Rule = {
  meta: {
    id: "EVENT-NO-RESPONSE",
    article: "第十一条",
    severity: "warning",
    description: {
      "zh-CN": "友城遇有重大事项应及时发函表示祝贺或慰问",
      "en-US": "A partner's major event calls for a timely letter of congratulation or condolence",
    },
    messages: {
      noResponse: {
        "zh-CN": "{partner}{date}的“{event}”已过{days}天，尚无回应记录",
        "en-US": "{days} days since “{event}” at {partner} on {date}, and no response is recorded",
      },
    },
  },
  check(ctx) {
    for (const e of ctx.events) {
      if (e.invitation) continue; // an invitation is 第十条's: INVITE-NO-ANSWER
      if (e.responded || e.date.value.kind !== "date") continue;
      const days = daysBetween(e.date.value.date, ctx.today);
      if (days <= ctx.settings.responseDays) continue;
      ctx.report(refOf(e, e.layout.columns.response ?? null), {
        partner: e.partnerText,
        date: e.date.value.date,
        event: e.eventType,
        days,
      });
    }
  },
};
