import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-ORDER | — | error | any | two dates of one row contradict each other outside 第六条
// (filed before signed, answered before the event, renewal before signing)
const REG = ["友城名称", "签署日期", "续签日期", "到期日期"];

ruleTester(
  "DATA-ORDER",
  { article: null, severity: "error" },
  {
    valid: [
      {
        name: "renewal after signing, end after both",
        today: "2024-01-01",
        book: book(
          sheet("名录", [REG, ["上海市黄浦区", serial("2016-04-18"), serial("2021-04-18"), serial("2026-04-18")]]),
        ),
      },
      {
        name: "answered the day of the event",
        today: "2024-01-01",
        book: book(
          sheet("名录", [REG, ["上海市黄浦区", serial("2020-04-18"), null, null]]),
          sheet("重大事项", [
            ["日期", "友城", "事项类型", "回应日期"],
            [serial("2023-06-01"), "黄浦区", "台风", serial("2023-06-01")],
          ]),
        ),
      },
      {
        name: "filed the day it was signed",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [
            ["签订部门", "签订日期", "备案日期"],
            ["区教委", serial("2023-03-01"), serial("2023-03-01")],
          ]),
        ),
      },
      {
        name: "第六条 steps out of order are PROC-ORDER, not DATA-ORDER",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            ["友城名称", "人大常委会决定日期", "签署日期"],
            ["上海市黄浦区", serial("2016-05-01"), serial("2016-04-18")],
          ]),
        ),
      },
      {
        name: "renewal words are not compared",
        today: "2024-01-01",
        book: book(sheet("名录", [REG, ["上海市黄浦区", serial("2016-04-18"), "拟续签", null]])),
      },
    ],
    invalid: [
      {
        name: "filed before signed, pointing at the filing date",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [
            ["签订部门", "签订日期", "备案日期"],
            ["区教委", serial("2023-03-01"), serial("2023-02-20")],
          ]),
        ),
        errors: [
          {
            sheet: "单项协议备案",
            row: 2,
            column: "C",
            messageId: "order",
            mentions: ["2023-02-20", "2023-03-01"],
            zhIncludes: ["备案日期"],
          },
        ],
      },
      {
        name: "answered before the event",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed"],
            ["天津市和平区", serial("2020-04-18")],
          ]),
          sheet("Events", [
            ["Date", "Partner", "Event type", "Response", "Response date"],
            ["2023-06-10", "天津市和平区", "区长换届", "贺信", "2023-06-01"],
          ]),
        ),
        errors: [{ sheet: "Events", row: 2, column: "E", mentions: ["2023-06-01", "2023-06-10"] }],
      },
      {
        name: "renewal before signing",
        today: "2024-01-01",
        book: book(sheet("名录", [REG, ["上海市黄浦区", serial("2016-04-18"), serial("2015-04-18"), null]])),
        errors: [
          { sheet: "名录", row: 2, column: "C", mentions: ["2015-04-18", "2016-04-18"], zhIncludes: ["续签日期"] },
        ],
      },
      {
        name: "end date before signing",
        today: "2024-01-01",
        book: book(sheet("友好城市一览", [REG, ["西安市碑林区", "2016年4月18日", null, "2011年4月18日"]])),
        errors: [{ sheet: "友好城市一览", row: 2, column: "D", mentions: ["2011-04-18"] }],
      },
    ],
  },
);
