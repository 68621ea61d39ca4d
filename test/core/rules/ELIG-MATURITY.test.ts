import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: ELIG-MATURITY | 第三条、第六条第二项 | warning | candidates recommended `friendly-city` |
// no leader visit with the candidate in the exchange log
const CAND = ["拟缔结城市", "条件一", "条件二", "条件三", "条件四", "条件五"];
const all = ["√", "√", "√", "√", "√"];
const candidates = (...rows: (string | null)[][]) => sheet("拟缔结评估", [CAND, ...rows]);
const log = (...rows: (string | number | null)[][]) =>
  sheet("交流活动", [["活动日期", "交流对象", "交流形式"], ...rows]);

ruleTester(
  "ELIG-MATURITY",
  { article: "第三条、第六条第二项", severity: "warning" },
  {
    valid: [
      {
        name: "a leader visit with the candidate is logged",
        today: "2024-01-01",
        book: book(
          candidates(["四川省成都市武侯区", ...all]),
          log([serial("2023-05-10"), "四川省成都市武侯区", "领导互访"]),
        ),
      },
      {
        name: "the log names the candidate shorter (成都市武侯区), leader visit written 领导来访",
        today: "2024-01-01",
        book: book(
          candidates(["四川省成都市武侯区", ...all]),
          log([serial("2023-05-10"), "成都市武侯区", "主要领导来访"]),
        ),
      },
      {
        name: "the candidate sheet's own leader-visit column records one",
        today: "2024-01-01",
        book: book(
          sheet("拟缔结评估", [
            [...CAND, "领导互访情况"],
            ["四川省成都市武侯区", ...all, "2023年5月区委书记带队考察"],
          ]),
        ),
      },
      {
        name: "a candidate recommended only the alternatives needs no visit",
        today: "2024-01-01",
        book: book(candidates(["云南省昆明市五华区", "√", "√", "√", "√", "×"])),
      },
      {
        name: "a candidate meeting no condition needs no visit",
        today: "2024-01-01",
        book: book(candidates(["云南省昆明市五华区", "×", "×", "×", "×", "×"])),
      },
    ],
    invalid: [
      {
        name: "recommended friendly city, no exchange log at all",
        today: "2024-01-01",
        book: book(candidates(["四川省成都市武侯区", ...all])),
        errors: [{ sheet: "拟缔结评估", row: 2, messageId: "noVisit", mentions: ["四川省成都市武侯区"] }],
      },
      {
        name: "exchanges with the candidate, but none a leader visit",
        today: "2024-01-01",
        book: book(candidates(["四川省成都市武侯区", ...all]), log([serial("2023-05-10"), "成都市武侯区", "经贸考察"])),
        errors: [{ sheet: "拟缔结评估", row: 2, mentions: ["四川省成都市武侯区"] }],
      },
      {
        name: "a leader visit with another city does not count",
        today: "2024-01-01",
        book: book(
          candidates(["四川省成都市武侯区", ...all], ["重庆市渝中区", ...all]),
          log([serial("2023-05-10"), "重庆市渝中区", "领导互访"]),
        ),
        errors: [{ sheet: "拟缔结评估", row: 2, mentions: ["四川省成都市武侯区"] }],
      },
      {
        name: "setting criteriaRequired 4: four met is recommended, and needs a visit",
        today: "2024-01-01",
        settings: { criteriaRequired: 4 },
        book: book(candidates(["云南省昆明市五华区", "√", "√", "√", "√", "×"])),
        errors: [{ sheet: "拟缔结评估", row: 2, mentions: ["云南省昆明市五华区"] }],
      },
    ],
  },
);
