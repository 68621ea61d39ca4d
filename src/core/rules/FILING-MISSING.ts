import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const filingMissing: Rule = {
  meta: {
    id: "FILING-MISSING",
    article: "第十四条",
    severity: "warning",
    description: {
      "zh-CN": "单项领域合作协议签订后报区外联办备案",
      "en-US": "A departmental single-field agreement is filed with the liaison office after signing",
    },
    messages: {
      notFiled: {
        "zh-CN": "{department}签订的协议没有备案日期，应报区外联办备案",
        "en-US": "The agreement signed by {department} has no filing date; it should be filed with the liaison office",
      },
    },
  },
  check(ctx) {
    for (const f of ctx.filings) {
      if (f.filing.value.kind !== "blank") continue;
      ctx.report(refOf(f, f.filing.column), { department: f.department });
    }
  },
};
