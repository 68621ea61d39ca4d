import type { Severity } from "../model";
import type { Message } from "./format";

/** Names and headers of the sheets the add-in writes (WORKBOOK.md), in both languages. */
export const SHEET_NAMES = {
  expiry: { "zh-CN": "到期提醒", "en-US": "Expiry" },
  findings: { "zh-CN": "合规检查", "en-US": "Findings" },
  eligibility: { "zh-CN": "资格评估", "en-US": "Eligibility" },
  summary: { "zh-CN": "{year}年度交流总结", "en-US": "{year} Summary" },
  /** Not one of WORKBOOK.md's four: written only when the user asks for the greetings calendar. */
  greetings: { "zh-CN": "节日问候", "en-US": "Greetings" },
} satisfies Record<string, Message>;

export const EXPIRY_HEADERS = {
  partner: { "zh-CN": "友城", "en-US": "Partner" },
  relation: { "zh-CN": "关系类型", "en-US": "Relation" },
  termStart: { "zh-CN": "协议起始日", "en-US": "Term start" },
  lastDay: { "zh-CN": "到期日", "en-US": "Last day" },
  daysLeft: { "zh-CN": "剩余天数", "en-US": "Days left" },
  status: { "zh-CN": "状态", "en-US": "Status" },
  place: { "zh-CN": "位置", "en-US": "Row" },
} satisfies Record<string, Message>;

export const FINDINGS_HEADERS = {
  severity: { "zh-CN": "严重程度", "en-US": "Severity" },
  rule: { "zh-CN": "规则", "en-US": "Rule" },
  article: { "zh-CN": "条款", "en-US": "Article" },
  place: { "zh-CN": "位置", "en-US": "Cell" },
  message: { "zh-CN": "说明", "en-US": "Message" },
} satisfies Record<string, Message>;

export const ELIGIBILITY_HEADERS = {
  city: { "zh-CN": "城市", "en-US": "City" },
  level: { "zh-CN": "行政级别", "en-US": "Level" },
  levelJudgement: { "zh-CN": "级别判断", "en-US": "Level check" },
  cond1: { "zh-CN": "条件一", "en-US": "Condition 1" },
  cond2: { "zh-CN": "条件二", "en-US": "Condition 2" },
  cond3: { "zh-CN": "条件三", "en-US": "Condition 3" },
  cond4: { "zh-CN": "条件四", "en-US": "Condition 4" },
  cond5: { "zh-CN": "条件五", "en-US": "Condition 5" },
  met: { "zh-CN": "具备条件数", "en-US": "Conditions met" },
  leaderVisit: { "zh-CN": "领导互访", "en-US": "Leader visit" },
  recommendation: { "zh-CN": "建议", "en-US": "Recommendation" },
  lastDone: { "zh-CN": "已完成步骤（第六条）", "en-US": "Last step done (article 6)" },
  next: { "zh-CN": "下一步", "en-US": "Next step" },
  blockers: { "zh-CN": "待解决", "en-US": "In the way" },
  onRegister: { "zh-CN": "已列入友城名录，尚未签署", "en-US": "On the register, not yet signed" },
  signed: { "zh-CN": "已签署", "en-US": "Signed" },
  none: { "zh-CN": "无", "en-US": "None" },
  place: { "zh-CN": "位置", "en-US": "Row" },
} satisfies Record<string, Message>;

export const SUMMARY_HEADERS = {
  partner: { "zh-CN": "友城", "en-US": "Partner" },
  exchanges: { "zh-CN": "交流次数", "en-US": "Exchanges" },
  leaderVisits: { "zh-CN": "领导互访", "en-US": "Leader visits" },
  published: { "zh-CN": "刊物登载", "en-US": "Published" },
  archiveComplete: { "zh-CN": "档案完整率", "en-US": "Archived" },
  events: { "zh-CN": "重大事项", "en-US": "Events" },
  answered: { "zh-CN": "已回应", "en-US": "Answered" },
  statusAtYearEnd: { "zh-CN": "年末状态", "en-US": "Status at year end" },
  previousYear: { "zh-CN": "上年交流次数", "en-US": "Previous year" },
  suggestion: { "zh-CN": "建议", "en-US": "Suggestion" },
  totals: { "zh-CN": "合计", "en-US": "Total" },
  chartTitle: { "zh-CN": "{year}年各友城交流次数", "en-US": "Exchanges per partner, {year}" },
} satisfies Record<string, Message>;

/** The fields of exchange in English; the summary's columns in zh-CN are the categories themselves. */
export const FIELD_CATEGORY_LABELS: Record<string, Message> = {
  经贸: { "zh-CN": "经贸", "en-US": "Economy" },
  文化: { "zh-CN": "文化", "en-US": "Culture" },
  科技: { "zh-CN": "科技", "en-US": "Science" },
  教育: { "zh-CN": "教育", "en-US": "Education" },
  卫生: { "zh-CN": "卫生", "en-US": "Health" },
  旅游: { "zh-CN": "旅游", "en-US": "Tourism" },
  商贸: { "zh-CN": "商贸", "en-US": "Commerce" },
  农副产品: { "zh-CN": "农副产品", "en-US": "Farm produce" },
  其他: { "zh-CN": "其他", "en-US": "Other" },
};

export const SEVERITY_LABELS: Record<Severity, Message> = {
  error: { "zh-CN": "错误", "en-US": "Error" },
  warning: { "zh-CN": "警告", "en-US": "Warning" },
  info: { "zh-CN": "提示", "en-US": "Info" },
};

export const MARK_LABELS: Record<"yes" | "no" | "unknown", Message> = {
  yes: { "zh-CN": "√", "en-US": "Yes" },
  no: { "zh-CN": "×", "en-US": "No" },
  unknown: { "zh-CN": "未填", "en-US": "Blank" },
};

export const LEVEL_LABELS: Record<"corresponding" | "higher" | "lower" | "unknown", Message> = {
  corresponding: { "zh-CN": "相应", "en-US": "Corresponding" },
  higher: { "zh-CN": "偏高", "en-US": "Higher" },
  lower: { "zh-CN": "偏低", "en-US": "Lower" },
  unknown: { "zh-CN": "未判断", "en-US": "Not judged" },
};
