import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { daysBetween } from "../dates/isoDate";

export const eventLate: Rule = {
  meta: {
    id: "EVENT-LATE",
    article: "第十一条",
    severity: "info",
    description: { "zh-CN": "回应不够及时", "en-US": "The response came late" },
    messages: {
      late: {
        "zh-CN": "对{partner}“{event}”的回应在事发{days}天后才发出",
        "en-US": "The response to “{event}” at {partner} went out {days} days after the event",
      },
    },
  },
  check(ctx) {
    for (const e of ctx.events) {
      if (e.invitation) continue; // an invitation is 第十条's: INVITE-NO-ANSWER
      if (e.date.value.kind !== "date" || e.responseDate.value.kind !== "date") continue;
      const days = daysBetween(e.date.value.date, e.responseDate.value.date);
      if (days <= ctx.settings.responseDays) continue;
      ctx.report(refOf(e, e.responseDate.column), { partner: e.partnerText, event: e.eventType, days });
    }
  },
};
