import type { Rule } from "./rule";

/**
 * A file saved by a program that does not calculate (a script, some converters) holds formulas
 * without their results. Their cells are unknown, not blank: one finding per sheet says why,
 * instead of a DATA-MISSING or DATA-DATE for every row that reads one (see analyze).
 */
export const dataUncalculated: Rule = {
  meta: {
    id: "DATA-UNCALCULATED",
    article: null,
    severity: "warning",
    description: {
      "zh-CN": "公式没有计算结果（文件由不计算公式的程序保存）",
      "en-US": "Formulas have no calculated value (the file was saved by a program that does not calculate)",
    },
    messages: {
      uncalculated: {
        "zh-CN":
          "工作表“{sheet}”有 {count} 个公式单元格没有计算结果，无法检查这些单元格；请在 Excel 或 WPS 中打开并保存该文件后再运行",
        "en-US":
          "Sheet “{sheet}” has {count} formula cells without a calculated value, so they cannot be checked; open and save the file in Excel or WPS, then run again",
      },
    },
  },
  check(ctx) {
    for (const sheet of ctx.uncalculated) {
      ctx.report(sheet.first, { sheet: sheet.sheet, count: sheet.count });
    }
  },
};
