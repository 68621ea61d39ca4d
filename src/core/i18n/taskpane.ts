import type { Lang } from "../model";
import { fill, type Catalog } from "./format";

/**
 * What the task pane says, in both languages. Names of statuses, roles, fields, severities and
 * recommendations come from labels.ts and sheets.ts; Excel's refusals from errors.ts. Values put
 * into `{name}` are data: the pane renders the result as text, never as HTML.
 */
export const TASKPANE_MESSAGES = {
  title: { "zh-CN": "友城工作", "en-US": "Partner Cities" },
  subtitle: {
    "zh-CN": "按《西城区缔结国内友好城市（区）管理办法》检查友城工作台账",
    "en-US": "Checks the partner-city register against Xicheng's 2016 measures",
  },

  // Actions
  actions: { "zh-CN": "操作", "en-US": "Actions" },
  "action.check": { "zh-CN": "检查工作簿", "en-US": "Check the workbook" },
  "action.write": { "zh-CN": "写入标注和工作表", "en-US": "Write highlights and sheets" },
  "action.summary": { "zh-CN": "生成年度总结", "en-US": "Year-end summary" },
  "action.remove": { "zh-CN": "清除加载项内容", "en-US": "Remove what the add-in wrote" },
  "action.yearReport": { "zh-CN": "下载年度总结报告（.docx）", "en-US": "Download the year-end report (.docx)" },
  "docx.making": { "zh-CN": "正在生成文档…", "en-US": "Making the document…" },
  "docx.saved": { "zh-CN": "已生成“{file}”。", "en-US": "Made “{file}”." },
  "docx.failed": { "zh-CN": "文档未能生成：{reason}", "en-US": "The document could not be made: {reason}" },

  // While a run works
  "busy.check": { "zh-CN": "正在检查工作簿…", "en-US": "Checking the workbook…" },
  "busy.write": { "zh-CN": "正在写入标注和工作表…", "en-US": "Writing highlights and sheets…" },
  "busy.summary": { "zh-CN": "正在生成年度总结…", "en-US": "Making the year-end summary…" },
  "busy.remove": { "zh-CN": "正在清除加载项内容…", "en-US": "Removing what the add-in wrote…" },
  "busy.save": { "zh-CN": "正在保存设置…", "en-US": "Saving the settings…" },
  "busy.select": { "zh-CN": "正在定位单元格…", "en-US": "Going to the cell…" },

  // Outcomes
  "outcome.success": { "zh-CN": "完成", "en-US": "Done" },
  "outcome.error": { "zh-CN": "未完成", "en-US": "Not done" },
  "outcome.incomplete": { "zh-CN": "有工作表未写完整", "en-US": "A sheet is part-written" },
  "done.check": {
    "zh-CN": "检查完成：{agreements} 份协议，{findings} 条检查结果（今天按 {today} 计）",
    "en-US": "Checked: {agreements} agreements, {findings} findings (today taken as {today})",
  },
  "done.write": {
    "zh-CN": "已写入 {sheets} 张工作表和 {formats} 条条件格式",
    "en-US": "Wrote {sheets} sheets and {formats} conditional formats",
  },
  "done.summary": {
    "zh-CN": "已生成“{sheet}”工作表（{partners} 个友城）",
    "en-US": "Wrote the sheet “{sheet}” ({partners} partners)",
  },
  "done.remove": {
    "zh-CN": "已清除加载项写入的工作表和状态标注；您输入的内容和设置未改动",
    "en-US": "Removed the add-in's sheets and highlights; what you typed and the settings are untouched",
  },
  "done.save": {
    "zh-CN": "设置已保存到工作簿，并已按新设置重新检查",
    "en-US": "Settings saved in the workbook, and the workbook checked again with them",
  },
  retry: { "zh-CN": "重试", "en-US": "Retry" },
  dismiss: { "zh-CN": "关闭提示", "en-US": "Dismiss" },

  // Removal confirmation
  "confirm.remove.title": { "zh-CN": "清除加载项写入的内容？", "en-US": "Remove what the add-in wrote?" },
  "confirm.remove.body": {
    "zh-CN":
      "将删除加载项生成的工作表（到期提醒、合规检查、资格评估、年度交流总结）和友城名录上的状态标注。您输入的单元格和保存的设置不受影响。",
    "en-US":
      "The add-in's sheets (expiry watch, findings, eligibility, year-end summaries) and the status highlights on the register will be removed. Cells you typed and the saved settings stay.",
  },
  "confirm.remove.ok": { "zh-CN": "清除", "en-US": "Remove" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },

  // Views
  views: { "zh-CN": "视图", "en-US": "Views" },
  "tab.overview": { "zh-CN": "概览", "en-US": "Overview" },
  "tab.findings": { "zh-CN": "检查结果", "en-US": "Findings" },
  "tab.eligibility": { "zh-CN": "资格评估", "en-US": "Eligibility" },
  "tab.settings": { "zh-CN": "设置", "en-US": "Settings" },
  notChecked: { "zh-CN": "尚未检查工作簿。", "en-US": "The workbook has not been checked yet." },
  goTo: { "zh-CN": "定位", "en-US": "Go to" },
  "goTo.row": { "zh-CN": "在表格中定位到{name}所在行", "en-US": "Go to the row of {name}" },

  // Overview
  "overview.basis": {
    "zh-CN": "今天按 {today} 计；年度总结为 {year} 年。",
    "en-US": "Today is taken as {today}; the summary year is {year}.",
  },
  "overview.byStatus": { "zh-CN": "协议状态", "en-US": "Agreements by status" },
  "overview.status": { "zh-CN": "状态", "en-US": "Status" },
  "overview.count": { "zh-CN": "协议数", "en-US": "Agreements" },
  "overview.total": { "zh-CN": "合计", "en-US": "Total" },
  "overview.next": { "zh-CN": "最近到期的协议", "en-US": "Next to expire" },
  "overview.nextEmpty": { "zh-CN": "没有尚未到期的协议。", "en-US": "No agreement is still running." },
  "overview.partner": { "zh-CN": "友城", "en-US": "Partner" },
  "overview.lastDay": { "zh-CN": "到期日", "en-US": "Last day" },
  "overview.daysLeft": { "zh-CN": "剩余天数", "en-US": "Days left" },
  "overview.days": { "zh-CN": "{days} 天", "en-US": "{days} days" },
  "overview.noRegister": {
    "zh-CN": "没有找到友城名录。如果台账中有，请在“设置”中指定它的工作表和列。",
    "en-US": "No partner register was found. If the workbook has one, map its sheet and columns in the settings.",
  },

  // Findings
  "findings.none": { "zh-CN": "没有检查结果。", "en-US": "No findings." },
  "findings.bySeverity": { "zh-CN": "按严重程度", "en-US": "By severity" },
  "findings.hint": {
    "zh-CN": "点击一条结果（或选中后按 Enter）即可在表格中选中它所在的单元格。",
    "en-US": "Click a finding (or press Enter on it) to select its cell in the workbook.",
  },
  "findings.count": { "zh-CN": "{count} 条", "en-US": "{count}" },
  "findings.dataCheck": { "zh-CN": "数据检查", "en-US": "Data check" },
  "findings.placeCell": { "zh-CN": "{sheet}!{cell}", "en-US": "{sheet}!{cell}" },
  "findings.placeRow": { "zh-CN": "{sheet} 第 {row} 行", "en-US": "{sheet}, row {row}" },
  "findings.showMore": { "zh-CN": "显示其余 {count} 条", "en-US": "Show {count} more" },

  // Eligibility
  "elig.intro": {
    "zh-CN": "按第五条的五项条件评估拟缔结城市；需具备 {required} 项方可缔结友好城市（区）。",
    "en-US": "Candidates against the five conditions of Article 5; a friendly city needs {required} of them.",
  },
  "elig.none": {
    "zh-CN": "没有找到拟缔结城市评估表。",
    "en-US": "No candidate assessment sheet was found.",
  },
  "elig.conditions": { "zh-CN": "第五条条件", "en-US": "Conditions of Article 5" },
  "elig.met": { "zh-CN": "{met} 项（需 {required} 项）", "en-US": "{met} of 5 ({required} needed)" },
  colon: { "zh-CN": "：", "en-US": ": " },
  "mark.yes": { "zh-CN": "具备", "en-US": "Met" },
  "mark.no": { "zh-CN": "不具备", "en-US": "Not met" },
  "mark.unknown": { "zh-CN": "未填", "en-US": "Blank" },
  "elig.levelBlank": { "zh-CN": "未填", "en-US": "Blank" },
  "elig.visitYes": { "zh-CN": "有记录", "en-US": "Recorded" },
  "elig.visitNo": { "zh-CN": "无记录", "en-US": "None recorded" },
  "path.steps": { "zh-CN": "第六条步骤", "en-US": "Steps of Article 6" },
  "path.next": { "zh-CN": "下一步", "en-US": "Next step" },
  "path.signed": { "zh-CN": "已签署，步骤完成", "en-US": "Signed: every step done" },
  "path.blockers": { "zh-CN": "待解决", "en-US": "In the way" },
  "path.noBlocker": { "zh-CN": "无", "en-US": "Nothing" },
  "path.done": { "zh-CN": "已完成", "en-US": "done" },
  "path.doneOn": { "zh-CN": "{date} 完成", "en-US": "done {date}" },
  "path.notDone": { "zh-CN": "未记录", "en-US": "not recorded" },
  "path.register": { "zh-CN": "名录中尚未签署的友城", "en-US": "Register rows not yet signed" },
  "path.drafts": { "zh-CN": "文稿", "en-US": "Drafts" },
  "draft.request": { "zh-CN": "起草请示（.docx）", "en-US": "Draft the request (.docx)" },
  "draft.agreement": { "zh-CN": "起草协议书（.docx）", "en-US": "Draft the agreement (.docx)" },
  "draft.renewal": { "zh-CN": "起草续签协议书（.docx）", "en-US": "Draft the renewal (.docx)" },
  "renewal.title": { "zh-CN": "续签协议（第七条第五项）", "en-US": "Renewals due (article 7(5))" },
  "renewal.intro": {
    "zh-CN": "以下友城的协议将在 {days} 天内到期，可起草续签协议书：",
    "en-US": "These agreements end within {days} days; a renewal agreement can be drafted:",
  },

  // Greetings (第十一条) and letters
  "tab.greetings": { "zh-CN": "节日问候", "en-US": "Greetings" },
  "greetings.loading": { "zh-CN": "正在计算…", "en-US": "Working it out…" },
  loading: { "zh-CN": "正在打开…", "en-US": "Opening…" },
  "greetings.loadFailed": { "zh-CN": "问候日历未能加载。", "en-US": "The greetings calendar could not be loaded." },
  "greetings.intro": {
    "zh-CN": "{days} 天内应寄出的问候（提前 {lead} 天寄出）。选中一行即可起草信函。",
    "en-US": "Greetings to send within {days} days ({lead} days ahead). Pick a row to draft its letter.",
  },
  "greetings.writeSheet": { "zh-CN": "写入“节日问候”工作表", "en-US": "Write the Greetings sheet" },
  "greetings.writing": { "zh-CN": "正在写入“节日问候”工作表…", "en-US": "Writing the Greetings sheet…" },
  "greetings.written": {
    "zh-CN": "已写入“{sheet}”工作表（{count} 条问候）",
    "en-US": "Wrote the sheet “{sheet}” ({count} greetings)",
  },
  "greetings.downloadIcs": { "zh-CN": "下载日历文件（.ics）", "en-US": "Download calendar (.ics)" },
  "greetings.icsSaved": {
    "zh-CN": "已生成“{file}”：{count} 条提醒，可导入 Outlook。",
    "en-US": "Made “{file}”: {count} entries, for Outlook.",
  },
  "greetings.downloadFailed": { "zh-CN": "文件未能生成：{reason}", "en-US": "The file could not be made: {reason}" },
  "greetings.calendar": { "zh-CN": "问候日历", "en-US": "Greetings calendar" },
  "greetings.calendarEmpty": {
    "zh-CN": "{days} 天内没有需要寄出的问候。",
    "en-US": "No greeting is due within {days} days.",
  },
  "greetings.partnerCount": { "zh-CN": "{count} 个友城", "en-US": "{count} partners" },
  "greetings.selectGreeting": {
    "zh-CN": "{occasion}（{date}）{who}：起草信函",
    "en-US": "{occasion} ({date}){who}: draft a letter",
  },
  "greetings.tenth": { "zh-CN": "逢十周年", "en-US": "Tenth anniversary" },
  "greetings.late": { "zh-CN": "已过建议寄出日", "en-US": "Past the send-by day" },
  "greetings.events": { "zh-CN": "待回应的重大事项（第十一条）", "en-US": "Events awaiting an answer (Article 11)" },
  "greetings.eventsEmpty": { "zh-CN": "所有重大事项均已回应。", "en-US": "Every event has been answered." },
  "greetings.event.date": { "zh-CN": "日期", "en-US": "Date" },
  "greetings.event.partner": { "zh-CN": "友城", "en-US": "Partner" },
  "greetings.event.what": { "zh-CN": "事项", "en-US": "Event" },
  "greetings.event.letter": { "zh-CN": "应发信函", "en-US": "Letter" },
  "greetings.event.daysAgo": { "zh-CN": "{days} 天前", "en-US": "{days} days ago" },
  "greetings.event.noDate": { "zh-CN": "日期未填", "en-US": "No date" },
  "greetings.event.noSuggestion": { "zh-CN": "请选择", "en-US": "Choose" },
  "greetings.selectEvent": {
    "zh-CN": "{event}（{partner}）：起草信函",
    "en-US": "{event} ({partner}): draft a letter",
  },
  "greetings.draft": { "zh-CN": "信函草稿", "en-US": "Draft letter" },
  "greetings.draftNone": {
    "zh-CN": "选中一条问候或事项即可起草信函。",
    "en-US": "Pick a greeting or an event to draft its letter.",
  },
  "greetings.draftFor": { "zh-CN": "{occasion} · {partner}", "en-US": "{occasion} · {partner}" },
  "greetings.recipient": { "zh-CN": "收信友城", "en-US": "To" },
  "greetings.template": { "zh-CN": "信函类型", "en-US": "Kind of letter" },
  "greetings.templateChoose": { "zh-CN": "请选择信函类型", "en-US": "Choose the kind of letter" },
  "greetings.templateNeeded": {
    "zh-CN": "事项类型无法判断信函类型。",
    "en-US": "The event's type does not tell which letter.",
  },
  "greetings.text": { "zh-CN": "草稿全文（只读，可复制）", "en-US": "The draft (read-only, to copy)" },
  "greetings.copy": { "zh-CN": "复制全文", "en-US": "Copy" },
  "greetings.copied": { "zh-CN": "已复制到剪贴板。", "en-US": "Copied to the clipboard." },
  "greetings.copyFallback": {
    "zh-CN": "无法直接复制：已选中全文，请按 Ctrl+C。",
    "en-US": "Could not copy: the text is selected, press Ctrl+C.",
  },
  "greetings.downloadDocx": { "zh-CN": "下载 Word 文档（.docx）", "en-US": "Download .docx" },
  "greetings.docxSaved": { "zh-CN": "已生成“{file}”。", "en-US": "Made “{file}”." },
  "greetings.nothingSent": {
    "zh-CN": "草稿只在本机生成，不会发送。",
    "en-US": "Drafts stay on this computer; nothing is sent.",
  },
  "template.festival": { "zh-CN": "节日贺信", "en-US": "Festival greetings" },
  "template.leadership": { "zh-CN": "领导变动贺信", "en-US": "Congratulations on a leadership change" },
  "template.anniversary": { "zh-CN": "周年贺信", "en-US": "Anniversary greetings" },
  "template.emergency": { "zh-CN": "突发事件慰问函", "en-US": "Sympathy after an emergency" },
  "template.disaster": { "zh-CN": "自然灾害慰问函", "en-US": "Sympathy after a natural disaster" },

  // Settings
  "settings.language": { "zh-CN": "界面语言", "en-US": "Language" },
  "lang.zh-CN": { "zh-CN": "中文（简体）", "en-US": "中文（简体）" },
  "lang.en-US": { "zh-CN": "English", "en-US": "English" },
  "settings.stored": {
    "zh-CN": "以下设置保存在工作簿中，下一位打开它的同事会得到相同的结果。",
    "en-US": "These settings are kept in the workbook, so the next person who opens it gets the same result.",
  },
  "settings.thresholds": { "zh-CN": "期限与阈值", "en-US": "Lead times and thresholds" },
  "settings.urgentDays": { "zh-CN": "紧急提醒：到期前天数", "en-US": "Urgent: days before the last day" },
  "settings.expiringDays": { "zh-CN": "即将到期提醒：到期前天数", "en-US": "Ending soon: days before the last day" },
  "settings.responseDays": {
    "zh-CN": "重大事项回应期限（天，第十一条）",
    "en-US": "Days to respond to an event (Article 11)",
  },
  "settings.criteriaRequired": {
    "zh-CN": "缔结友好城市（区）需具备的条件数（第五条）",
    "en-US": "Conditions a friendly city needs (Article 5)",
  },
  "settings.dates": { "zh-CN": "年度与日期", "en-US": "Year and date" },
  "settings.year": { "zh-CN": "年度总结的年份", "en-US": "Year of the summary" },
  "settings.yearHint": { "zh-CN": "留空则为今天所在的年份", "en-US": "Blank: the year of today" },
  "settings.today": { "zh-CN": "今天的日期（仅供测试）", "en-US": "Today's date (for testing)" },
  "settings.todayHint": { "zh-CN": "留空则使用本机日期", "en-US": "Blank: the computer's date" },
  "settings.levels": { "zh-CN": "行政级别对照表（第五条第一项）", "en-US": "Administrative levels (Article 5(1))" },
  "settings.levelsHint": { "zh-CN": "每行一个级别", "en-US": "One level a line" },
  "settings.levels.corresponding": { "zh-CN": "相应级别", "en-US": "Corresponding" },
  "settings.levels.higher": { "zh-CN": "偏高级别", "en-US": "Higher" },
  "settings.levels.lower": { "zh-CN": "偏低级别", "en-US": "Lower" },
  "settings.mapping": { "zh-CN": "工作表和列", "en-US": "Sheets and columns" },
  "settings.mappingHint": {
    "zh-CN": "自动识别有误或找不到时，可在此指定工作表的用途、表头所在行和各列的列号（如 B）。留空的项仍自动识别。",
    "en-US":
      "Where detection is wrong or fails, set a sheet's role, header row and column letters (such as B). Whatever is left blank is still detected.",
  },
  "settings.mapping.detected": {
    "zh-CN": "识别为{role}，表头在第 {row} 行",
    "en-US": "Detected as the {role}, header in row {row}",
  },
  "settings.mapping.notDetected": { "zh-CN": "未识别", "en-US": "Not detected" },
  "settings.mapping.missing": { "zh-CN": "找不到：{fields}", "en-US": "Not found: {fields}" },
  "settings.mapping.role": { "zh-CN": "用途", "en-US": "Role" },
  "settings.mapping.roleAuto": { "zh-CN": "自动识别", "en-US": "Detect" },
  "settings.mapping.roleNone": { "zh-CN": "不使用此工作表", "en-US": "Leave this sheet alone" },
  "settings.mapping.headerRow": { "zh-CN": "表头所在行", "en-US": "Header row" },
  "settings.mapping.columns": { "zh-CN": "列号", "en-US": "Column letters" },
  "settings.mapping.sheetName": { "zh-CN": "其他工作表的名称", "en-US": "Another sheet's name" },
  "settings.mapping.addSheet": { "zh-CN": "添加工作表", "en-US": "Add the sheet" },
  "settings.aliases": { "zh-CN": "名称对应", "en-US": "Names of partners" },
  "settings.aliasesHint": {
    "zh-CN": "交流或事项记录中的写法与名录对不上时，可在此把该写法对应到一个友城或拟缔结城市。",
    "en-US":
      "Where a log writes a partner's name in a way that matches nothing, tie that name to a partner or candidate here.",
  },
  "settings.aliases.name": { "zh-CN": "记录中的写法", "en-US": "Name as written" },
  "settings.aliases.partner": { "zh-CN": "对应的友城", "en-US": "Partner" },
  "settings.aliases.choose": { "zh-CN": "请选择", "en-US": "Choose…" },
  "settings.aliases.add": { "zh-CN": "添加名称对应", "en-US": "Add a name" },
  "settings.aliases.remove": { "zh-CN": "删除第 {n} 条名称对应", "en-US": "Remove name {n}" },
  "settings.aliases.row": { "zh-CN": "第 {n} 条", "en-US": "Name {n}" },
  "settings.greetings": { "zh-CN": "节日问候与信函（第十一条）", "en-US": "Greetings and letters (Article 11)" },
  "settings.greetingWindowDays": {
    "zh-CN": "问候日历：列出多少天内应寄出的问候",
    "en-US": "Greetings calendar: greetings to send within this many days",
  },
  "settings.greetingLeadDays": { "zh-CN": "信函提前寄出的天数", "en-US": "Days ahead a letter is sent" },
  "settings.festivals": { "zh-CN": "问候的节日", "en-US": "Festivals greeted" },
  "settings.letterSender": { "zh-CN": "落款（{lang}信函）", "en-US": "Signed by ({lang} letters)" },
  "settings.letterSenderHint": { "zh-CN": "留空则为“{sender}”", "en-US": "Blank: “{sender}”" },
  "settings.templates": { "zh-CN": "信函模板", "en-US": "Letter templates" },
  "settings.templatesHint": {
    "zh-CN": "正文每行一段。占位符：{placeholders}",
    "en-US": "One paragraph a line. Placeholders: {placeholders}",
  },
  "settings.templateLang": { "zh-CN": "模板语言", "en-US": "Language of the template" },
  "settings.templateId": { "zh-CN": "模板", "en-US": "Template" },
  "settings.templateTitle": { "zh-CN": "标题", "en-US": "Title" },
  "settings.templateBody": { "zh-CN": "正文", "en-US": "Body" },
  "settings.templateReset": { "zh-CN": "恢复内置模板", "en-US": "Restore the built-in template" },
  "settings.templateEdited": { "zh-CN": "（已修改）", "en-US": " (edited)" },
  "invalid.templateBody": {
    "zh-CN": "正文不能为空；如不需要修改，请恢复内置模板",
    "en-US": "The body cannot be blank; restore the built-in template instead",
  },
  "settings.save": { "zh-CN": "保存设置并重新检查", "en-US": "Save settings and check again" },
  "settings.reset": { "zh-CN": "恢复默认值", "en-US": "Restore the defaults" },
  "settings.invalid": { "zh-CN": "请先更正标出的设置。", "en-US": "Correct the marked settings first." },
  "invalid.integer": {
    "zh-CN": "请输入 {min} 到 {max} 之间的整数",
    "en-US": "Enter a whole number from {min} to {max}",
  },
  "invalid.expiring": { "zh-CN": "应不小于紧急提醒天数", "en-US": "Must be at least the urgent days" },
  "invalid.date": { "zh-CN": "请输入有效日期，如 2026-11-27", "en-US": "Enter a real date such as 2026-11-27" },
  "invalid.column": { "zh-CN": "请输入列号，如 B 或 AA", "en-US": "Enter a column letter such as B or AA" },
  "invalid.alias": { "zh-CN": "请同时填写写法和对应的友城", "en-US": "Fill in both the name and the partner" },
  "invalid.levels": {
    "zh-CN": "同一级别不能出现在两栏中：{levels}",
    "en-US": "A level cannot be in two lists: {levels}",
  },
} satisfies Catalog;

export type TaskpaneMessageId = keyof typeof TASKPANE_MESSAGES;

/** The task pane's words in one language: `t("done.write", { sheets: 4, formats: 3 })`. */
export type Translate = (id: TaskpaneMessageId, data?: Record<string, string | number>) => string;

export function taskpaneText(lang: Lang): Translate {
  return (id, data) => fill(TASKPANE_MESSAGES[id][lang], data);
}
