import { book, serial, sheet } from "../../helpers/grid";
import { addDays, ruleTester } from "../../helpers/ruleTester";

// RULES.md: EVENT-LATE | 第十一条 | info | events | the response came more than 7 days after the event (a setting)
const REG = sheet("友城名录", [
  ["结好城市", "结好日期"],
  ["广州市越秀区", serial("2021-01-01")],
]);
const HEAD = ["发生日期", "城市", "事件类型", "回应方式", "发函日期"];
const EVENT = "2024-03-01";
const one = (responseDate: string | number | null, response: string | null = "贺信") =>
  book(REG, sheet("大事记", [HEAD, [serial(EVENT), "广州市越秀区", "新任区长", response, responseDate]]));

ruleTester(
  "EVENT-LATE",
  { article: "第十一条", severity: "info" },
  {
    valid: [
      { name: "answered 7 days after", today: "2024-06-01", book: one(serial(addDays(EVENT, 7))) },
      { name: "answered the same day", today: "2024-06-01", book: one(serial(EVENT)) },
      { name: "no response date recorded", today: "2024-06-01", book: one(null) },
      {
        name: "setting responseDays 14: answered after 10 days",
        today: "2024-06-01",
        settings: { responseDays: 14 },
        book: one(serial(addDays(EVENT, 10))),
      },
    ],
    invalid: [
      {
        name: "answered 8 days after",
        today: "2024-06-01",
        book: one(serial(addDays(EVENT, 8))),
        errors: [
          { sheet: "大事记", row: 2, column: "E", messageId: "late", mentions: ["广州市越秀区", "新任区长", "8"] },
        ],
      },
      {
        name: "answered 8 days after, the response date written as text",
        today: "2024-06-01",
        book: one("2024年3月9日"),
        errors: [{ sheet: "大事记", row: 2, column: "E", mentions: ["8"] }],
      },
      {
        name: "setting responseDays 3: answered after 4 days",
        today: "2024-06-01",
        settings: { responseDays: 3 },
        book: one(serial(addDays(EVENT, 4))),
        errors: [{ sheet: "大事记", row: 2, mentions: ["4"] }],
      },
    ],
  },
);
