import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: ELIG-CRITERIA | 第五条 | info | candidates | always: the conditions met and the recommendation
const HEAD = ["城市名称", "级别相当", "协作需要", "先进经验", "互补性", "走出去"];

ruleTester(
  "ELIG-CRITERIA",
  { article: "第五条", severity: "info" },
  {
    valid: [
      {
        name: "a workbook with a register only",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2020-01-01")],
          ]),
        ),
      },
      {
        name: "a candidate sheet with no rows",
        today: "2024-01-01",
        book: book(sheet("拟缔结评估", [HEAD])),
      },
    ],
    invalid: [
      {
        name: "all five met: friendly city",
        today: "2024-01-01",
        book: book(sheet("拟缔结评估", [HEAD, ["四川省成都市武侯区", "√", "√", "√", "√", "√"]])),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            column: null,
            messageId: "friendly-city",
            mentions: ["四川省成都市武侯区"],
            zhIncludes: ["（一）（二）（三）（四）（五）"],
          },
        ],
      },
      {
        name: "two met: the alternatives of 第五条第六项",
        today: "2024-01-01",
        book: book(sheet("拟缔结评估", [HEAD, ["云南省昆明市五华区", "是", "否", "是", "否", "否"]])),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            messageId: "alternative",
            mentions: ["云南省昆明市五华区"],
            zhIncludes: ["（一）（三）"],
          },
        ],
      },
      {
        name: "none met",
        today: "2024-01-01",
        book: book(sheet("拟缔结评估", [HEAD, ["甘肃省兰州市城关区", "×", "×", "否", "N", "不符合"]])),
        errors: [{ sheet: "拟缔结评估", row: 2, messageId: "not-recommended", mentions: ["甘肃省兰州市城关区"] }],
      },
      {
        name: "blank counts as not met: four marks and a blank",
        today: "2024-01-01",
        book: book(sheet("Candidates", [HEAD, ["贵州省贵阳市南明区", "Y", "✓", "符合", "具备", null]])),
        errors: [{ sheet: "Candidates", row: 2, messageId: "alternative" }],
      },
      {
        name: "every candidate row, one finding each",
        today: "2024-01-01",
        book: book(
          sheet("候选城市", [
            ["第五条（一）", "第五条（二）", "第五条（三）", "第五条（四）", "第五条（五）", "拟结好城市"],
            [1, 1, 1, 1, 1, "海南省海口市美兰区"],
            [0, 0, 0, 0, 0, "内蒙古呼和浩特市新城区"],
          ]),
        ),
        errors: [
          { sheet: "候选城市", row: 2, messageId: "friendly-city", mentions: ["海南省海口市美兰区"] },
          { sheet: "候选城市", row: 3, messageId: "not-recommended", mentions: ["内蒙古呼和浩特市新城区"] },
        ],
      },
      {
        name: "setting criteriaRequired 3: three met is friendly city",
        today: "2024-01-01",
        settings: { criteriaRequired: 3 },
        book: book(sheet("拟缔结评估", [HEAD, ["云南省昆明市五华区", "是", "是", "是", "否", "否"]])),
        errors: [{ sheet: "拟缔结评估", row: 2, messageId: "friendly-city" }],
      },
      {
        name: "default criteriaRequired: four met is not enough",
        today: "2024-01-01",
        book: book(sheet("拟缔结评估", [HEAD, ["云南省昆明市五华区", "是", "是", "是", "是", "否"]])),
        errors: [{ sheet: "拟缔结评估", row: 2, messageId: "alternative" }],
      },
    ],
  },
);
