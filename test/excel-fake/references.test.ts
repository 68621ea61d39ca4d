/** The in-memory host does to formulas what Excel does when a sheet or a table is renamed or deleted. */
import { cellKey, createFakeExcel, emptySheet, type FakeWorkbookState } from "../../src/excel-fake";

function workbook(): FakeWorkbookState {
  const data = emptySheet("到期提醒");
  data.cells[cellKey(0, 0)] = { value: "友城" };
  data.cells[cellKey(1, 0)] = { value: "巴黎市" };
  data.tables.push({
    name: "PartnerCities_Expiry",
    address: "A1:A2",
    headers: ["友城"],
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  });
  const mine = emptySheet("我的汇总");
  mine.cells[cellKey(0, 0)] = { value: null, formula: "='到期提醒'!A2" };
  mine.cells[cellKey(1, 0)] = { value: null, formula: "=ROWS(PartnerCities_Expiry)" };
  mine.cells[cellKey(2, 0)] = { value: null, formula: '=COUNTIF(PartnerCities_Expiry[友城],"到期提醒!A1")' };
  return { sheets: [data, mine], activeSheet: null, settings: {} };
}

const formulas = (state: FakeWorkbookState) =>
  Object.values(state.sheets.find((s) => s.name === "我的汇总")!.cells).map((c) => c.formula);

test("renaming a sheet or a table rewrites the references to it, string literals aside", async () => {
  const excel = createFakeExcel(workbook());
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("到期提醒").name = "Expiry";
    context.workbook.tables.getItem("PartnerCities_Expiry").name = "PartnerCities_Old";
    await context.sync();
  });
  expect(formulas(excel.state)).toEqual([
    "=Expiry!A2",
    "=ROWS(PartnerCities_Old)",
    '=COUNTIF(PartnerCities_Old[友城],"到期提醒!A1")',
  ]);
});

test("deleting a sheet makes the references to it and to its tables #REF!", async () => {
  const excel = createFakeExcel(workbook());
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("到期提醒").delete();
    await context.sync();
  });
  expect(formulas(excel.state)).toEqual(["=#REF!A2", "=ROWS(#REF!)", '=COUNTIF(#REF!,"到期提醒!A1")']);
});

test("deleting a table makes the references to it #REF!", async () => {
  const excel = createFakeExcel(workbook());
  await excel.run(async (context) => {
    context.workbook.tables.getItem("PartnerCities_Expiry").delete();
    await context.sync();
  });
  expect(formulas(excel.state)).toEqual(["='到期提醒'!A2", "=ROWS(#REF!)", '=COUNTIF(#REF!,"到期提醒!A1")']);
});
