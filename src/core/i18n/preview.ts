import type { Catalog } from "./format";

/** The browser preview page (src/preview/): what a maintainer without Excel reads around the real task pane. */
export const PREVIEW_STRINGS = {
  title: { "zh-CN": "友城工作 · 浏览器预览", "en-US": "Partner Cities · browser preview" },
  subtitle: {
    "zh-CN": "内存中的 Excel 宿主，非真实 Excel。网格只计算加载项自己的标注规则，不计算其他公式。",
    "en-US":
      "An in-memory Excel host, not Excel. The grid evaluates only the add-in's own highlight rules, no other formula.",
  },
  today: { "zh-CN": "今天：{today}", "en-US": "Today: {today}" },
  workbook: { "zh-CN": "工作簿：{name}", "en-US": "Workbook: {name}" },
  chooseFile: { "zh-CN": "打开其他工作簿（.xlsx）", "en-US": "Open another workbook (.xlsx)" },
  language: { "zh-CN": "English", "en-US": "中文" },
  languageLabel: { "zh-CN": "切换为英文", "en-US": "Switch to Chinese" },
  loading: { "zh-CN": "正在载入工作簿…", "en-US": "Loading the workbook…" },
  loadFailed: { "zh-CN": "无法载入工作簿：{reason}", "en-US": "The workbook could not be loaded: {reason}" },
  ribbon: { "zh-CN": "功能区", "en-US": "Ribbon" },
  ribbonTab: { "zh-CN": "友城工作", "en-US": "Partner Cities" },
  ribbonGroup: { "zh-CN": "友城登记", "en-US": "Partner-city register" },
  openTaskPane: { "zh-CN": "打开任务窗格", "en-US": "Open task pane" },
  yearEndSummary: { "zh-CN": "年度总结", "en-US": "Year-end summary" },
  writeHighlights: { "zh-CN": "写入标注", "en-US": "Write highlights" },
  makeDrafts: { "zh-CN": "起草文稿", "en-US": "Draft paperwork" },
  running: { "zh-CN": "正在运行…", "en-US": "Running…" },
  dismiss: { "zh-CN": "关闭消息", "en-US": "Dismiss" },
  taskPane: { "zh-CN": "任务窗格", "en-US": "Task pane" },
  closeTaskPane: { "zh-CN": "关闭任务窗格", "en-US": "Close the task pane" },
  sheets: { "zh-CN": "工作表", "en-US": "Sheets" },
  grid: { "zh-CN": "工作表“{sheet}”", "en-US": "Sheet “{sheet}”" },
  emptySheet: { "zh-CN": "（空工作表）", "en-US": "(empty sheet)" },
  truncated: {
    "zh-CN": "只显示前 {rows} 行、{columns} 列（共 {totalRows} 行、{totalColumns} 列）。",
    "en-US": "Showing the first {rows} rows and {columns} columns (of {totalRows} rows, {totalColumns} columns).",
  },
  chart: { "zh-CN": "图表“{title}”：{type}，数据 {source}", "en-US": "Chart “{title}”: {type}, data {source}" },
  protected: { "zh-CN": "（受保护）", "en-US": "(protected)" },
  selection: { "zh-CN": "选定区域：{sheet}!{address}", "en-US": "Selection: {sheet}!{address}" },
  noSelection: { "zh-CN": "选定区域：（无）", "en-US": "Selection: (none)" },
} satisfies Catalog;
