import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const eventMismatch: Rule = {
  meta: {
    id: "EVENT-MISMATCH",
    article: "第十一条",
    severity: "warning",
    description: {
      "zh-CN": "回应方式应与事项相符：灾害、突发事件应慰问，领导变动、节日应祝贺",
      "en-US":
        "The response fits the event: condolences for disasters and emergencies, congratulations for leadership changes and festivals",
    },
    messages: {
      congratulatedDisaster: {
        "zh-CN": "{partner}发生“{event}”，我方回应为“{response}”，应表示慰问",
        "en-US": "“{event}” at {partner} was answered with “{response}”; it calls for condolences",
      },
      condoledCelebration: {
        "zh-CN": "{partner}的“{event}”，我方回应为“{response}”，应表示祝贺",
        "en-US": "“{event}” at {partner} was answered with “{response}”; it calls for congratulations",
      },
    },
  },
  check(ctx) {
    for (const e of ctx.events) {
      const data = { partner: e.partnerText, event: e.eventType, response: e.response };
      const at = refOf(e, e.layout.columns.response ?? null);
      if (e.eventKind === "condolence" && e.responseKind === "congratulation")
        ctx.report(at, data, "congratulatedDisaster");
      if (e.eventKind === "congratulatory" && e.responseKind === "condolence")
        ctx.report(at, data, "condoledCelebration");
    }
  },
};
