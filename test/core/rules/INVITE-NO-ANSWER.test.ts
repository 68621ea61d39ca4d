import { book, serial, sheet } from "../../helpers/grid";
import { addDays, ruleTester } from "../../helpers/ruleTester";

// RULES.md: INVITE-NO-ANSWER | 第十条 | info | exchanges or events of the invitation kind | no recorded answer more than 7 days (a setting) after it came or went
const TODAY = "2026-11-27";
const REG = sheet("名录", [
  ["友城名称", "签署日期"],
  ["上海市黄浦区", serial("2024-01-01")],
  ["天津市和平区", serial("2024-01-01")],
]);
const EVENTS_HEAD = ["日期", "友城", "事项类型", "具体情况", "我方回应", "回应日期"];
const events = (...rows: (string | number | null)[][]) => sheet("重大事项", [EVENTS_HEAD, ...rows]);
const LOG_HEAD = ["日期", "友城", "活动名称", "形式", "来访/出访", "人数"];
const log = (...rows: (string | number | null)[][]) => sheet("交流活动", [LOG_HEAD, ...rows]);
const old = serial(addDays(TODAY, -8));

ruleTester(
  "INVITE-NO-ANSWER",
  { article: "第十条", severity: "info" },
  {
    valid: [
      {
        name: "an invitation answered 出席",
        today: TODAY,
        book: book(REG, events([old, "上海市黄浦区", "活动邀请", "国际旅游节开幕式", "区领导出席", null])),
      },
      {
        name: "an invitation declined",
        today: TODAY,
        book: book(REG, events([old, "上海市黄浦区", "邀请出席", "金融论坛", "婉拒并致函", null])),
      },
      {
        name: "7 days old, not yet due",
        today: TODAY,
        book: book(REG, events([serial(addDays(TODAY, -7)), "上海市黄浦区", "活动邀请", "金融论坛", null, null])),
      },
      {
        name: "an invitation on the exchange log that records the visit",
        today: TODAY,
        book: book(REG, log([old, "天津市和平区", "天津市和平区活动邀请", "活动邀请", "出访", 12])),
      },
      {
        name: "an event of 第十一条 without a response is not an invitation",
        today: TODAY,
        roles: { 名录: "register", 重大事项: "events" },
        book: book(REG, events([old, "上海市黄浦区", "主要领导变动", "区长任职", null, null])),
      },
    ],
    invalid: [
      {
        name: "a partner's invitation with no answer",
        today: TODAY,
        book: book(REG, events([old, "上海市黄浦区", "活动邀请", "国际旅游节开幕式", null, null])),
        errors: [{ sheet: "重大事项", row: 2, column: "E", messageId: "received", mentions: ["上海市黄浦区", "8"] }],
      },
      {
        name: "the district's invitation with no answer",
        today: TODAY,
        book: book(REG, events([old, "天津市和平区", "我区邀请友城出席", "金融街论坛", null, null])),
        errors: [{ sheet: "重大事项", row: 2, messageId: "sent", mentions: ["天津市和平区", "金融街论坛"] }],
      },
      {
        name: "an invitation on the exchange log with neither direction nor people",
        today: TODAY,
        book: book(REG, log([old, "天津市和平区", "邀请参加友城经贸洽谈会", "活动邀请", null, null])),
        errors: [{ sheet: "交流活动", row: 2, column: null, messageId: "received", mentions: ["天津市和平区"] }],
      },
    ],
  },
);
