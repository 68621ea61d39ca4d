import type { Catalog } from "./format";

/**
 * What the ribbon's function buttons tell staff when they finish (src/commands/ribbonActions.ts).
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
  draftsDone: {
    "zh-CN": "已起草文稿：{paths} 个已到起草阶段（第六条第三项）的对象各一份请示和协议书，{renewals} 份续签协议书。",
    "en-US":
      "The drafts are made: a written request and an agreement for each of {paths} partners at drafting (article 6(3)), and {renewals} renewal agreements.",
  },
  draftsNone: {
    "zh-CN": "没有需要起草的文稿：没有已到起草阶段（第六条第三项）的拟缔结城市或未签署的友城，也没有需要续签的协议。",
    "en-US":
      "Nothing to draft: no candidate or unsigned partner has reached drafting (article 6(3)), and no agreement is due for renewal.",
  },
  draftsFailed: {
    "zh-CN": "文稿未能起草：{reason}",
    "en-US": "The drafts were not made: {reason}",
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
  filesPreparing: {
    "zh-CN": "正在生成文件…",
    "en-US": "Making the files…",
  },
  downloadFile: {
    "zh-CN": "下载“{name}”",
    "en-US": "Download “{name}”",
  },
  noDownloadInDialog: {
    "zh-CN": "此版本的 Excel 无法在对话框中提供下载，",
    "en-US": "This Excel cannot offer a download in the dialog: ",
  },
  noDownloadInWps: {
    "zh-CN": "WPS 的功能区无法提供下载，",
    "en-US": "The WPS ribbon cannot offer a download: ",
  },
  reportInPane: {
    "zh-CN": "请在任务窗格中点击“下载年度总结报告（.docx）”。",
    "en-US": "use “Download the year-end report (.docx)” in the task pane.",
  },
  draftsInPane: {
    "zh-CN": "请在任务窗格的“资格评估”中逐份下载。",
    "en-US": "download them one by one from the task pane's Eligibility view.",
  },
  dialogClose: {
    "zh-CN": "关闭",
    "en-US": "Close",
  },
} satisfies Catalog;
