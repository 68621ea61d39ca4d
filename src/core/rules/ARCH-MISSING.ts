import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const archMissing: Rule = {
  meta: {
    id: "ARCH-MISSING",
    article: "第十三条第五项",
    severity: "info",
    description: {
      "zh-CN": "做好友城交往档案整理：概要、图片、文字、视频",
      "en-US": "Keep the exchange archive: summary, pictures, texts, videos",
    },
    messages: {
      noArchive: {
        "zh-CN": "这次与{partner}的交流没有登记档案资料（概要、图片、文字、视频）",
        "en-US": "No archive material (summary, pictures, texts, videos) is recorded for this exchange with {partner}",
      },
    },
  },
  check(ctx) {
    for (const x of ctx.exchanges) {
      if (x.archived) continue;
      ctx.report(refOf(x, x.layout.columns.archive ?? null), { partner: x.partnerText });
    }
  },
};
