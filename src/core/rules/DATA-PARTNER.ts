import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const dataPartner: Rule = {
  meta: {
    id: "DATA-PARTNER",
    article: null,
    severity: "warning",
    description: {
      "zh-CN": "所填友城与名录中的友城或拟缔结城市对应不上",
      "en-US": "The partner named matches no partner or candidate, or several",
    },
    messages: {
      none: {
        "zh-CN": "“{name}”在友城名录和拟缔结城市中都找不到，未计入统计",
        "en-US": "“{name}” is neither on the register nor among the candidates; it is left out of the counts",
      },
      ambiguous: {
        "zh-CN": "“{name}”可能指{partners}，请写明全称；未计入统计",
        "en-US": "“{name}” may mean {partners}; write the full name. It is left out of the counts",
      },
    },
  },
  check(ctx) {
    for (const r of [...ctx.exchanges, ...ctx.events]) {
      if (!r.partnerText) continue;
      const at = refOf(r, r.layout.columns.partner ?? null);
      if (r.partner.kind === "none") ctx.report(at, { name: r.partnerText }, "none");
      if (r.partner.kind === "ambiguous")
        ctx.report(at, { name: r.partnerText, partners: r.partner.partners.join("、") }, "ambiguous");
    }
  },
};
