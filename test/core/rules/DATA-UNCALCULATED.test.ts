import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-UNCALCULATED | — | warning | a sheet | formula cells with no calculated value: one
// finding per sheet, with the count, instead of a finding per cell

ruleTester(
  "DATA-UNCALCULATED",
  { article: null, severity: "warning" },
  {
    valid: [
      {
        name: "every formula has its result",
        today: "2026-11-27",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2020-01-01")],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "signing dates as formulas saved without results: one finding, at the first, with the count",
        today: "2026-11-27",
        book: book(
          sheet(
            "名录",
            [
              ["友城名称", "签署日期"],
              ["上海市黄浦区", null],
              ["天津市和平区", null],
              ["重庆市渝中区", serial("2020-01-01")],
            ],
            {
              uncalculated: [
                [2, 1],
                [1, 1],
              ],
            },
          ),
        ),
        roles: { 名录: "register" },
        errors: [
          {
            sheet: "名录",
            row: 2,
            column: "B",
            messageId: "uncalculated",
            mentions: ["名录", "2"],
            zhIncludes: ["Excel 或 WPS"],
            enIncludes: ["open and save the file in Excel or WPS"],
          },
        ],
      },
    ],
  },
);
