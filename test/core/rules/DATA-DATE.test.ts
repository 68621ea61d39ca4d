import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-DATE | — | error | any | a date cell holds text that is not a date
const HEAD = ["友城名称", "签署日期", "续签情况"];
const one = (signed: string | number | null, renewal: string | number | null = null) =>
  book(sheet("名录", [HEAD, ["上海市黄浦区", signed, renewal]]));

ruleTester(
  "DATA-DATE",
  { article: null, severity: "error" },
  {
    valid: [
      { name: "an Excel serial", today: "2024-01-01", book: one(serial("2016-04-18")) },
      { name: "2016年4月18日", today: "2024-01-01", book: one("2016年4月18日") },
      { name: "二〇一六年四月十八日", today: "2024-01-01", book: one("二〇一六年四月十八日") },
      { name: "2016.4.18 and 2016/4/18", today: "2024-01-01", book: one("2016.4.18", "2021/4/18") },
      { name: "full-width digits with spaces", today: "2024-01-01", book: one("２０１６ 年 ４ 月 １８ 日") },
      { name: "renewal words 协商中 are a note", today: "2024-01-01", book: one(serial("2016-04-18"), "协商中") },
      { name: "renewal words 拟续签 are a note", today: "2024-01-01", book: one(serial("2016-04-18"), "拟续签") },
      { name: "a blank signing date is DATA-MISSING, not DATA-DATE", today: "2024-01-01", book: one(null) },
    ],
    invalid: [
      {
        name: "待定 in the signing date",
        today: "2024-01-01",
        book: one("待定"),
        errors: [
          { sheet: "名录", row: 2, column: "B", messageId: "notADate", mentions: ["待定"], zhIncludes: ["签署日期"] },
        ],
      },
      {
        name: "a day that does not exist: 2023-02-30",
        today: "2024-01-01",
        book: one("2023-02-30"),
        errors: [{ sheet: "名录", row: 2, column: "B", mentions: ["2023-02-30"] }],
      },
      {
        name: "#N/A from a lookup",
        today: "2024-01-01",
        book: one("#N/A"),
        errors: [{ sheet: "名录", row: 2, column: "B", mentions: ["#N/A"] }],
      },
      {
        name: "a year alone, as a number in a General cell",
        today: "2024-01-01",
        book: one(2016),
        errors: [{ sheet: "名录", row: 2, column: "B", mentions: ["2016"] }],
      },
      {
        name: "a date in the renewal cell is checked: 2021-13-01",
        today: "2024-01-01",
        book: book(
          sheet("友好城市一览", [
            ["友城名称", "签署日期", "续签日期"],
            ["天津市和平区", serial("2016-04-18"), "2021-13-01"],
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 2, column: "C", mentions: ["2021-13-01"] }],
      },
      {
        name: "NPC and end dates are checked too",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed", "NPC decision", "End date"],
            ["重庆市渝中区", serial("2016-04-18"), "上半年", "待定"],
          ]),
        ),
        errors: [
          { sheet: "Register", row: 2, column: "C", mentions: ["上半年"] },
          { sheet: "Register", row: 2, column: "D", mentions: ["待定"] },
        ],
      },
      {
        name: "exchange, event and filing dates",
        today: "2024-01-01",
        book: book(
          sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), null]]),
          sheet("交流活动", [
            ["日期", "友城", "形式"],
            ["5月上旬", "黄浦区", "考察"],
          ]),
          sheet("重大事项", [
            ["日期", "友城", "事项类型", "回应日期"],
            [serial("2023-06-01"), "黄浦区", "台风", "已发函"],
          ]),
          sheet("单项协议备案", [
            ["签订部门", "签订日期", "备案日期"],
            ["区教委", serial("2023-03-01"), "#N/A"],
          ]),
        ),
        errors: [
          { sheet: "交流活动", row: 2, column: "A", mentions: ["5月上旬"] },
          { sheet: "单项协议备案", row: 2, column: "C", mentions: ["#N/A"] },
          { sheet: "重大事项", row: 2, column: "D", mentions: ["已发函"] },
        ],
      },
    ],
  },
);
