import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const eligCriteria: Rule = {
  meta: {
    id: "ELIG-CRITERIA",
    article: "第五条",
    severity: "info",
    description: {
      "zh-CN": "拟缔结城市具备第五条所列条件的情况及建议",
      "en-US": "The conditions of article 5 a candidate meets, and the recommendation",
    },
    messages: {
      "friendly-city": {
        "zh-CN": "{city}具备条件{metZh}，可缔结友好城市（区）",
        "en-US": "{city} meets conditions {metEn}: it may become a friendly city",
      },
      alternative: {
        "zh-CN": "{city}具备条件{metZh}，建议以合作框架协议、单项领域合作协议或对口帮扶支援协议方式开展交往",
        "en-US":
          "{city} meets conditions {metEn}: a framework, single-field or assistance agreement is advised instead",
      },
      "not-recommended": {
        "zh-CN": "{city}不具备第五条所列条件，暂不具备缔结条件",
        "en-US": "{city} meets none of the conditions of article 5: not ready for an agreement",
      },
    },
  },
  check(ctx) {
    for (const c of ctx.candidates) {
      const metZh = c.criteriaMet.map((n) => `（${"一二三四五"[n - 1]}）`).join("");
      const metEn = c.criteriaMet.join(", ");
      ctx.report(refOf(c.record), { city: c.record.city, metZh, metEn }, c.recommendation);
    }
  },
};
