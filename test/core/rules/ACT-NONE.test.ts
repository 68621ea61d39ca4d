import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: ACT-NONE | 第九条、第十三条第四项 | warning | register rows whose term overlaps the summary year,
// not terminated | no exchange with the partner recorded in that year
const REG_HEAD = ["友城名称", "签署日期", "状态"];
const reg = (...rows: (string | number | null)[][]) => sheet("名录", [REG_HEAD, ...rows]);
const log = (...rows: (string | number | null)[][]) => sheet("交流活动", [["日期", "友城", "形式"], ...rows]);
const HUANGPU = ["上海市黄浦区", serial("2020-06-15"), ""];

ruleTester(
  "ACT-NONE",
  { article: "第九条、第十三条第四项", severity: "warning" },
  {
    valid: [
      {
        name: "an exchange in the year, the partner written short",
        today: "2024-11-01",
        book: book(reg(HUANGPU), log([serial("2024-05-01"), "黄浦区", "考察"])),
      },
      {
        name: "an exchange in the year, the partner written 上海黄浦区",
        today: "2024-11-01",
        book: book(reg(HUANGPU), log(["2024年5月1日", "上海黄浦区", "考察"])),
      },
      {
        name: "terminated row",
        today: "2024-11-01",
        book: book(
          reg(["上海市黄浦区", serial("2020-06-15"), "已终止"]),
          log([serial("2023-05-01"), "天津市和平区", "考察"]),
        ),
        roles: { 名录: "register", 交流活动: "exchanges" },
      },
      {
        name: "term ended before the year (2016-04-18 → 2021-04-18, year 2024)",
        today: "2024-11-01",
        book: book(reg(["天津市和平区", serial("2016-04-18"), ""])),
      },
      {
        name: "term starts after the year",
        today: "2024-11-01",
        year: 2023,
        book: book(reg(["天津市和平区", serial("2024-02-01"), ""])),
      },
      {
        name: "year 2023 given: an exchange in 2023",
        today: "2024-11-01",
        year: 2023,
        book: book(reg(HUANGPU), log([serial("2023-09-09"), "上海市黄浦区", "互访"])),
      },
      {
        name: "no usable signing date",
        today: "2024-11-01",
        book: book(reg(["上海市黄浦区", "待定", ""])),
      },
    ],
    invalid: [
      {
        name: "no exchange log at all",
        today: "2024-11-01",
        book: book(reg(HUANGPU)),
        errors: [{ sheet: "名录", row: 2, column: null, messageId: "noExchange", mentions: ["上海市黄浦区", "2024"] }],
      },
      {
        name: "exchanges only in the previous year",
        today: "2024-11-01",
        book: book(reg(HUANGPU), log([serial("2023-05-01"), "上海市黄浦区", "考察"])),
        errors: [{ sheet: "名录", row: 2, mentions: ["上海市黄浦区"] }],
      },
      {
        name: "year 2023 given, exchanges only in 2024",
        today: "2024-11-01",
        year: 2023,
        book: book(reg(HUANGPU), log([serial("2024-05-01"), "上海市黄浦区", "考察"])),
        errors: [{ sheet: "名录", row: 2, mentions: ["2023"] }],
      },
      {
        name: "an exchange with an ambiguous name is left out of the counts",
        today: "2024-11-01",
        book: book(
          reg(["天津市和平区", serial("2021-01-01"), ""], ["沈阳市和平区", serial("2021-01-01"), ""]),
          log([serial("2024-05-01"), "和平区", "考察"]),
        ),
        errors: [
          { sheet: "名录", row: 2, mentions: ["天津市和平区"] },
          { sheet: "名录", row: 3, mentions: ["沈阳市和平区"] },
        ],
      },
      {
        name: "term expired during the year still overlaps it",
        today: "2024-11-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed", "Status"],
            ["西安市碑林区", serial("2019-03-01"), ""],
            ["天津市和平区", serial("2019-03-01"), ""],
          ]),
          sheet("Exchanges", [
            ["Date", "Partner"],
            [serial("2024-01-20"), "西安碑林区"],
          ]),
        ),
        errors: [{ sheet: "Register", row: 3, mentions: ["天津市和平区"] }],
      },
    ],
  },
);
