import type { Rule } from "./rule";
import { refOf } from "../records/records";

/** 第七条第四项: 协议书文本一式四份，双方各执两份. */
const COPIES = 4;
const COPIES_HELD = 2;

export const textCopies: Rule = {
  meta: {
    id: "TEXT-COPIES",
    article: "第七条第四项",
    severity: "warning",
    description: {
      "zh-CN": "协议书文本一式四份，双方各执两份",
      "en-US": "The agreement is made in four copies, two for each side",
    },
    messages: {
      copies: {
        "zh-CN": "与{partner}的协议文本为{copies}份，应为一式四份",
        "en-US": "The agreement with {partner} is in {copies} copies; it should be four",
      },
      held: {
        "zh-CN": "与{partner}的协议我方保存{held}份，应为两份",
        "en-US": "The district holds {held} copies of the agreement with {partner}; it should hold two",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.agreements) {
      if (record.relation !== "friendly-city") continue;
      const { columns } = record.layout;
      if (record.copies !== null && record.copies !== COPIES) {
        ctx.report(refOf(record, columns.copies ?? null), { partner: record.partner, copies: record.copies }, "copies");
      }
      if (record.copiesHeld !== null && record.copiesHeld !== COPIES_HELD) {
        ctx.report(
          refOf(record, columns.copiesHeld ?? null),
          { partner: record.partner, held: record.copiesHeld },
          "held",
        );
      }
    }
  },
};
