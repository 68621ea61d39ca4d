import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: ARCH-MISSING | 第十三条第五项 | info | exchanges | no archive material recorded
const REG = sheet("名录", [
  ["友城名称", "签署日期"],
  ["上海市黄浦区", serial("2021-01-01")],
]);
const HEAD = ["活动日期", "交流对象", "活动名称", "档案资料"];

ruleTester(
  "ARCH-MISSING",
  { article: "第十三条第五项", severity: "info" },
  {
    valid: [
      {
        name: "archive recorded",
        today: "2024-12-01",
        book: book(REG, sheet("交流活动", [HEAD, [serial("2024-05-01"), "黄浦区", "文化交流周", "概要、图片、视频"]])),
      },
      {
        name: "archive recorded as a tick",
        today: "2024-12-01",
        book: book(REG, sheet("交流活动", [HEAD, [serial("2024-05-01"), "黄浦区", "文化交流周", "√"]])),
      },
      {
        name: "a register without exchanges",
        today: "2024-12-01",
        book: book(REG),
      },
    ],
    invalid: [
      {
        name: "blank archive cell, pointing at it",
        today: "2024-12-01",
        book: book(REG, sheet("交流活动", [HEAD, [serial("2024-05-01"), "上海市黄浦区", "文化交流周", null]])),
        errors: [{ sheet: "交流活动", row: 2, column: "D", messageId: "noArchive", mentions: ["上海市黄浦区"] }],
      },
      {
        name: "无 and a dash record nothing",
        today: "2024-12-01",
        book: book(
          REG,
          sheet("Exchange log", [
            ["Date", "Partner", "Archive"],
            [serial("2024-05-01"), "黄浦区", "无"],
            [serial("2024-06-01"), "黄浦区", "图片"],
            [serial("2024-07-01"), "上海黄浦区", "—"],
          ]),
        ),
        errors: [
          { sheet: "Exchange log", row: 2, column: "C", mentions: ["黄浦区"] },
          { sheet: "Exchange log", row: 4, column: "C", mentions: ["上海黄浦区"] },
        ],
      },
      {
        name: "an exchange log whose form column is headed 活动类型 (WORKBOOK.md)",
        today: "2024-12-01",
        book: book(
          REG,
          sheet("交流活动", [
            ["日期", "友城", "活动类型", "档案资料"],
            [serial("2024-05-01"), "黄浦区", "领导互访", ""],
          ]),
        ),
        roles: { 名录: "register", 交流活动: "exchanges" },
        errors: [{ sheet: "交流活动", row: 2, column: "D", mentions: ["黄浦区"] }],
      },
      {
        name: "an exchange log without an archive column",
        today: "2024-12-01",
        book: book(
          REG,
          sheet("交流", [
            ["日期", "友城"],
            ["2024-05-01", "上海市黄浦区"],
          ]),
        ),
        errors: [{ sheet: "交流", row: 2, column: null, mentions: ["上海市黄浦区"] }],
      },
    ],
  },
);
