import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: TERM-LENGTH | 第七条第五项 | error | `friendly-city` rows | the row's own term is not 5 years
// Blank relation type on the register means friendly-city.
const HEAD = ["友城名称", "签署日期", "Relation", "有效期（年）"];
const row = (name: string, relation: string | null, term: string | number | null) => [
  name,
  serial("2022-01-10"),
  relation,
  term,
];

ruleTester(
  "TERM-LENGTH",
  { article: "第七条第五项", severity: "error" },
  {
    valid: [
      {
        name: "a friendly city of 5 years",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("上海市黄浦区", "友好城市（区）", 5)])),
      },
      {
        name: "五年 written in words",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("上海市黄浦区", "友城", "五年")])),
      },
      {
        name: "blank term (default five years)",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("上海市黄浦区", "", null)])),
      },
      {
        name: "framework agreement of 3 years",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("雄安新区", "合作框架协议", 3)])),
      },
      {
        name: "single-field agreement of 2 years",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("天津市滨海新区", "单项领域合作协议", "2年")])),
      },
      {
        name: "assistance agreement of 10 years",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("西藏拉萨市", "对口支援", 10)])),
      },
      {
        name: "a register without a term column",
        today: "2024-01-01",
        book: book(
          sheet("友好城市一览", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2022-01-10")],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "a friendly city of 3 years",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("上海市黄浦区", "友好城市（区）", 3)])),
        errors: [{ sheet: "名录", row: 2, column: "D", messageId: "length", mentions: ["上海市黄浦区", "3"] }],
      },
      {
        name: "blank relation counts as friendly city",
        today: "2024-01-01",
        book: book(sheet("友好城市一览", [HEAD, row("江苏省南京市鼓楼区", null, "10年")])),
        errors: [{ sheet: "友好城市一览", row: 2, column: "D", mentions: ["江苏省南京市鼓楼区", "10"] }],
      },
      {
        name: "only the friendly-city row among alternatives",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            HEAD,
            row("雄安新区", "合作框架协议", 3),
            row("广州市越秀区", "友城", 3),
            row("西藏拉萨市", "对口帮扶", 3),
          ]),
        ),
        errors: [{ sheet: "Register", row: 3, mentions: ["广州市越秀区"] }],
      },
      {
        name: "an unreadable term is reported",
        today: "2024-01-01",
        book: book(sheet("名录", [HEAD, row("上海市黄浦区", "友城", "长期")])),
        errors: [{ sheet: "名录", row: 2, column: "D", messageId: "unreadable", mentions: ["上海市黄浦区", "长期"] }],
      },
      {
        name: "friendly city with a Chinese 协议类型 header, term 3 years",
        today: "2024-01-01",
        book: book(
          sheet("友城名录", [
            ["友城名称", "签署日期", "协议类型", "有效期（年）", "状态"],
            ["湖北省武汉市江汉区", serial("2022-01-10"), "友好城市（区）", 3, "有效"],
          ]),
        ),
        roles: { 友城名录: "register" },
        errors: [{ sheet: "友城名录", row: 2, column: "D", mentions: ["湖北省武汉市江汉区"] }],
      },
    ],
  },
);
