import type { Rule } from "./rule";
import { reportStatus } from "./reportStatus";

export const termUrgent: Rule = {
  meta: {
    id: "TERM-URGENT",
    article: "第七条第五项",
    severity: "warning",
    description: {
      "zh-CN": "协议即将到期，应立即启动续签协商",
      "en-US": "The agreement ends soon: renewal talks are due now",
    },
    messages: {
      urgent: {
        "zh-CN": "与{partner}的协议将于{lastDay}到期（还剩{days}天），应立即启动续签协商",
        "en-US": "The agreement with {partner} ends on {lastDay} ({days} days left): start renewal talks now",
      },
    },
  },
  check(ctx) {
    reportStatus(ctx, "urgent");
  },
};
