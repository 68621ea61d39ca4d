import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester, runCase } from "../../helpers/ruleTester";

// RULES.md: DATA-COLUMN | — | error | a sheet | a column that its role needs cannot be found

ruleTester(
  "DATA-COLUMN",
  { article: null, severity: "error" },
  {
    valid: [
      {
        name: "a register with partner and signing date",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2020-01-01")],
          ]),
        ),
      },
      {
        name: "a sheet with no role",
        today: "2024-01-01",
        book: book(sheet("说明", [["填表说明"], ["本工作簿记录我区友好城市工作。"], ["请勿修改表头。"]])),
        roles: { 说明: null },
      },
      {
        name: "a contacts sheet matches no role",
        today: "2024-01-01",
        book: book(
          sheet("通讯录", [
            ["姓名", "电话", "邮箱"],
            ["张三", "010-12345678", "a@b.cn"],
          ]),
        ),
        roles: { 通讯录: null },
      },
    ],
    invalid: [
      {
        name: "a register without a signing-date column names it",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            ["友城名称", "所属省（区、市）", "有效期（年）", "状态"],
            ["上海市黄浦区", "上海市", 5, "有效"],
          ]),
        ),
        roles: { 名录: "register" },
        errors: [
          {
            sheet: "名录",
            row: 1,
            column: null,
            messageId: "missing",
            mentions: ["名录"],
            zhIncludes: ["签署日期"],
            enIncludes: ["signing date"],
          },
        ],
      },
      {
        name: "the header below title rows: the finding is at the header row",
        today: "2024-01-01",
        book: book(
          sheet("友好城市一览", [
            ["西城区国内友好城市（区）名录"],
            [],
            ["友城名称", "行政级别", "区划调整情况", "文本保存单位"],
            ["天津市和平区", "直辖市市辖区", "无", "区外联办"],
          ]),
        ),
        roles: { 友好城市一览: "register" },
        errors: [{ sheet: "友好城市一览", row: 3, column: null, zhIncludes: ["签署日期"] }],
      },
      {
        name: "a small register with 关系类型 and no signing-date column",
        today: "2024-01-01",
        book: book(
          sheet("Register", [
            ["友城名称", "关系类型", "状态", "有效期（年）"],
            ["上海市黄浦区", "友城", "有效", 5],
          ]),
        ),
        roles: { Register: "register" },
        errors: [{ sheet: "Register", row: 1, column: null, zhIncludes: ["签署日期"], enIncludes: ["signing date"] }],
      },
      {
        name: "an events sheet without the event type",
        today: "2024-01-01",
        book: book(
          sheet("名录", [
            ["友城名称", "签署日期"],
            ["上海市黄浦区", serial("2020-01-01")],
          ]),
          sheet("重大事项", [
            ["日期", "友城", "我方回应", "回应日期"],
            [serial("2023-06-01"), "黄浦区", "慰问电", serial("2023-06-02")],
          ]),
        ),
        roles: { 名录: "register", 重大事项: "events" },
        errors: [
          {
            sheet: "重大事项",
            row: 1,
            column: null,
            mentions: ["重大事项"],
            zhIncludes: ["事项类型"],
            enIncludes: ["event type"],
          },
        ],
      },
    ],
  },
);

describe("DATA-COLUMN: a sheet with no role", () => {
  test("produces no finding at all, and no layout", () => {
    const run = runCase({
      name: "notes",
      today: "2024-01-01",
      book: book(sheet("说明", [["填表说明"], ["日期请按2016年4月18日格式填写。"], ["城市名称写全称。"]])),
    });
    expect(run.analysis.sheets).toEqual([]);
    expect(run.zh.findings).toEqual([]);
  });
});
