import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { foldText } from "../text/foldText";

/** 第七条第六项: the liaison office keeps the texts; it is written short or in full. */
const LIAISON_OFFICE = /外联办|对外联络服务办公室|对外联络办公室|liaison/i;

export const textCustody: Rule = {
  meta: {
    id: "TEXT-CUSTODY",
    article: "第七条第六项",
    severity: "warning",
    description: { "zh-CN": "协议书文本统一由区外联办保存", "en-US": "The liaison office keeps every agreement text" },
    messages: {
      custody: {
        "zh-CN": "与{partner}的协议文本由{custodian}保存，应统一由区外联办保存",
        "en-US": "The text of the agreement with {partner} is kept by {custodian}; the liaison office should keep it",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.agreements) {
      if (record.relation !== "friendly-city" || !record.custodian) continue;
      if (LIAISON_OFFICE.test(foldText(record.custodian))) continue;
      ctx.report(refOf(record, record.layout.columns.custodian ?? null), {
        partner: record.partner,
        custodian: record.custodian,
      });
    }
  },
};
