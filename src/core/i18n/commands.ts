import type { Catalog } from "./format";

/**
 * What the ribbon's two function buttons tell staff when they finish (src/commands/ribbonActions.ts).
 * One line each: it is shown in a small dialog inside Excel, and in the preview page's ribbon bar.
 */
export const COMMAND_MESSAGES = {
  summaryDone: {
    "zh-CN": "已生成“{sheet}”：{partners} 个友城，全年交流 {exchanges} 次。",
    "en-US": "“{sheet}” is written: {partners} partners, {exchanges} exchanges in the year.",
  },
  summaryNoPartners: {
    "zh-CN": "已生成“{sheet}”，但没有找到友城名录，总结为空。请检查登记表的表头。",
    "en-US": "“{sheet}” is written, but no partner register was found, so it is empty. Check the register's headers.",
  },
  highlightsDone: {
    "zh-CN":
      "已标注友城名录：已到期 {expired} 个，{urgentDays} 天内到期 {urgent} 个，{expiringDays} 天内到期 {expiring} 个。明细见“{sheet}”。",
    "en-US":
      "The register is highlighted: {expired} expired, {urgent} ending within {urgentDays} days, {expiring} within {expiringDays} days. Details in “{sheet}”.",
  },
  highlightsNone: {
    "zh-CN": "友城名录中没有已到期或即将到期的协议。到期提醒已写入“{sheet}”。",
    "en-US": "No agreement in the register has expired or ends soon. The expiry list is in “{sheet}”.",
  },
  noRegister: {
    "zh-CN": "没有找到友城名录（需要“友城”和“签约日期”两列），未写入标注。",
    "en-US":
      "No partner register was found (it needs a partner and a signing-date column), so nothing was highlighted.",
  },
  summaryFailed: {
    "zh-CN": "年度总结未完成：{reason}",
    "en-US": "The year-end summary was not made: {reason}",
  },
  highlightsFailed: {
    "zh-CN": "标注未完成：{reason}",
    "en-US": "The highlights were not written: {reason}",
  },
  unexpected: {
    "zh-CN": "加载项出现意外错误（{detail}）。请重试；如仍失败，请联系维护人员。",
    "en-US":
      "The add-in met an unexpected error ({detail}). Please try again; if it fails again, tell the maintainers.",
  },
  dialogTitle: {
    "zh-CN": "友城工作",
    "en-US": "Partner Cities",
  },
  downloadReport: {
    "zh-CN": "下载年度总结报告（.docx）",
    "en-US": "Download the year-end report (.docx)",
  },
  reportPreparing: {
    "zh-CN": "正在生成年度总结报告…",
    "en-US": "Making the year-end report…",
  },
  reportInPane: {
    "zh-CN": "此版本的 Excel 无法在对话框中提供下载，请在任务窗格中点击“下载年度总结报告（.docx）”。",
    "en-US":
      "This Excel cannot offer a download in the dialog: use “Download the year-end report (.docx)” in the task pane.",
  },
  dialogClose: {
    "zh-CN": "关闭",
    "en-US": "Close",
  },
} satisfies Catalog;
