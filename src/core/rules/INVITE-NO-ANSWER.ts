import type { Rule } from "./rule";
import { daysBetween } from "../dates/isoDate";

export const inviteNoAnswer: Rule = {
  meta: {
    id: "INVITE-NO-ANSWER",
    article: "第十条",
    severity: "info",
    description: {
      "zh-CN": "友城重大活动的邀请和我区对友城的邀请，应记录是否出席或如何答复",
      "en-US": "An invitation to a partner's major event, or the district's to a partner, has its answer recorded",
    },
    messages: {
      received: {
        "zh-CN": "{partner}{date}邀请我区出席“{event}”，已过{days}天，尚无是否出席的记录",
        "en-US": "{days} days since {partner} invited the district to “{event}” on {date}, and no answer is recorded",
      },
      sent: {
        "zh-CN": "我区{date}邀请{partner}出席“{event}”，已过{days}天，尚无对方答复的记录",
        "en-US": "{days} days since the district invited {partner} to “{event}” on {date}, and no answer is recorded",
      },
    },
  },
  check(ctx) {
    for (const i of ctx.invitations) {
      if (i.answer !== "none" || i.date === null) continue;
      const days = daysBetween(i.date, ctx.today);
      if (days <= ctx.settings.responseDays) continue;
      ctx.report(i, { partner: i.partner, date: i.date, event: i.event, days }, i.direction);
    }
  },
};
