import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { isRecorded } from "../values/isRecorded";

export const divisionChange: Rule = {
  meta: {
    id: "DIV-CHANGE",
    article: "第七条第五项",
    severity: "info",
    description: {
      "zh-CN": "协议期间遇行政区划调整，两地可协商是否重新签订",
      "en-US": "An administrative-division change during the term: the two sides may agree to re-sign",
    },
    messages: {
      changed: {
        "zh-CN": "{partner}有区划调整记录（{change}），两地可友好协商是否重新签订协议",
        "en-US": "{partner} records a division change ({change}); the two sides may agree to re-sign",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.agreements) {
      if (record.terminated || !isRecorded(record.divisionChange)) continue;
      ctx.report(refOf(record, record.layout.columns.divisionChange ?? null), {
        partner: record.partner,
        change: record.divisionChange,
      });
    }
  },
};
