import { allRecords, type Rule } from "./rule";
import { refOf } from "../records/records";

export const dataMissing: Rule = {
  meta: {
    id: "DATA-MISSING",
    article: null,
    severity: "error",
    description: { "zh-CN": "规则所需的数据为空", "en-US": "A value the rules need is blank" }, // or an Excel error
    messages: {
      missing: {
        "zh-CN": "{valueField}为空或是错误值，无法检查此行",
        "en-US": "The {valueField} is blank or an error value, so this row cannot be checked",
      },
    },
  },
  check(ctx) {
    for (const r of allRecords(ctx)) {
      for (const field of r.missing) ctx.report(refOf(r, r.layout.columns[field] ?? null), { valueField: field });
    }
  },
};
