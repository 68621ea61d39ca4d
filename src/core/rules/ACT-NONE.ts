import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const actNone: Rule = {
  meta: {
    id: "ACT-NONE",
    article: "第九条、第十三条第四项",
    severity: "warning",
    description: {
      "zh-CN": "友好关系协议签订后应积极开展交往",
      "en-US": "Once an agreement is signed, the partners should be actively exchanging",
    },
    messages: {
      noExchange: {
        "zh-CN": "{year}年没有与{partner}的交流活动记录",
        "en-US": "No exchange with {partner} is recorded in {year}",
      },
    },
  },
  check(ctx) {
    const yearStart = `${ctx.year}-01-01`;
    const yearEnd = `${ctx.year}-12-31`;
    for (const { record, period } of ctx.agreements) {
      if (record.terminated || !period.termStart || !period.lastDay) continue;
      if (period.termStart > yearEnd || period.lastDay < yearStart) continue;
      if (ctx.exchangeCount(record.partner, ctx.year) > 0) continue;
      ctx.report(refOf(record), { partner: record.partner, year: ctx.year });
    }
  },
};
