import type { Rule } from "./rule";
import { refOf } from "../records/records";

export const eligLevel: Rule = {
  meta: {
    id: "ELIG-LEVEL",
    article: "第五条第一项",
    severity: "warning",
    description: {
      "zh-CN": "拟缔结城市原则上应与我区具有相应行政级别",
      "en-US": "A candidate should, in principle, be of a level corresponding to the district's",
    },
    messages: {
      higher: {
        "zh-CN": "{city}的行政级别（{level}）高于我区相应级别",
        "en-US": "{city} is of a higher administrative level ({level}) than the district's",
      },
      lower: {
        "zh-CN": "{city}的行政级别（{level}）低于我区相应级别",
        "en-US": "{city} is of a lower administrative level ({level}) than the district's",
      },
    },
  },
  check(ctx) {
    for (const { record } of ctx.candidates) {
      if (record.levelClass !== "higher" && record.levelClass !== "lower") continue;
      ctx.report(
        refOf(record, record.layout.columns.level ?? null),
        { city: record.city, level: record.level },
        record.levelClass,
      );
    }
  },
};
