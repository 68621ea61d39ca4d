import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: EVENT-MISMATCH | 第十一条 | warning | events | a disaster or emergency answered with congratulations,
// or a leadership change or festival answered with condolences
const REG = sheet("Register", [
  ["Partner", "Signed"],
  ["四川省凉山彝族自治州", serial("2021-01-01")],
  ["天津市和平区", serial("2021-01-01")],
]);
const HEAD = ["日期", "友城名称", "事项", "我方回应", "回应日期"];
const one = (partner: string, event: string, response: string) =>
  book(REG, sheet("重大事项", [HEAD, [serial("2024-07-01"), partner, event, response, serial("2024-07-02")]]));

ruleTester(
  "EVENT-MISMATCH",
  { article: "第十一条", severity: "warning" },
  {
    valid: [
      {
        name: "earthquake answered with condolences",
        today: "2024-08-01",
        book: one("四川省凉山彝族自治州", "地震", "致慰问电"),
      },
      {
        name: "leadership change answered with congratulations",
        today: "2024-08-01",
        book: one("天津市和平区", "区长换届", "发贺信"),
      },
      { name: "festival answered with greetings", today: "2024-08-01", book: one("天津市和平区", "春节", "祝贺信") },
      {
        name: "flood answered with aid",
        today: "2024-08-01",
        book: one("四川省凉山彝族自治州", "洪涝灾害", "捐款援助"),
      },
      {
        name: "the torch festival (火把节) answered with congratulations",
        today: "2024-08-01",
        book: one("四川省凉山彝族自治州", "火把节", "贺信"),
      },
    ],
    invalid: [
      {
        name: "earthquake answered with congratulations",
        today: "2024-08-01",
        book: one("四川省凉山彝族自治州", "地震", "贺电"),
        errors: [
          {
            sheet: "重大事项",
            row: 2,
            column: "D",
            messageId: "congratulatedDisaster",
            mentions: ["四川省凉山彝族自治州", "地震", "贺电"],
          },
        ],
      },
      {
        name: "leadership change answered with condolences",
        today: "2024-08-01",
        book: one("天津市和平区", "新任区委书记", "慰问信"),
        errors: [
          {
            sheet: "重大事项",
            row: 2,
            column: "D",
            messageId: "condoledCelebration",
            mentions: ["天津市和平区", "新任区委书记"],
          },
        ],
      },
      {
        name: "anniversary answered with condolences, beside a fitting row",
        today: "2024-08-01",
        book: book(
          REG,
          sheet("Events", [
            ["Date", "Partner", "Event type", "Response"],
            ["2024-05-01", "天津市和平区", "建区七十周年", "贺信"],
            ["2024-06-01", "天津市和平区", "建区七十五周年", "慰问"],
          ]),
        ),
        errors: [
          { sheet: "Events", row: 3, column: "D", messageId: "condoledCelebration", mentions: ["建区七十五周年"] },
        ],
      },
    ],
  },
);
