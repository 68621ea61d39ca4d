import { allRecords, type Rule } from "./rule";
import { refOf } from "../records/records";

export const dataDate: Rule = {
  meta: {
    id: "DATA-DATE",
    article: null,
    severity: "error",
    description: { "zh-CN": "日期单元格中的内容不是日期", "en-US": "A date cell holds something that is not a date" },
    messages: {
      notADate: {
        "zh-CN": "{valueField}“{text}”不是有效日期",
        "en-US": "The {valueField} “{text}” is not a date",
      },
    },
  },
  check(ctx) {
    for (const r of allRecords(ctx)) {
      for (const d of r.dates) {
        if (d.value.kind === "invalid") ctx.report(refOf(r, d.column), { valueField: d.field, text: d.value.text });
      }
    }
  },
};
