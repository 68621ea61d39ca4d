import type { Rule } from "./rule";
import { refOf, type RecordBase } from "../records/records";
import type { DateCell } from "../records/rowReader";

export const dataOrder: Rule = {
  meta: {
    id: "DATA-ORDER",
    article: null,
    severity: "error",
    description: { "zh-CN": "同一行的两个日期相互矛盾", "en-US": "Two dates of one row contradict each other" },
    messages: {
      order: {
        "zh-CN": "{laterField}（{later}）早于{earlierField}（{earlier}）",
        "en-US": "The {laterField} ({later}) is before the {earlierField} ({earlier})",
      },
    },
  },
  check(ctx) {
    /** `later` must not be before `earlier`; the end of a term must come after its start. */
    const check = (r: RecordBase, earlier: DateCell, later: DateCell, strictly = false) => {
      if (earlier.value.kind !== "date" || later.value.kind !== "date") return;
      const bad = strictly ? later.value.date <= earlier.value.date : later.value.date < earlier.value.date;
      if (!bad) return;
      ctx.report(refOf(r, later.column), {
        laterField: later.field,
        later: later.value.date,
        earlierField: earlier.field,
        earlier: earlier.value.date,
      });
    };
    for (const { record } of ctx.agreements) {
      check(record, record.signing, record.renewal);
      check(record, record.signing, record.end, true);
    }
    for (const e of ctx.events) check(e, e.date, e.responseDate);
    for (const f of ctx.filings) check(f, f.signing, f.filing);
  },
};
