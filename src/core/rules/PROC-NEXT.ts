import type { Rule } from "./rule";
import { blockerCodes } from "../path/blockerCodes";

export const procNext: Rule = {
  meta: {
    id: "PROC-NEXT",
    article: "第六条",
    severity: "info",
    description: {
      "zh-CN": "拟缔结城市和尚未签署的友城：第六条已完成的步骤、下一步及待解决的问题",
      "en-US":
        "Each candidate and unsigned register row: the last step of article 6 done, the next, and what blocks it",
    },
    messages: {
      next: {
        "zh-CN": "{partner}：已完成“{lastStep}”，下一步是“{nextStep}”",
        "en-US": "{partner}: “{lastStep}” is done; next: “{nextStep}”",
      },
      blocked: {
        "zh-CN": "{partner}：已完成“{lastStep}”，下一步是“{nextStep}”；待解决：{blockers}",
        "en-US": "{partner}: “{lastStep}” is done; next: “{nextStep}”, held up by: {blockers}",
      },
      start: {
        "zh-CN": "{partner}：第六条的步骤尚未开始，下一步是“{nextStep}”",
        "en-US": "{partner}: no step of article 6 is recorded yet; next: “{nextStep}”",
      },
      signed: {
        "zh-CN": "{partner}：协议书已签署，第六条的步骤已走完",
        "en-US": "{partner}: the agreement is signed; the steps of article 6 are complete",
      },
    },
  },
  check(ctx) {
    for (const path of ctx.paths) {
      const at = { sheet: path.sheet, row: path.row, column: null };
      const partner = path.partner;
      if (path.next === null) ctx.report(at, { partner }, "signed");
      // Nothing can hold up the first step: no step is done before it to be out of order or left
      // out, and the conditions of 第五条 and a leader visit are asked for only from drafting on.
      else if (path.lastDone === null) ctx.report(at, { partner, nextStep: path.next }, "start");
      else if (path.blockers.length === 0)
        ctx.report(at, { partner, lastStep: path.lastDone, nextStep: path.next }, "next");
      else
        ctx.report(
          at,
          { partner, lastStep: path.lastDone, nextStep: path.next, blockers: blockerCodes(path.blockers) },
          "blocked",
        );
    }
  },
};
