import type { Lang } from "../model";
import { fill, type Catalog } from "./format";

/** What staff read when Excel refuses (see src/excel-host/excelErrors.ts). One line each. */
export const EXCEL_ERROR_MESSAGES = {
  protected: {
    "zh-CN": "工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试。",
    "en-US": "A sheet is protected, so it could not be written. Unprotect it (Review tab) and try again.",
  },
  editing: {
    "zh-CN": "有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
    "en-US": "A cell is being edited. Press Enter or Esc and try again.",
  },
  busy: {
    "zh-CN": "Excel 正忙，这次没有完成。请稍后重试。",
    "en-US": "Excel is busy and the run did not finish. Please try again in a moment.",
  },
  "too-large": {
    "zh-CN": "要写入的内容超出了 Excel 单次请求的上限。请在桌面版 Excel 中重试。",
    "en-US": "What is to be written is more than Excel takes in one request. Try again in desktop Excel.",
  },
  "no-excel": {
    "zh-CN": "没有连接到 Excel 或 WPS 表格：请在 Excel 或 WPS 表格中打开此加载项。",
    "en-US": "Not connected to Excel or WPS Spreadsheets: open this add-in inside one of them.",
  },
  "no-workbook": {
    "zh-CN": "没有打开的工作簿：请先打开友城台账，再重试。",
    "en-US": "No workbook is open: open the partner-city workbook and try again.",
  },
  unknown: {
    "zh-CN": "Excel 未能完成操作（{code}）。工作簿中已有的内容未受影响，请重试。",
    "en-US": "Excel could not finish ({code}). Nothing already in the workbook was changed; please try again.",
  },
} satisfies Catalog;

/**
 * When a run stopped part way through writing the add-in's sheets over the earlier ones, which it
 * left half-written: said after Excel's refusal, with the sheets, so that the user knows what to
 * run again for (the next run writes them whole).
 */
const INCOMPLETE_SHEETS_MESSAGES = {
  incomplete: {
    "zh-CN": "工作表{sheets}只写入了一部分，请再运行一次，即可重新写完整。",
    "en-US": "The run stopped part way through {sheets}: run it again to complete it.",
  },
  unknown: {
    "zh-CN": "Excel 未能完成操作（{code}）。",
    "en-US": "Excel could not finish ({code}).",
  },
  earlier: {
    "zh-CN":
      "上次运行未完成（可能 Excel 曾被关闭或出错），工作表{sheets}只写入了一部分。请再运行一次“写入标注和工作表”，即可重新写完整。",
    "en-US":
      "An earlier run did not finish (Excel may have been closed or stopped), so {sheets} was left part-written. Run “Write highlights and sheets” again to complete it.",
  },
} satisfies Catalog;

/** The sheets' names as a list in running text, each quoted. */
function sheetList(sheets: readonly string[], lang: Lang): string {
  return lang === "zh-CN" ? sheets.map((s) => `“${s}”`).join("、") : sheets.map((s) => `"${s}"`).join(", ");
}

/**
 * What the task pane says when the workbook names sheets an earlier run left half-written (it
 * crashed or Excel was closed part way through): which ones, and that 写入 writes them whole.
 */
export function incompleteNoticeText(sheets: readonly string[], lang: Lang): string {
  return fill(INCOMPLETE_SHEETS_MESSAGES.earlier[lang], { sheets: sheetList(sheets, lang) });
}

/** Excel's refusal in words, with the sheets it left half-written when there are any. */
export function excelErrorText(
  failure: { problem: keyof typeof EXCEL_ERROR_MESSAGES; code: string; incomplete?: string[] },
  lang: Lang,
): string {
  const sheets = failure.incomplete ?? [];
  // "Nothing already in the workbook was changed" is not so when a sheet is half-written.
  const message =
    failure.problem === "unknown" && sheets.length > 0
      ? INCOMPLETE_SHEETS_MESSAGES.unknown
      : EXCEL_ERROR_MESSAGES[failure.problem];
  const reason = fill(message[lang], { code: failure.code });
  if (sheets.length === 0) return reason;
  const told = fill(INCOMPLETE_SHEETS_MESSAGES.incomplete[lang], { sheets: sheetList(sheets, lang) });
  return lang === "zh-CN" ? `${reason}${told}` : `${reason} ${told}`;
}
