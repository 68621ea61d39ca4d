import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: TEXT-COPIES | 第七条第四项 | warning | `friendly-city` rows with the columns | copies is not 4, or copies held is not 2
const HEAD = ["友城名称", "签署日期", "Relation", "协议份数", "我方保存份数"];
const r = (name: string, relation: string | null, copies: number | string | null, held: number | string | null) => [
  name,
  serial("2020-09-01"),
  relation,
  copies,
  held,
];

ruleTester(
  "TEXT-COPIES",
  { article: "第七条第四项", severity: "warning" },
  {
    valid: [
      {
        name: "four copies, two held",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "友城", 4, 2)])),
      },
      {
        name: "written 4份 and 2份",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "", "4份", "2份")])),
      },
      {
        name: "a framework agreement in two copies",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("雄安新区", "合作框架协议", 2, 1)])),
      },
      {
        name: "an assistance agreement in six copies",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("新疆和田地区", "对口支援", 6, 3)])),
      },
      {
        name: "a register without the copies columns",
        today: "2022-01-01",
        book: book(
          sheet("Register", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2020-09-01")],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "three copies",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "友好城市（区）", 3, 2)])),
        errors: [{ sheet: "名录", row: 2, column: "D", messageId: "copies", mentions: ["上海市黄浦区", "3"] }],
      },
      {
        name: "one copy held",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "友城", 4, 1)])),
        errors: [{ sheet: "名录", row: 2, column: "E", messageId: "held", mentions: ["上海市黄浦区"] }],
      },
      {
        name: "both wrong: two findings on the row",
        today: "2022-01-01",
        book: book(sheet("友好城市一览", [HEAD, r("天津市和平区", "友城", 2, 1)])),
        errors: [
          { sheet: "友好城市一览", row: 2, column: "D", messageId: "copies" },
          { sheet: "友好城市一览", row: 2, column: "E", messageId: "held" },
        ],
      },
      {
        name: "blank relation counts as friendly city; other relations are left alone",
        today: "2022-01-01",
        book: book(sheet("Register", [HEAD, r("雄安新区", "合作框架协议", 2, 1), r("广州市越秀区", null, 2, 2)])),
        errors: [{ sheet: "Register", row: 3, column: "D", mentions: ["广州市越秀区"] }],
      },
      {
        name: "counts written in Chinese numerals: 一式三份, 三份",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("江西省南昌市东湖区", "友城", "一式三份", "三份")])),
        errors: [
          { sheet: "名录", row: 2, column: "D", messageId: "copies", mentions: ["江西省南昌市东湖区", "3"] },
          { sheet: "名录", row: 2, column: "E", messageId: "held", mentions: ["江西省南昌市东湖区", "3"] },
        ],
      },
      {
        name: "only the copies column on the sheet",
        today: "2022-01-01",
        book: book(
          sheet("名录", [
            ["结好城市", "结好日期", "文本份数"],
            ["湖南省长沙市天心区", serial("2020-09-01"), "2份"],
          ]),
        ),
        errors: [{ sheet: "名录", row: 2, column: "C", messageId: "copies", mentions: ["湖南省长沙市天心区", "2"] }],
      },
    ],
  },
);
