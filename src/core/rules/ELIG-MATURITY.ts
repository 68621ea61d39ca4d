import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const eligMaturity: Rule = {
  meta: {
    id: "ELIG-MATURITY",
    article: "第三条、第六条第二项",
    severity: "warning",
    description: {
      "zh-CN": "成熟一个缔结一个：缔结前应有领导互访",
      "en-US": "One at a time, when ready: leaders should have visited each other first",
    },
    messages: {
      noVisit: {
        "zh-CN": "交流活动中没有与{city}的领导互访记录，缔结条件尚不成熟",
        "en-US": "The exchange log records no leader visit with {city}: the relationship is not yet mature",
      },
    },
  },
  check(ctx) {
    for (const { record, recommendation } of ctx.candidates) {
      if (recommendation !== "friendly-city") continue;
      if (record.leaderVisitNoted || ctx.hasLeaderVisit(record.city)) continue;
      ctx.report(refOf(record), { city: record.city });
    }
  },
};
