/** The in-memory host does to structured references what Excel does when a table's header text changes. */
import { cellKey, createFakeExcel, emptySheet, type FakeWorkbookState } from "../../src/excel-fake";

function workbook(): FakeWorkbookState {
  const data = emptySheet("到期提醒");
  ["友城", "剩余天数", "备注"].forEach((h, j) => (data.cells[cellKey(0, j)] = { value: h }));
  [["巴黎市", 30, ""]].forEach((row, i) =>
    row.forEach((v, j) => (data.cells[cellKey(i + 1, j)] = { value: v === "" ? null : v })),
  );
  data.tables.push({
    name: "PartnerCities_Expiry",
    address: "A1:C2",
    headers: ["友城", "剩余天数", "备注"],
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  });
  const mine = emptySheet("我的汇总");
  [
    "=SUM(PartnerCities_Expiry[剩余天数])",
    "=PartnerCities_Expiry[@剩余天数]",
    "=SUM(partnercities_expiry[[#This Row],[剩余天数]])",
    "=COUNTA(PartnerCities_Expiry[[友城]:[剩余天数]])",
    '=COUNTIF(PartnerCities_Expiry[友城],"[剩余天数]")&OtherTable[剩余天数]',
    "=ROWS(PartnerCities_Expiry[#All])",
  ].forEach((formula, i) => (mine.cells[cellKey(i, 0)] = { value: null, formula }));
  return { sheets: [data, mine], activeSheet: null, settings: {} };
}

const formulas = (state: FakeWorkbookState) =>
  Object.values(state.sheets.find((s) => s.name === "我的汇总")!.cells).map((c) => c.formula);

test("new text in a table's header cell renames the column, and the references to it follow", async () => {
  const excel = createFakeExcel(workbook());
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("到期提醒").getRange("A1:B1").values = [["Partner", "Days left"]];
    await context.sync();
  });
  expect(excel.state.sheets[0]!.tables[0]!.headers).toEqual(["Partner", "Days left", "备注"]);
  expect(formulas(excel.state)).toEqual([
    "=SUM(PartnerCities_Expiry[Days left])",
    "=PartnerCities_Expiry[@Days left]",
    "=SUM(partnercities_expiry[[#This Row],[Days left]])",
    "=COUNTA(PartnerCities_Expiry[[Partner]:[Days left]])",
    // A string literal and another table's column of the same name are not the renamed column.
    '=COUNTIF(PartnerCities_Expiry[Partner],"[剩余天数]")&OtherTable[剩余天数]',
    "=ROWS(PartnerCities_Expiry[#All])",
  ]);
});

test("two columns swapping names in one write swap their references; special characters are escaped", async () => {
  const state = workbook();
  const mine = state.sheets[1]!;
  mine.cells[cellKey(9, 0)] = { value: null, formula: "=PartnerCities_Expiry[备注]" };
  const excel = createFakeExcel(state);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("到期提醒").getRange("A1:C1").formulas = [["剩余天数", "友城", "Note [#1]"]];
    await context.sync();
  });
  expect(formulas(excel.state)).toEqual([
    "=SUM(PartnerCities_Expiry[友城])",
    "=PartnerCities_Expiry[@友城]",
    "=SUM(partnercities_expiry[[#This Row],[友城]])",
    "=COUNTA(PartnerCities_Expiry[[剩余天数]:[友城]])",
    '=COUNTIF(PartnerCities_Expiry[剩余天数],"[剩余天数]")&OtherTable[剩余天数]',
    "=ROWS(PartnerCities_Expiry[#All])",
    "=PartnerCities_Expiry[Note '['#1']]",
  ]);
});

test("a header left blank or made a duplicate leaves the references as they were", async () => {
  const excel = createFakeExcel(workbook());
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("到期提醒").getRange("A1:B1").values = [["备注", ""]];
    await context.sync();
  });
  expect(formulas(excel.state).slice(0, 2)).toEqual([
    "=SUM(PartnerCities_Expiry[剩余天数])",
    "=PartnerCities_Expiry[@剩余天数]",
  ]);
});
