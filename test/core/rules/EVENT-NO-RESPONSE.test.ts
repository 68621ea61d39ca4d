import { book, serial, sheet } from "../../helpers/grid";
import { addDays, ruleTester } from "../../helpers/ruleTester";

// RULES.md: EVENT-NO-RESPONSE | 第十一条 | warning | events | no response and the event is more than 7 days old (a setting)
const TODAY = "2024-08-20";
const REG = sheet("名录", [
  ["友城名称", "签署日期"],
  ["上海市黄浦区", serial("2021-01-01")],
  ["天津市和平区", serial("2021-01-01")],
]);
const HEAD = ["日期", "友城", "事项类型", "我方回应", "回应日期"];
const events = (...rows: (string | number | null)[][]) => sheet("重大事项", [HEAD, ...rows]);

ruleTester(
  "EVENT-NO-RESPONSE",
  { article: "第十一条", severity: "warning" },
  {
    valid: [
      {
        name: "7 days old without a response",
        today: TODAY,
        book: book(REG, events([serial(addDays(TODAY, -7)), "上海市黄浦区", "暴雨洪涝灾害", null, null])),
      },
      {
        name: "a response recorded in words",
        today: TODAY,
        book: book(REG, events([serial("2024-07-01"), "上海市黄浦区", "暴雨洪涝灾害", "致慰问电", null])),
      },
      {
        name: "a response date only",
        today: TODAY,
        book: book(REG, events([serial("2024-07-01"), "上海市黄浦区", "区长换届", null, serial("2024-07-03")])),
      },
      {
        name: "setting responseDays 14: 10 days old is not overdue",
        today: TODAY,
        settings: { responseDays: 14 },
        book: book(REG, events([serial(addDays(TODAY, -10)), "天津市和平区", "新任区委书记", null, null])),
      },
    ],
    invalid: [
      {
        name: "8 days old without a response",
        today: TODAY,
        book: book(REG, events([serial(addDays(TODAY, -8)), "上海市黄浦区", "暴雨洪涝灾害", null, null])),
        errors: [
          {
            sheet: "重大事项",
            row: 2,
            column: "D",
            messageId: "noResponse",
            mentions: ["上海市黄浦区", "暴雨洪涝灾害", "8"],
          },
        ],
      },
      {
        name: "only the overdue row",
        today: TODAY,
        book: book(
          REG,
          events(
            [serial("2024-06-01"), "天津市和平区", "区长换届", "贺信", serial("2024-06-03")],
            [serial("2024-06-10"), "天津市和平区", "建区七十周年", null, null],
          ),
        ),
        errors: [{ sheet: "重大事项", row: 3, column: "D", mentions: ["天津市和平区", "建区七十周年", "2024-06-10"] }],
      },
      {
        name: "setting responseDays 3: 4 days old is overdue",
        today: TODAY,
        settings: { responseDays: 3 },
        book: book(REG, events([serial(addDays(TODAY, -4)), "天津市和平区", "新任区委书记", null, null])),
        errors: [{ sheet: "重大事项", row: 2, mentions: ["4"] }],
      },
      {
        name: "an events sheet without a response column",
        today: TODAY,
        book: book(
          REG,
          sheet("Events", [
            ["Date", "Partner", "Event type"],
            ["2024年7月1日", "上海市黄浦区", "台风"],
          ]),
        ),
        errors: [{ sheet: "Events", row: 2, column: null, mentions: ["上海市黄浦区", "台风"] }],
      },
      {
        name: "a response cell saying 无 records no response",
        today: TODAY,
        book: book(REG, events([serial("2024-07-01"), "上海市黄浦区", "地震", "无", null])),
        errors: [{ sheet: "重大事项", row: 2, column: "D", mentions: ["上海市黄浦区", "地震"] }],
      },
    ],
  },
);
