import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-DUPLICATE | — | warning | register | two rows are the same partner and neither is terminated
const HEAD = ["序号", "友城名称", "签署日期", "状态"];

ruleTester(
  "DATA-DUPLICATE",
  { article: null, severity: "warning" },
  {
    valid: [
      {
        name: "the old agreement is terminated",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            [1, "上海市黄浦区", serial("2011-04-18"), "已终止"],
            [2, "上海市黄浦区", serial("2021-04-18"), "有效"],
          ]),
        ),
      },
      {
        name: "two 和平区 in two cities are two partners",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            [1, "天津市和平区", serial("2021-04-18"), ""],
            [2, "沈阳市和平区", serial("2021-04-18"), ""],
          ]),
        ),
      },
      {
        name: "one row per partner",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            [1, "上海市黄浦区", serial("2021-04-18"), ""],
            [2, "西安市碑林区", serial("2021-04-18"), ""],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "two live rows of one partner: both fire, at the partner column",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            HEAD,
            [1, "上海市黄浦区", serial("2011-04-18"), ""],
            [2, "上海市黄浦区", serial("2021-04-18"), "有效"],
          ]),
        ),
        errors: [
          { sheet: "名录", row: 2, column: "B", messageId: "duplicate", mentions: ["上海市黄浦区", "3"] },
          { sheet: "名录", row: 3, column: "B", messageId: "duplicate", mentions: ["上海市黄浦区", "2"] },
        ],
      },
      {
        name: "the same partner written with and without 市 and a space",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed"],
            ["西安市碑林区", serial("2016-04-18")],
            ["上海市黄浦区", serial("2016-04-18")],
            ["西安 碑林区", serial("2021-04-18")],
          ]),
        ),
        errors: [
          { sheet: "Register", row: 2, column: "A", mentions: ["西安市碑林区"] },
          { sheet: "Register", row: 4, column: "A", mentions: ["西安 碑林区"] },
        ],
      },
      {
        name: "three rows, one terminated: the two live ones fire",
        today: "2024-01-01",
        book: book(
          sheet("友好城市一览", [
            HEAD,
            [1, "天津市和平区", serial("2006-04-18"), "解除"],
            [2, "天津市和平区", serial("2011-04-18"), ""],
            [3, "天津市和平区", serial("2016-04-18"), ""],
          ]),
        ),
        errors: [
          { sheet: "友好城市一览", row: 3, mentions: ["天津市和平区"] },
          { sheet: "友好城市一览", row: 4, mentions: ["天津市和平区"] },
        ],
      },
    ],
  },
);
