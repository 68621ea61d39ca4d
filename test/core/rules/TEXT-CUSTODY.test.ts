import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: TEXT-CUSTODY | 第七条第六项 | warning | `friendly-city` rows with the column | not kept by the liaison office
const HEAD = ["友城名称", "签署日期", "Relation", "文本保存单位"];
const r = (name: string, relation: string | null, custodian: string | null) => [
  name,
  serial("2020-09-01"),
  relation,
  custodian,
];

ruleTester(
  "TEXT-CUSTODY",
  { article: "第七条第六项", severity: "warning" },
  {
    valid: [
      {
        name: "kept by 区外联办",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "友城", "区外联办")])),
      },
      {
        name: "kept by the office written in full",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "", "区政府对外联络服务办公室")])),
      },
      {
        name: "a framework agreement kept by a bureau",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("雄安新区", "合作框架协议", "区发展改革委")])),
      },
      {
        name: "a register without the column",
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
        name: "kept by the district archive",
        today: "2022-01-01",
        book: book(sheet("名录", [HEAD, r("上海市黄浦区", "友好城市（区）", "区档案馆")])),
        errors: [{ sheet: "名录", row: 2, column: "D", messageId: "custody", mentions: ["上海市黄浦区", "区档案馆"] }],
      },
      {
        name: "blank relation counts as friendly city; the framework row is left alone",
        today: "2022-01-01",
        book: book(
          sheet("友好城市一览", [
            HEAD,
            r("雄安新区", "合作框架协议", "区发展改革委"),
            r("广州市越秀区", null, "区政府办公室"),
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 3, column: "D", mentions: ["广州市越秀区", "区政府办公室"] }],
      },
      {
        name: "a small register with only the custody column beside the needed ones",
        today: "2022-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed", "原件保管"],
            ["重庆市渝中区", serial("2020-09-01"), "区商务局"],
          ]),
        ),
        errors: [{ sheet: "Register", row: 2, column: "C", mentions: ["重庆市渝中区", "区商务局"] }],
      },
    ],
  },
);
