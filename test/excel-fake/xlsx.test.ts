import ExcelJS from "exceljs";
import { createFakeExcel, emptyWorkbookState } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { chartsForXlsx, fakeStateToXlsx } from "../helpers/fakeToXlsx";

async function sampleXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("登记表", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  data.getColumn(1).width = 20;
  data.addTable({
    name: "Register",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "城市" }, { name: "签约日期" }, { name: "次数" }],
    rows: [
      ["杭州", new Date(Date.UTC(2016, 4, 3)), 3],
      ["苏州", new Date(Date.UTC(2020, 0, 15)), 5],
    ],
  });
  data.getCell("B2").numFmt = "yyyy-mm-dd";
  data.getCell("B3").numFmt = "yyyy-mm-dd";
  data.getCell("E1").value = { formula: "SUM(C2:C3)", result: 8 };
  data.mergeCells("G1:H1");
  data.getCell("G1").value = "merged";
  data.addConditionalFormatting({
    ref: "A2:C3",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["$C2>4"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  wb.addWorksheet("Hidden one", { state: "hidden" });
  wb.addWorksheet("Very", { state: "veryHidden" });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("fromXlsx reads cells, dates as serials, formulas, merges, tables, conditional formats, panes and visibility", async () => {
  const state = await fakeStateFromXlsx(await sampleXlsx());
  expect(state.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["登记表", "Visible"],
    ["Hidden one", "Hidden"],
    ["Very", "VeryHidden"],
  ]);
  const sheet = state.sheets[0]!;
  expect(sheet.cells["1,1"]).toEqual({ value: 42493, numberFormat: "yyyy-mm-dd" });
  expect(sheet.cells["0,4"]).toEqual({ value: 8, formula: "=SUM(C2:C3)" });
  expect(sheet.cells["0,6"]).toEqual({ value: "merged" });
  expect(sheet.cells["0,7"]).toBeUndefined();
  expect(sheet.tables.map((t) => [t.name, t.address, t.headers])).toEqual([
    ["Register", "A1:C3", ["城市", "签约日期", "次数"]],
  ]);
  expect(sheet.conditionalFormats).toEqual([
    { address: "A2:C3", type: "Custom", formula: "=$C2>4", fill: "#FFC7CE", fontColor: null, stopIfTrue: false },
  ]);
  expect(sheet.freezeRows).toBe(1);
  // A file's width 20 is 140 px (20 digits of 7 px, rounded as Excel does), 105 points.
  expect(sheet.columnWidths[0]).toBe(105);
});

test("a state written by the host survives toXlsx → fromXlsx", async () => {
  const excel = createFakeExcel(emptyWorkbookState(["Register"]));
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const summary = sheets.add("Summary 2025");
    summary.getRange("A1:C1").values = [["Partner", "Date", "Link"]];
    summary.getRange("B2:B3").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"]];
    summary.getRange("A2:B3").values = [
      ["Hangzhou", 45296],
      ["Suzhou", 45300],
    ];
    summary.getRange("C2").hyperlink = { documentReference: "'Register'!B4", textToDisplay: "go" };
    summary.getRange("C3").formulas = [["=B3-B2"]];
    summary.tables.add("A1:C3", true).name = "XcSummary";
    summary.freezePanes.freezeRows(1);
    summary.getRange("A:A").format.columnWidth = 120;
    const cf = sheets.getItem("Register").getRange("A2:D9").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=$D2<TODAY()";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    sheets.add("Old").visibility = "Hidden";
    summary.position = 0;
    summary.charts.add("ColumnClustered", summary.getRange("A1:B3"), "Columns").title.text = "Exchanges";
  });
  const seen: string[] = [];
  const xlsx = await fakeStateToXlsx(excel.state, async (file, state) => {
    seen.push(...state.sheets.map((s) => s.name));
    return file;
  });
  expect(seen).toEqual(["Summary 2025", "Register", "Old"]);
  const back = await fakeStateFromXlsx(xlsx);
  expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Summary 2025", "Visible"],
    ["Register", "Visible"],
    ["Old", "Hidden"],
  ]);
  const original = excel.state.sheets[0]!;
  const summary = back.sheets[0]!;
  expect(summary.cells).toEqual(original.cells);
  expect(summary.tables).toEqual(original.tables);
  expect(summary.freezeRows).toBe(1);
  expect(summary.columnWidths[0]).toBeCloseTo(120, 0);
  expect(back.sheets[1]!.conditionalFormats).toEqual(excel.state.sheets[1]!.conditionalFormats);
  expect(chartsForXlsx(excel.state)).toEqual([
    {
      sheet: "Summary 2025",
      title: "Exchanges",
      type: "columnClustered",
      categories: "'Summary 2025'!$A$2:$A$3",
      series: [{ name: "Date", values: "'Summary 2025'!$B$2:$B$3" }],
      anchor: { from: { col: 3, row: 0 }, to: { col: 11, row: 15 } },
    },
  ]);
});
