import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: PROC-NPC | 第六条第三项 | error | `friendly-city` rows | no NPC standing committee decision date
const HEAD = ["友城名称", "签署日期", "Relation type", "人大常委会决定日期"];

ruleTester(
  "PROC-NPC",
  { article: "第六条第三项", severity: "error" },
  {
    valid: [
      {
        name: "friendly city with a decision date",
        today: "2019-01-01",
        book: book(
          sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), "友好城市（区）", serial("2016-03-25")]]),
        ),
      },
      {
        name: "friendly city with the decision written as text",
        today: "2019-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", "2016年4月18日", "", "2016年3月25日"]])),
      },
      {
        name: "framework, single-field and assistance agreements need no decision",
        today: "2019-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            ["雄安新区", serial("2018-04-18"), "合作框架协议", null],
            ["天津市滨海新区", serial("2018-04-18"), "单项领域合作协议", null],
            ["新疆和田地区", serial("2018-04-18"), "对口帮扶支援协议", null],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "friendly city without a decision date, pointing at the decision column",
        today: "2019-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), "友城", null]])),
        errors: [{ sheet: "名录", row: 2, column: "D", messageId: "missing", mentions: ["上海市黄浦区"] }],
      },
      {
        name: "blank relation counts as friendly city",
        today: "2019-01-01",
        book: book(
          sheet("友好城市一览", [
            HEAD,
            ["雄安新区", serial("2018-04-18"), "合作框架协议", null],
            ["广州市越秀区", serial("2018-04-18"), null, null],
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 3, column: "D", mentions: ["广州市越秀区"] }],
      },
      {
        name: "a register without any NPC column: every friendly-city row",
        today: "2019-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed"],
            ["重庆市渝中区", serial("2018-04-18")],
            ["成都市锦江区", serial("2018-05-18")],
          ]),
        ),
        errors: [
          { sheet: "Register", row: 2, column: null, mentions: ["重庆市渝中区"] },
          { sheet: "Register", row: 3, column: null, mentions: ["成都市锦江区"] },
        ],
      },
      {
        name: "a decision cell that is not a date (待定) is no decision date",
        today: "2019-01-01",
        book: book(sheet("名录", [HEAD, ["上海市黄浦区", serial("2016-04-18"), "友城", "待定"]])),
        errors: [{ sheet: "名录", row: 2, column: "D" }],
      },
      {
        name: "small register with the common header 关系类型 (blank = friendly city)",
        today: "2019-01-01",
        book: book(
          sheet("结好名单", [
            ["友城名称", "签署日期", "关系类型"],
            ["福建省厦门市思明区", serial("2018-04-18"), ""],
          ]),
        ),
        roles: { 结好名单: "register" },
        errors: [{ sheet: "结好名单", row: 2, column: null, mentions: ["福建省厦门市思明区"] }],
      },
    ],
  },
);
