import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const procNpc: Rule = {
  meta: {
    id: "PROC-NPC",
    article: "第六条第三项",
    severity: "error",
    description: {
      "zh-CN": "缔结友好城市（区）须经区人大常委会作出决定",
      "en-US": "A friendly-city agreement needs a decision of the district People's Congress Standing Committee",
    },
    messages: {
      missing: {
        "zh-CN": "与{partner}的协议没有区人大常委会决定日期",
        "en-US": "The agreement with {partner} has no date of the People's Congress Standing Committee's decision",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.agreements) {
      if (record.relation !== "friendly-city" || record.npc.value.kind === "date") continue;
      ctx.report(refOf(record, record.npc.column), { partner: record.partner });
    }
  },
};
