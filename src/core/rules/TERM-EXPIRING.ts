import type { Rule } from "./rule";
import { reportStatus } from "./reportStatus";

export const termExpiring: Rule = {
  meta: {
    id: "TERM-EXPIRING",
    article: "第七条第五项",
    severity: "info",
    description: { "zh-CN": "协议将在半年内到期", "en-US": "The agreement ends within the lead time" },
    messages: {
      expiring: {
        "zh-CN": "与{partner}的协议将于{lastDay}到期（还剩{days}天）",
        "en-US": "The agreement with {partner} ends on {lastDay} ({days} days left)",
      },
    },
  },
  check(ctx) {
    reportStatus(ctx, "expiring");
  },
};
