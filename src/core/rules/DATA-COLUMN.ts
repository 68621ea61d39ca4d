import type { Rule } from "./rule";

export const dataColumn: Rule = {
  meta: {
    id: "DATA-COLUMN",
    article: null,
    severity: "error",
    description: { "zh-CN": "工作表缺少其用途所需的列", "en-US": "A sheet lacks a column its role needs" },
    messages: {
      missing: {
        "zh-CN": "工作表“{sheet}”看来是{role}，但找不到“{columnField}”列；可在设置中指定该列",
        "en-US":
          "Sheet “{sheet}” looks like the {role}, but its “{columnField}” column cannot be found; map it in the settings",
      },
    },
  },
  check(ctx) {
    for (const layout of ctx.layouts) {
      for (const field of layout.missing) {
        ctx.report(
          { sheet: layout.name, row: layout.headerRow, column: null },
          { sheet: layout.name, role: layout.role, columnField: field },
        );
      }
    }
  },
};
