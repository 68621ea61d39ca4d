import type { FestivalId } from "../greetings/festivalIds";
import type { Message } from "./format";

/** The festivals the office greets partners on (第十一条 "重要节日"), as staff name them. */
export const FESTIVAL_NAMES: Record<FestivalId, Message> = {
  "new-year": { "zh-CN": "元旦", "en-US": "New Year's Day" },
  "spring-festival": { "zh-CN": "春节", "en-US": "Spring Festival" },
  lantern: { "zh-CN": "元宵节", "en-US": "Lantern Festival" },
  qingming: { "zh-CN": "清明节", "en-US": "Qingming Festival" },
  "dragon-boat": { "zh-CN": "端午节", "en-US": "Dragon Boat Festival" },
  "mid-autumn": { "zh-CN": "中秋节", "en-US": "Mid-Autumn Festival" },
  "double-ninth": { "zh-CN": "重阳节", "en-US": "Double Ninth Festival" },
  "national-day": { "zh-CN": "国庆节", "en-US": "National Day" },
};

/**
 * Other ways staff write a festival in the settings, besides its id and the names above
 * (compared after folding width, case and spaces, with a final 节 dropped).
 */
export const FESTIVAL_ALIASES: Record<FestivalId, string[]> = {
  "new-year": ["New Year", "新年"],
  "spring-festival": ["Chinese New Year", "Lunar New Year", "新春", "春节"],
  lantern: ["元宵", "上元"],
  qingming: ["清明", "Tomb-Sweeping Day"],
  "dragon-boat": ["端午", "端阳"],
  "mid-autumn": ["中秋", "Moon Festival"],
  "double-ninth": ["重阳", "重九"],
  "national-day": ["国庆"],
};

/** An anniversary's occasion: of a friendly-city tie (结好) or of another agreement. */
export const ANNIVERSARY_OCCASIONS = {
  "friendly-city": { "zh-CN": "结好{years}周年", "en-US": "{nth} anniversary of friendship" },
  agreement: { "zh-CN": "签约{years}周年", "en-US": "{nth} anniversary of the agreement" },
} satisfies Record<string, Message>;

export const GREETING_KIND_LABELS = {
  festival: { "zh-CN": "节日", "en-US": "Festival" },
  anniversary: { "zh-CN": "周年", "en-US": "Anniversary" },
} satisfies Record<string, Message>;

export const GREETINGS_HEADERS = {
  date: { "zh-CN": "日期", "en-US": "Date" },
  sendBy: { "zh-CN": "建议寄出日", "en-US": "Send by" },
  occasion: { "zh-CN": "节日/周年", "en-US": "Occasion" },
  kind: { "zh-CN": "类别", "en-US": "Kind" },
  partners: { "zh-CN": "问候对象", "en-US": "Partners" },
  tenth: { "zh-CN": "逢十周年", "en-US": "Tenth anniversary" },
  place: { "zh-CN": "位置", "en-US": "Row" },
  tenthMark: { "zh-CN": "★", "en-US": "★" },
  /** Joins the partners of a festival in one cell. */
  separator: { "zh-CN": "、", "en-US": "; " },
} satisfies Record<string, Message>;

/** What the calendar file (.ics) says. Article texts are the measures' own words. */
export const CALENDAR_TEXT = {
  calendarName: { "zh-CN": "友城工作提醒", "en-US": "Partner-city reminders" },
  "reminder.TERM-EXPIRING.summary": {
    "zh-CN": "续签提醒：{partner}（{lastDay}到期）",
    "en-US": "Renewal reminder: {partner} (ends {lastDay})",
  },
  "reminder.TERM-URGENT.summary": {
    "zh-CN": "续签提醒（紧急）：{partner}（{lastDay}到期）",
    "en-US": "Renewal reminder (urgent): {partner} (ends {lastDay})",
  },
  "reminder.description": {
    "zh-CN":
      "友城：{partner}\n协议最后有效日：{lastDay}\n提醒规则：{rule}\n依据：第七条第五项（协议有效期限为五年；五年期满后，根据两地意向，协商是否续签友好协议）",
    "en-US":
      "Partner: {partner}\nLast day of the agreement: {lastDay}\nRule: {rule}\nArticle: 第七条第五项 (agreements run five years; when they end, the two sides negotiate whether to renew)",
  },
  "greeting.festival.summary": {
    "zh-CN": "发函问候：{occasion}（{date}）",
    "en-US": "Send greetings: {occasion} ({date})",
  },
  "greeting.anniversary.summary": {
    "zh-CN": "发函问候：{partners}{occasion}（{date}）",
    "en-US": "Send greetings: {occasion}, {partners} ({date})",
  },
  "greeting.description": {
    "zh-CN":
      "友城：{partners}\n{occasion}：{date}\n建议寄出日：{sendBy}\n依据：第十一条（友城遇有主要领导变动、重要节日……应及时发函表示祝贺、慰问）",
    "en-US":
      "Partners: {partners}\n{occasion}: {date}\nSend by: {sendBy}\nArticle: 第十一条 (on leadership changes, important festivals … the office writes in good time with congratulations or sympathy)",
  },
} satisfies Record<string, Message>;
