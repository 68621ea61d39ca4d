import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-MISSING | — | error | any | a value the rules need is blank
const REG_HEAD = ["序号", "友城名称", "签署日期", "续签日期"];

ruleTester(
  "DATA-MISSING",
  { article: null, severity: "error" },
  {
    valid: [
      {
        name: "complete register row; a blank renewal is not missing",
        today: "2024-01-01",
        book: book(sheet("名录", [REG_HEAD, [1, "上海市黄浦区", serial("2020-01-01"), null]])),
      },
      {
        name: "a signing date that is not a date is DATA-DATE, not DATA-MISSING",
        today: "2024-01-01",
        book: book(sheet("名录", [REG_HEAD, [1, "上海市黄浦区", "待定", null]])),
      },
      {
        name: "complete exchange and event rows",
        today: "2024-01-01",
        book: book(
          sheet("名录", [REG_HEAD, [1, "上海市黄浦区", serial("2020-01-01"), null]]),
          sheet("交流活动", [
            ["日期", "友城", "档案资料"],
            [serial("2023-05-01"), "黄浦区", "图片"],
          ]),
          sheet("重大事项", [
            ["日期", "友城", "事项类型", "我方回应"],
            [serial("2023-06-01"), "黄浦区", "台风", "慰问电"],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "register row without a signing date",
        today: "2024-01-01",
        book: book(
          sheet("名录", [REG_HEAD, [1, "上海市黄浦区", serial("2020-01-01"), null], [2, "天津市和平区", null, null]]),
        ),
        errors: [
          {
            sheet: "名录",
            row: 3,
            column: "C",
            messageId: "missing",
            zhIncludes: ["签署日期"],
            enIncludes: ["signing date"],
          },
        ],
      },
      {
        name: "register row with a signing date of spaces only",
        today: "2024-01-01",
        book: book(
          sheet("友好城市一览", [
            ["友城名称", "缔结日期"],
            ["天津市和平区", "\u3000 "],
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 2, column: "B" }],
      },
      {
        name: "exchange without a date",
        today: "2024-01-01",
        book: book(
          sheet("名录", [REG_HEAD, [1, "上海市黄浦区", serial("2020-01-01"), null]]),
          sheet("交流活动", [
            ["日期", "友城", "档案资料"],
            [null, "黄浦区", "图片"],
            [serial("2023-05-01"), "黄浦区", "图片"],
          ]),
        ),
        errors: [{ sheet: "交流活动", row: 2, column: "A", zhIncludes: ["日期"], enIncludes: ["date"] }],
      },
      {
        name: "event without its type",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed"],
            ["上海市黄浦区", serial("2020-01-01")],
          ]),
          sheet("Events", [
            ["Date", "Partner", "Event type", "Response"],
            [serial("2023-06-01"), "上海市黄浦区", "", "慰问电"],
          ]),
        ),
        errors: [{ sheet: "Events", row: 2, column: "C", zhIncludes: ["事项类型"], enIncludes: ["event type"] }],
      },
      {
        name: "departmental agreement without a signing date",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [
            ["签订部门", "签订日期", "备案日期"],
            ["区教委", null, serial("2023-03-10")],
          ]),
        ),
        errors: [{ sheet: "单项协议备案", row: 2, column: "B" }],
      },
    ],
  },
);
