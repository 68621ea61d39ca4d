import { book, serial, sheet } from "../../helpers/grid";
import { addDays, ruleTester } from "../../helpers/ruleTester";

// RULES.md: TERM-URGENT | 第七条第五项 | warning | register | status `urgent` (0 ≤ days left ≤ 90, a setting)
const LAST = "2024-09-30"; // signed 2019-09-30, five years
const reg = (name: string, status = "") =>
  book(
    sheet("友城名录", [
      ["结好城市", "结好日期", "关系状态"],
      [name, serial("2019-09-30"), status],
    ]),
  );

ruleTester(
  "TERM-URGENT",
  { article: "第七条第五项", severity: "warning" },
  {
    valid: [
      { name: "91 days left is expiring, not urgent", today: addDays(LAST, -91), book: reg("江苏省苏州市姑苏区") },
      { name: "expired (days left −1) is not urgent", today: addDays(LAST, 1), book: reg("江苏省苏州市姑苏区") },
      {
        name: "terminated row with 30 days left",
        today: addDays(LAST, -30),
        book: reg("江苏省苏州市姑苏区", "协议已撤销"),
      },
      {
        name: "setting urgentDays 30: 31 days left is not urgent",
        today: addDays(LAST, -31),
        settings: { urgentDays: 30 },
        book: reg("江苏省苏州市姑苏区"),
      },
      {
        name: "Civil Code: signed 2016-04-18 ends 2021-04-18; the next day it is no longer urgent",
        today: "2021-04-19",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", "2016-04-18"],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "0 days left (the last day is today)",
        today: LAST,
        book: reg("江苏省苏州市姑苏区"),
        errors: [
          { sheet: "友城名录", row: 2, column: "B", messageId: "urgent", mentions: ["江苏省苏州市姑苏区", LAST] },
        ],
      },
      {
        name: "90 days left",
        today: addDays(LAST, -90),
        book: reg("江苏省苏州市姑苏区"),
        errors: [{ sheet: "友城名录", row: 2, mentions: ["江苏省苏州市姑苏区", "90"] }],
      },
      {
        name: "Civil Code: signed 2016-04-18 ends on 2021-04-18 itself",
        today: "2021-04-18",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", "2016-04-18"],
          ]),
        ),
        errors: [{ sheet: "名录", row: 2, mentions: ["上海市黄浦区", "2021-04-18"] }],
      },
      {
        name: "Civil Code: signed 2020-02-29, last day 2025-02-28 (0 days left)",
        today: "2025-02-28",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["黑龙江省哈尔滨市道里区", serial("2020-02-29")],
          ]),
        ),
        errors: [{ sheet: "名录", row: 2, mentions: ["2025-02-28"] }],
      },
      {
        name: "setting urgentDays 30: 30 days left is urgent",
        today: addDays(LAST, -30),
        settings: { urgentDays: 30 },
        book: reg("江苏省苏州市姑苏区"),
        errors: [{ sheet: "友城名录", row: 2 }],
      },
      {
        name: "setting urgentDays 120: 100 days left is urgent",
        today: addDays(LAST, -100),
        settings: { urgentDays: 120 },
        book: reg("江苏省苏州市姑苏区"),
        errors: [{ sheet: "友城名录", row: 2, mentions: ["100"] }],
      },
      {
        name: "a framework agreement is on the register too",
        today: addDays(LAST, -10),
        book: book(
          sheet("Register", [
            ["Partner", "Signing date", "Relation"],
            ["河北省雄安新区", serial("2019-09-30"), "合作框架协议"],
          ]),
        ),
        errors: [{ sheet: "Register", row: 2, mentions: ["河北省雄安新区"] }],
      },
    ],
  },
);
