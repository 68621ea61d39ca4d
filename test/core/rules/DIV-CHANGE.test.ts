import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DIV-CHANGE | 第七条第五项 | info | register rows not terminated | a division change is recorded (not blank, 无 or 否)
const HEAD = ["友城名称", "签署日期", "区划调整情况", "状态"];
const one = (change: string | null, status = "") =>
  book(sheet("友城名录", [HEAD, ["江苏省南京市白下区", serial("2012-05-01"), change, status]]));

ruleTester(
  "DIV-CHANGE",
  { article: "第七条第五项", severity: "info" },
  {
    valid: [
      { name: "blank cell", today: "2014-01-01", book: one(null) },
      { name: "无", today: "2014-01-01", book: one("无") },
      { name: "否", today: "2014-01-01", book: one("否") },
      {
        name: "change recorded on a terminated row",
        today: "2014-01-01",
        book: one("2013年撤销白下区，并入秦淮区", "已终止"),
      },
      {
        name: "a register without the column",
        today: "2014-01-01",
        book: book(
          sheet("Register", [
            ["友城名称", "签署日期"],
            ["江苏省南京市白下区", serial("2012-05-01")],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "a change is recorded",
        today: "2014-01-01",
        book: one("2013年撤销白下区，并入秦淮区"),
        errors: [
          {
            sheet: "友城名录",
            row: 2,
            column: "C",
            messageId: "changed",
            mentions: ["江苏省南京市白下区", "并入秦淮区"],
          },
        ],
      },
      {
        name: "only the row with a change, among 无 and 否",
        today: "2014-01-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed", "行政区划变更"],
            ["上海市黄浦区", serial("2012-05-01"), "无"],
            ["上海市卢湾区", serial("2010-05-01"), "2011年与黄浦区合并"],
            ["天津市和平区", serial("2012-05-01"), "否"],
          ]),
        ),
        errors: [{ sheet: "Register", row: 3, column: "C", mentions: ["上海市卢湾区"] }],
      },
      {
        name: "a row that says 未终止 is not terminated",
        today: "2014-01-01",
        book: one("撤县设区", "未终止"),
        errors: [{ sheet: "友城名录", row: 2, mentions: ["撤县设区"] }],
      },
    ],
  },
);
