import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { DEFAULT_TERM_YEARS } from "../terms/period";

export const termLength: Rule = {
  meta: {
    id: "TERM-LENGTH",
    article: "第七条第五项",
    severity: "error",
    description: {
      "zh-CN": "友好城市（区）协议有效期应为五年",
      "en-US": "A friendly-city agreement runs for five years",
    },
    messages: {
      length: {
        "zh-CN": "与{partner}的协议有效期为{years}年，办法规定为五年",
        "en-US": "The agreement with {partner} runs for {years} years; the measures set five",
      },
      unreadable: {
        "zh-CN": "与{partner}的协议有效期“{text}”无法识别，按五年计算",
        "en-US": "The term of the agreement with {partner}, “{text}”, cannot be read; five years are assumed",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.agreements) {
      if (record.relation !== "friendly-city") continue;
      const at = refOf(record, record.layout.columns.termYears ?? null);
      if (record.term.kind === "years" && record.term.years !== DEFAULT_TERM_YEARS) {
        ctx.report(at, { partner: record.partner, years: record.term.years }, "length");
      } else if (record.term.kind === "invalid") {
        ctx.report(at, { partner: record.partner, text: record.term.text }, "unreadable");
      }
    }
  },
};
