import type { Rule } from "./rule";
import { refOf, type RecordBase } from "../records/records";
import type { DateCell } from "../records/rowReader";

/** 第六条's steps in the order they must happen; only the steps a row records are compared. */
function firstOutOfOrder(steps: DateCell[]): [DateCell, DateCell] | null {
  const present = steps.filter((s) => s.value.kind === "date");
  for (let i = 1; i < present.length; i++) {
    const [before, after] = [present[i - 1], present[i]];
    if (before.value.kind === "date" && after.value.kind === "date" && after.value.date < before.value.date)
      return [before, after];
  }
  return null;
}

export const procOrder: Rule = {
  meta: {
    id: "PROC-ORDER",
    article: "第六条",
    severity: "error",
    description: {
      "zh-CN": "缔结步骤应依次进行：初步意见、向主要领导汇报、区政府常务会、区人大常委会决定、签署",
      "en-US":
        "The steps come in order: preliminary opinion, report to leaders, government meeting, NPC decision, signing",
    },
    messages: {
      order: {
        "zh-CN": "{name}的{laterField}（{later}）早于{earlierField}（{earlier}）",
        "en-US": "For {name}, the {laterField} ({later}) comes before the {earlierField} ({earlier})",
      },
    },
  },
  check(ctx) {
    const report = (record: RecordBase, name: string, steps: DateCell[]) => {
      const pair = firstOutOfOrder(steps);
      if (!pair) return;
      const [before, after] = pair;
      ctx.report(refOf(record, after.column), {
        name,
        laterField: after.field,
        later: after.value.kind === "date" ? after.value.date : "",
        earlierField: before.field,
        earlier: before.value.kind === "date" ? before.value.date : "",
      });
    };
    for (const { record } of ctx.agreements)
      report(record, record.partner, [record.govMeeting, record.npc, record.signing]);
    for (const { record } of ctx.candidates) {
      const { preliminary, report: reported, draft, consulted, request, govMeeting, npc, signing } = record;
      report(record, record.city, [preliminary, reported, draft, consulted, request, govMeeting, npc, signing]);
    }
  },
};
