import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { dateOf } from "../records/rowReader";

export const termMismatch: Rule = {
  meta: {
    id: "TERM-MISMATCH",
    article: "第七条第五项",
    severity: "warning",
    description: {
      "zh-CN": "登记的到期日期与按有效期推算的不一致",
      "en-US": "The end date on the register differs from the one the term gives",
    },
    messages: {
      mismatch: {
        "zh-CN": "与{partner}的协议登记到期日期为{end}，按{start}起{years}年推算应为{computed}",
        "en-US":
          "The register gives {end} as the end of the agreement with {partner}; {years} years from {start} end on {computed}",
      },
    },
  },
  check(ctx) {
    for (const { record, period } of ctx.agreements) {
      const end = dateOf(record.end);
      if (!end || !period.computedLastDay || end === period.computedLastDay) continue;
      ctx.report(refOf(record, record.end.column), {
        partner: record.partner,
        end,
        start: period.termStart!,
        years: period.termYears,
        computed: period.computedLastDay,
      });
    }
  },
};
