import type { Rule } from "./rule";
import { reportStatus } from "./reportStatus";

export const termExpired: Rule = {
  meta: {
    id: "TERM-EXPIRED",
    article: "第七条第五项",
    severity: "error",
    description: { "zh-CN": "协议已过有效期", "en-US": "The agreement has expired" },
    messages: {
      expired: {
        "zh-CN": "与{partner}的协议已于{lastDay}到期（已过{days}天），应协商是否续签",
        "en-US": "The agreement with {partner} ended on {lastDay} ({days} days ago); decide with them whether to renew",
      },
    },
  },
  check(ctx) {
    reportStatus(ctx, "expired");
  },
};
