import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: PROC-ORDER | 第六条 | error | register, candidates | preliminary opinion ≤ report to leaders ≤
// government meeting ≤ NPC decision ≤ signing (only the steps present are compared)
const REG = ["友城名称", "区政府常务会日期", "人大常委会决定日期", "签署日期"];
const CAND = [
  "拟缔结城市",
  "条件一",
  "条件二",
  "条件三",
  "条件四",
  "条件五",
  "初步意见日期",
  "汇报主要领导日期",
  "区政府常务会日期",
  "人大常委会决定日期",
];
const marks = ["√", "√", "√", "√", "√"];

ruleTester(
  "PROC-ORDER",
  { article: "第六条", severity: "error" },
  {
    valid: [
      {
        name: "register: meeting ≤ decision ≤ signing",
        today: "2019-01-01",
        book: book(
          sheet("名录", [REG, ["上海市黄浦区", serial("2016-03-01"), serial("2016-03-25"), serial("2016-04-18")]]),
        ),
      },
      {
        name: "register: steps on the same day are in order",
        today: "2019-01-01",
        book: book(
          sheet("名录", [REG, ["上海市黄浦区", serial("2016-03-25"), serial("2016-03-25"), serial("2016-03-25")]]),
        ),
      },
      {
        name: "register: only decision and signing present, in order",
        today: "2019-01-01",
        book: book(sheet("名录", [REG, ["上海市黄浦区", null, "2016年3月25日", "2016年4月18日"]])),
      },
      {
        name: "candidates: all four steps in order",
        today: "2024-01-01",
        book: book(
          sheet("拟缔结评估", [
            CAND,
            [
              "四川省成都市武侯区",
              ...marks,
              serial("2023-01-05"),
              serial("2023-02-01"),
              serial("2023-03-01"),
              serial("2023-04-01"),
            ],
          ]),
        ),
      },
      {
        name: "candidates: a missing step is skipped (preliminary, then meeting)",
        today: "2024-01-01",
        book: book(
          sheet("拟缔结评估", [
            CAND,
            ["四川省成都市武侯区", ...marks, serial("2023-01-05"), null, serial("2023-03-01"), null],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "register: signed before the NPC decision, pointing at the signing date",
        today: "2019-01-01",
        book: book(
          sheet("名录", [REG, ["上海市黄浦区", serial("2016-03-01"), serial("2016-05-10"), serial("2016-04-18")]]),
        ),
        errors: [
          {
            sheet: "名录",
            row: 2,
            column: "D",
            messageId: "order",
            mentions: ["上海市黄浦区", "2016-04-18", "2016-05-10"],
          },
        ],
      },
      {
        name: "register: meeting after the decision",
        today: "2019-01-01",
        book: book(
          sheet("友好城市一览", [
            REG,
            ["天津市和平区", serial("2016-04-01"), serial("2016-03-25"), serial("2016-04-18")],
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 2, column: "C", mentions: ["天津市和平区"] }],
      },
      {
        name: "register: decision missing, meeting after signing is still compared",
        today: "2019-01-01",
        book: book(sheet("名录", [REG, ["上海市黄浦区", serial("2016-05-01"), null, serial("2016-04-18")]])),
        errors: [{ sheet: "名录", row: 2, column: "D", mentions: ["2016-05-01", "2016-04-18"] }],
      },
      {
        name: "candidates: reported to leaders before the preliminary opinion",
        today: "2024-01-01",
        book: book(
          sheet("拟缔结评估", [
            CAND,
            ["四川省成都市武侯区", ...marks, serial("2023-02-05"), serial("2023-02-01"), null, null],
          ]),
        ),
        errors: [
          { sheet: "拟缔结评估", row: 2, column: "H", mentions: ["四川省成都市武侯区", "2023-02-01", "2023-02-05"] },
        ],
      },
      {
        name: "candidates: NPC decision before the meeting, with the report step missing",
        today: "2024-01-01",
        book: book(
          sheet("Candidates", [
            CAND,
            ["重庆市渝中区", ...marks, serial("2023-01-05"), null, serial("2023-03-01"), serial("2023-04-01")],
            ["云南省昆明市五华区", ...marks, serial("2023-01-05"), null, serial("2023-03-01"), serial("2023-02-20")],
          ]),
        ),
        errors: [{ sheet: "Candidates", row: 3, column: "J", mentions: ["云南省昆明市五华区"] }],
      },
    ],
  },
);
