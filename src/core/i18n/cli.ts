import type { Catalog } from "./format";

/** What the command line says. Each is one line on standard error (the usage goes to standard output). */
export const CLI_MESSAGES = {
  usage: {
    "zh-CN":
      "用法：npm run report -- 台账.xlsx [--json 输出.json|-] [--out 输出.xlsx] [--ics 提醒.ics] [--docx 年度总结.docx [--template 模板.docx]] [--drafts 文件夹] [--settings 设置.json] [--today YYYY-MM-DD] [--year YYYY] [--lang zh-CN|en-US]（未指定 --json、--out、--ics 和 --docx 时，报告 JSON 输出到标准输出；--ics 写出续签提醒和节日问候的日历文件；--docx 写出年度总结报告 Word 文档，--template 用办公室的模板样式；--drafts 在文件夹中写出各拟缔结城市的请示和协议书草案及到期续签协议书草案；工作簿中保存的加载项设置会被采用，--settings 中的项优先）",
    "en-US":
      "Usage: npm run report -- WORKBOOK.xlsx [--json OUT.json|-] [--out OUT.xlsx] [--ics OUT.ics] [--docx REPORT.docx [--template TEMPLATE.docx]] [--drafts FOLDER] [--settings SETTINGS.json] [--today YYYY-MM-DD] [--year YYYY] [--lang zh-CN|en-US] (with none of --json, --out, --ics and --docx, the JSON report goes to standard output; --ics writes a calendar file of renewal reminders and greetings; --docx writes the year-end report as a Word document, --template with the office's template styles; --drafts writes each candidate's request and draft agreement, and the renewals due, into a folder; the add-in's settings saved in the workbook are used, those in --settings take precedence)",
  },

  // Arguments (exit 2)
  "args.unknownFlag": {
    "zh-CN":
      "不认识的选项 {flag}。可用选项：--json、--out、--ics、--docx、--template、--drafts、--settings、--today、--year、--lang（--help 查看用法）",
    "en-US":
      "Unknown option {flag}. Options: --json, --out, --ics, --docx, --template, --drafts, --settings, --today, --year, --lang (--help for usage)",
  },
  "args.missingValue": {
    "zh-CN": "选项 {flag} 后面缺少取值，例如 {example}",
    "en-US": "Option {flag} needs a value, for example {example}",
  },
  "args.duplicateFlag": {
    "zh-CN": "选项 {flag} 只能给一次",
    "en-US": "Option {flag} may be given only once",
  },
  "args.missingWorkbook": {
    "zh-CN": "请指定要检查的台账文件（.xlsx），例如：npm run report -- 友城台账.xlsx",
    "en-US": "Name the workbook to check (.xlsx), for example: npm run report -- partner-cities.xlsx",
  },
  "args.extraArgument": {
    "zh-CN": "多余的参数 {value}：一次只能检查一个台账文件",
    "en-US": "Unexpected argument {value}: one workbook at a time",
  },
  "args.badToday": {
    "zh-CN": "--today 的值 {value} 不是有效日期，应写作 YYYY-MM-DD，例如 2026-11-27",
    "en-US": "--today {value} is not a real date; write it as YYYY-MM-DD, for example 2026-11-27",
  },
  "args.badYear": {
    "zh-CN": "--year 的值 {value} 不是四位数年份，例如 2026",
    "en-US": "--year {value} is not a four-digit year, for example 2026",
  },
  "args.badLang": {
    "zh-CN": "--lang 的值 {value} 不支持，只能是 zh-CN 或 en-US",
    "en-US": "--lang {value} is not supported: use zh-CN or en-US",
  },
  "args.outputIsInput": {
    "zh-CN": "{flag} 指向了输入文件 {path}：输入的台账不会被改写，请另选输出文件",
    "en-US": "{flag} points at the input file {path}: the input workbook is never written, choose another output file",
  },
  "args.icsStdout": {
    "zh-CN": "--ics 需要一个文件名，例如 --ics 提醒.ics：日历文件不输出到标准输出",
    "en-US": "--ics needs a file name, for example --ics reminders.ics: the calendar is not written to standard output",
  },
  "args.sameIcs": {
    "zh-CN": "--ics 不能与 --json 或 --out 写到同一个文件 {path}",
    "en-US": "--ics cannot write the same file {path} as --json or --out",
  },
  "args.docxStdout": {
    "zh-CN": "--docx 需要一个文件名，例如 --docx 年度总结.docx：Word 文档不输出到标准输出",
    "en-US": "--docx needs a file name, for example --docx report.docx: the document is not written to standard output",
  },
  "args.sameDocx": {
    "zh-CN": "--docx 不能与 --json、--out 或 --ics 写到同一个文件 {path}",
    "en-US": "--docx cannot write the same file {path} as --json, --out or --ics",
  },
  "args.draftsStdout": {
    "zh-CN": "--drafts 需要一个文件夹，例如 --drafts 文稿：文稿不输出到标准输出",
    "en-US": "--drafts needs a folder, for example --drafts drafts: the drafts are not written to standard output",
  },
  "args.templateWithoutDocx": {
    "zh-CN": "--template 只用于 --docx 写出的年度总结报告，请同时给出 --docx",
    "en-US": "--template is for the year-end report of --docx: give --docx too",
  },
  "args.sameOutputs": {
    "zh-CN": "--json 和 --out 不能写到同一个文件 {path}",
    "en-US": "--json and --out cannot write the same file {path}",
  },

  // Reading the workbook (exit 2)
  "read.not-found": {
    "zh-CN": "找不到或无法打开文件 {path}",
    "en-US": "Cannot find or open the file {path}",
  },
  "read.not-a-workbook": {
    "zh-CN": "{path} 不是 Excel 工作簿（.xlsx）。.xls、.csv 等格式请先在 Excel 中另存为 .xlsx",
    "en-US": "{path} is not an Excel workbook (.xlsx). Save .xls, .csv and other formats as .xlsx in Excel first",
  },
  "read.encrypted": {
    "zh-CN": "{path} 设有打开密码，无法读取。请在 Excel 中取消密码后另存一份再试",
    "en-US": "{path} is password-protected and cannot be read. Remove the password in Excel, save a copy and try again",
  },
  "read.corrupt": {
    "zh-CN": "{path} 已损坏，无法读取。请在 Excel 中打开并另存一份再试",
    "en-US": "{path} is damaged and cannot be read. Open it in Excel, save a copy and try again",
  },

  "settings.unreadable": {
    "zh-CN": "无法读取设置文件 {path}：{reason}",
    "en-US": "Cannot read the settings file {path}: {reason}",
  },
  "settings.notJson": {
    "zh-CN": '设置文件 {path} 不是 JSON 对象（应为任务窗格“设置”导出的格式，例如 {"urgentDays": 60}）',
    "en-US":
      'The settings file {path} is not a JSON object (expected the task pane\'s settings, e.g. {"urgentDays": 60})',
  },

  // Output
  "out.cannotGraft": {
    "zh-CN": "无法在副本中添加加载项的内容（{part}：{detail}），未写出副本；请在 Excel 中使用加载项",
    "en-US":
      "Cannot add the add-in's sheets to a copy ({part}: {detail}); no copy was written. Use the add-in in Excel",
  },
  "template.bad": {
    "zh-CN": "模板 {path} 不是带样式的 Word 文档（.docx），未写出报告",
    "en-US": "The template {path} is not a Word document (.docx) with styles; no report was written",
  },
  "write.failed": {
    "zh-CN": "无法写入 {path}：{reason}",
    "en-US": "Cannot write {path}: {reason}",
  },
  "write.reason.ENOENT": {
    "zh-CN": "所在文件夹不存在",
    "en-US": "the folder does not exist",
  },
  "write.reason.EACCES": {
    "zh-CN": "没有写入权限",
    "en-US": "permission denied",
  },
  "write.reason.EISDIR": {
    "zh-CN": "这是一个文件夹",
    "en-US": "it is a folder",
  },
  "write.reason.ENOSPC": {
    "zh-CN": "磁盘空间不足",
    "en-US": "the disk is full",
  },
  "report.written": {
    "zh-CN": "报告已写入 {target}：{agreements} 份协议，{findings} 条检查结果（今天按 {today} 计）",
    "en-US": "Report written to {target}: {agreements} agreements, {findings} findings (today taken as {today})",
  },
  "report.calendar": {
    "zh-CN": "日历文件 {path}（{events} 项）",
    "en-US": "calendar {path} ({events} entries)",
  },
  "report.document": {
    "zh-CN": "年度总结报告 {path}",
    "en-US": "year-end report {path}",
  },
  "report.drafts": {
    "zh-CN": "{count} 份文稿写入 {path}",
    "en-US": "{count} drafts in {path}",
  },
  "report.stdout": {
    "zh-CN": "标准输出",
    "en-US": "standard output",
  },

  // Anything else (exit 1)
  internal: {
    "zh-CN": "内部错误，报告未生成：{detail}",
    "en-US": "Internal error, no report was made: {detail}",
  },
} satisfies Catalog;

export type CliMessageId = keyof typeof CLI_MESSAGES;
