import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: FILING-MISSING | 第十四条 | warning | departmental agreements | no filing date
const HEAD = ["签订部门", "合作方", "协议名称", "签订日期", "备案日期"];

ruleTester(
  "FILING-MISSING",
  { article: "第十四条", severity: "warning" },
  {
    valid: [
      {
        name: "filed",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [
            HEAD,
            ["区教委", "天津市和平区教育局", "教育合作协议", serial("2023-03-01"), serial("2023-03-10")],
          ]),
        ),
      },
      {
        name: "filed, dates as text",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [
            HEAD,
            ["区卫健委", "上海市黄浦区卫健委", "医疗合作协议", "2023年3月1日", "2023年3月10日"],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "no filing date",
        today: "2024-01-01",
        book: book(
          sheet("单项协议备案", [HEAD, ["区教委", "天津市和平区教育局", "教育合作协议", serial("2023-03-01"), null]]),
        ),
        errors: [{ sheet: "单项协议备案", row: 2, column: "E", messageId: "notFiled", mentions: ["区教委"] }],
      },
      {
        name: "only the unfiled row",
        today: "2024-01-01",
        book: book(
          sheet("部门协议", [
            ["我方部门", "签约日期", "报备日期"],
            ["区文旅局", serial("2023-03-01"), serial("2023-03-05")],
            ["区科信局", serial("2023-04-01"), ""],
          ]),
        ),
        errors: [{ sheet: "部门协议", row: 3, column: "C", mentions: ["区科信局"] }],
      },
      {
        name: "a filings sheet in English, counterpart only",
        today: "2024-01-01",
        book: book(
          sheet("Filings", [
            ["Counterpart", "Signing date", "Filing date"],
            ["重庆市渝中区商务委", "2023-05-01", null],
          ]),
        ),
        errors: [{ sheet: "Filings", row: 2, column: "C", mentions: ["重庆市渝中区商务委"] }],
      },
    ],
  },
);
