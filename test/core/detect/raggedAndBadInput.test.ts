/**
 * Layouts and inputs the detection should cope with and, at the time of writing, does not.
 * Each test states what a user of the add-in would expect; see the report of this test run.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { detectLayouts } from "../../../src/core/detect/detectLayouts";
import type { CellValue } from "../../../src/core/workbook";
import { book, serial, sheet } from "../../helpers/grid";

const TODAY = "2026-06-15";

describe('ragged rows (SheetGrid: "Rows may be ragged; missing cells are empty")', () => {
  test("a record shorter than the header is read with its missing cells empty", () => {
    const rows: CellValue[][] = [
      ["友城名称", "签署日期", "有效期（年）", "备注"],
      ["上海市黄浦区", serial("2023-04-15")],
      ["天津市和平区", serial("2022-05-12"), 5, "在册"],
    ];
    const a = analyzeWorkbook(book(sheet("名录", rows)), { today: TODAY });
    expect(a.agreements.map((x) => [x.row, x.lastDay])).toEqual([
      [2, "2028-04-15"],
      [3, "2027-05-12"],
    ]);
  });

  test("a blank row given as [] between records", () => {
    const rows: CellValue[][] = [
      ["友城名称", "签署日期"],
      ["上海市黄浦区", serial("2023-04-15")],
      [],
      ["天津市和平区", serial("2022-05-12")],
    ];
    expect(detectLayouts(sheet("名录", rows))[0].dataRows).toEqual([2, 4]);
  });

  test('a header row shorter than a column the user mapped (signingDate: "G" on a 5-column sheet)', () => {
    const rows: CellValue[][] = [
      ["友城名称", "所属省（区、市）", "人大常委会决定日期", "有效期（年）", "状态"],
      ["上海市黄浦区", "上海市", serial("2023-03-01"), 5, "在册"],
    ];
    const run = () =>
      analyzeWorkbook(book(sheet("名录", rows)), {
        today: TODAY,
        settings: { mapping: { 名录: { columns: { signingDate: "G" } } } },
      });
    expect(run).not.toThrow();
    // The column holds nothing: the row has no signing date (DATA-MISSING), not a crash.
    expect(run().findings.map((f) => f.rule)).toContain("DATA-MISSING");
  });
});

describe("bad coordinates from settings or tables never point findings outside the sheet", () => {
  test.each([0, -1, -5, 1.5])("mapping headerRow %p with a forced role", (headerRow) => {
    const rows: CellValue[][] = [
      ["对方", "年限"],
      ["上海市黄浦区", 5],
    ];
    const a = analyzeWorkbook(book(sheet("S", rows)), {
      today: TODAY,
      settings: { mapping: { S: { role: "register", headerRow } } },
    });
    for (const l of a.sheets) expect(Number.isInteger(l.headerRow) && l.headerRow >= 1).toBe(true);
    for (const f of a.findings) expect(Number.isInteger(f.row) && f.row >= 1).toBe(true);
  });

  test("a table whose first column is negative does not throw", () => {
    const rows: CellValue[][] = [
      ["友城名称", "签署日期"],
      ["上海市黄浦区", serial("2023-04-15")],
    ];
    const s = sheet("S", rows, { tables: [{ name: "T", headerRow: 0, lastRow: 1, firstColumn: -2, lastColumn: 1 }] });
    expect(() => analyzeWorkbook(book(s), { today: TODAY })).not.toThrow();
  });
});

describe("exchange logs with wordings that also fit the events sheet", () => {
  const roleOf = (header: CellValue[]) => {
    const record: CellValue[] = [serial("2026-03-10"), "上海市黄浦区", "考察交流", "经贸", "考察交流", "概要"];
    return detectLayouts(sheet("S", [header, header.map((_, i) => record[i] ?? null)])).map((l) => l.role);
  };

  test.each<[string, CellValue[]]>([
    ["时间 | 交流城市 | 活动内容 | 活动类型", ["时间", "交流城市", "活动内容", "活动类型", "领域"]],
    [
      "日期 | 友城 | 活动名称 | 交流类型 | 领域 | 档案资料",
      ["日期", "友城", "活动名称", "交流类型", "领域", "档案资料"],
    ],
    ["日期 | 友城 | 交流事项 | 形式 | 档案资料", ["日期", "友城", "交流事项", "形式", "档案资料"]],
    ["日期 | 友城 | 活动名称 | 类型", ["日期", "友城", "活动名称", "类型"]],
  ])("%s is the exchange log", (_what, header) => {
    expect(roleOf(header)).toEqual(["exchanges"]);
  });
});

describe("register wordings with 时间 for 日期 (结好时间 is how many partner lists write it)", () => {
  test.each(["结好时间", "缔结时间", "签约时间", "签署时间"])("%s is the signing date", (wording) => {
    const rows: CellValue[][] = [
      ["友好城市", "所属省份", wording, "有效期"],
      ["上海市黄浦区", "上海市", serial("2023-04-15"), 5],
    ];
    const layouts = detectLayouts(sheet("名录", rows));
    expect(layouts.map((l) => [l.role, l.columns.signingDate, l.missing])).toEqual([["register", 2, []]]);
  });
});

describe("a two-row header (a merged group heading over sub-headings)", () => {
  test("the partner heading merged down two rows is found with the dates beneath 协议情况", () => {
    // Row 1: 序号 | 友城名称 | 协议情况 (merged over C:E) | 状态   — 序号, 友城名称 and 状态 merged down into row 2
    // Row 2: (merged) | (merged) | 签署日期 | 有效期（年） | 到期日期 | (merged)
    const rows: CellValue[][] = [
      ["序号", "友城名称", "协议情况", null, null, "状态"],
      [null, null, "签署日期", "有效期（年）", "到期日期", null],
      [1, "上海市黄浦区", serial("2023-04-15"), 5, serial("2028-04-15"), "在册"],
    ];
    const [l] = detectLayouts(sheet("名录", rows));
    expect(l).toMatchObject({ role: "register", missing: [], dataRows: [3] });
    expect(l.columns).toMatchObject({ partner: 1, signingDate: 2, termYears: 3, endDate: 4, status: 5 });
  });
});

describe("sign-off lines under the records, other than 注/说明/备注/合计/填表/制表", () => {
  test.each([
    "审核：李四",
    "审核人：李四　　联系电话：66000000",
    "数据截至2026年10月31日",
    "附注：以协议文本为准",
    "*以上为正式缔结的友好城市（区）",
  ])("%s in the first column is not a record", (line) => {
    const rows: CellValue[][] = [
      ["友城名称", "签署日期", "有效期（年）"],
      ["上海市黄浦区", serial("2023-04-15"), 5],
      [null, null, null],
      [line, null, null],
    ];
    expect(detectLayouts(sheet("名录", rows))[0].dataRows).toEqual([2]);
  });
});
