import type { Rule } from "./rule";
import { refOf } from "../records/records";
import { dropProvinceAndCity, foldName } from "../partners/foldName";

export const dataDuplicate: Rule = {
  meta: {
    id: "DATA-DUPLICATE",
    article: null,
    severity: "warning",
    description: {
      "zh-CN": "同一友城在名录中有两行有效记录",
      "en-US": "Two rows of the register are the same partner and neither is terminated",
    },
    messages: {
      duplicate: {
        "zh-CN": "{partner}在名录中还有一行（第{rows}行），都未终止；旧协议请标记为已终止",
        "en-US":
          "{partner} is also on row {rows} of the register, and neither row is terminated; mark the old agreement as terminated",
      },
    },
  },
  check(ctx) {
    // Both rows are flagged: either may be the one to mark terminated.
    const byName = new Map<string, typeof ctx.agreements>();
    for (const a of ctx.agreements) {
      if (a.record.terminated || !a.record.partner) continue;
      const key = dropProvinceAndCity(foldName(a.record.partner));
      byName.set(key, [...(byName.get(key) ?? []), a]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      for (const a of group) {
        const others = group
          .filter((o) => o !== a)
          .map((o) => (o.record.sheet === a.record.sheet ? `${o.record.row}` : `${o.record.sheet}!${o.record.row}`));
        ctx.report(refOf(a.record, a.record.layout.columns.partner ?? null), {
          partner: a.record.partner,
          rows: others.join("、"),
        });
      }
    }
  },
};
