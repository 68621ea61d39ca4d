import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: TERM-MISMATCH | 第七条第五项 | warning | register | the explicit end date differs from the computed last day
const HEAD = ["友城名称", "签署日期", "续签日期", "到期日期"];

ruleTester(
  "TERM-MISMATCH",
  { article: "第七条第五项", severity: "warning" },
  {
    valid: [
      {
        name: "end date equals the Civil Code day (2016-04-18 → 2021-04-18)",
        today: "2020-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), null, serial("2021-04-18")]])),
      },
      {
        name: "signed 29 February: end 28 February five years on",
        today: "2021-01-01",
        book: book(sheet("名录", [HEAD, ["黑龙江省哈尔滨市道里区", "2020-02-29", null, "2025-02-28"]])),
      },
      {
        name: "end date counted from the renewal date",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            ["陕西省西安市碑林区", serial("2016-04-18"), serial("2021-04-18"), serial("2026-04-18")],
          ]),
        ),
      },
      {
        name: "no end date on the row",
        today: "2020-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), null, null]])),
      },
      {
        name: "end date agrees with the row's own 3-year term",
        today: "2020-01-01",
        book: book(
          sheet("Register", [
            ["友城名称", "签署日期", "有效期", "有效期至"],
            ["广东省深圳市福田区", "2018年6月1日", "3年", "2021年6月1日"],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "end date one day early (counts the signing day)",
        today: "2020-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), null, serial("2021-04-17")]])),
        errors: [
          {
            sheet: "名录",
            row: 2,
            column: "D",
            messageId: "mismatch",
            mentions: ["上海市黄浦区", "2021-04-17", "2021-04-18"],
          },
        ],
      },
      {
        name: "signed 29 February, end written as 1 March",
        today: "2021-01-01",
        book: book(sheet("友好城市一览", [HEAD, ["黑龙江省哈尔滨市道里区", "2020-02-29", null, "2025-03-01"]])),
        errors: [{ sheet: "友好城市一览", row: 2, column: "D", mentions: ["2025-03-01", "2025-02-28"] }],
      },
      {
        name: "end date not updated after the renewal",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            ["陕西省西安市碑林区", serial("2016-04-18"), serial("2021-04-18"), serial("2021-04-18")],
          ]),
        ),
        errors: [{ sheet: "名录", row: 2, column: "D", mentions: ["陕西省西安市碑林区", "2026-04-18"] }],
      },
    ],
  },
);
