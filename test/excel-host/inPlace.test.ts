/**
 * An earlier run's sheet written over in place ends exactly as the same plan builds it on a new
 * sheet, whatever the earlier one's shape: more or fewer rows, more or fewer columns, with or
 * without totals, links and a chart. And a user's reference to its totals follows them.
 */
import { cellKey, createFakeExcel, emptySheet, emptyWorkbookState, type FakeExcel } from "../../src/excel-fake";
import type { LinkValue, PlanValue, SheetPlan, WritePlan } from "../../src/core/plan/writePlan";
import { applyPlan, ASIDE_SHEET_PREFIX, TEMP_SHEET_PREFIX } from "../../src/excel-host/applyPlan";
import { readWorkbook } from "../../src/excel-host/readWorkbook";
import { realClient } from "../helpers/officeJsClient";

const NAME = "测试表";

interface Shape {
  columns: number;
  rows: number;
  totals: boolean;
  chart: boolean;
}

function sheetPlan({ columns, rows, totals, chart }: Shape, seed: string): SheetPlan {
  const cell = (r: number, c: number): PlanValue | LinkValue =>
    c === 0 ? `${seed}${r}` : c === 1 && r % 2 === 0 ? { text: `link ${r}`, target: `'${NAME}'!A${r + 2}` } : r * c;
  return {
    name: NAME,
    tableName: "PartnerCities_Test",
    columns: Array.from({ length: columns }, (_, c) => ({
      header: `${seed}列${c}`,
      kind: c === 0 ? "text" : "integer",
      width: 10 + c,
      numberFormat: c === 0 ? "@" : "0",
    })),
    rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c))),
    totals: totals ? Array.from({ length: columns }, (_, c) => (c === 0 ? "合计" : c)) : null,
    headerNumberFormat: "@",
    tableStyle: seed === "a" ? "TableStyleMedium2" : "TableStyleLight9",
    linkFont: { bold: false, underline: true, color: "#0563C1" },
    totalsFont: { bold: true, underline: false, color: null },
    freezeRows: 1,
    chart: chart
      ? {
          title: "图",
          type: "columnClustered",
          categoryColumn: 0,
          seriesColumns: [1],
          position: { topLeft: { row: 1, column: columns + 1 }, bottomRight: { row: 12, column: columns + 6 } },
        }
      : null,
  };
}

const writePlan = (sheet: SheetPlan): WritePlan => ({
  sheets: [sheet],
  deleteSheets: [],
  highlights: [],
  clearOtherHighlights: false,
  settings: {},
});

async function apply(excel: FakeExcel, plan: WritePlan, run = excel.run): Promise<void> {
  await run(async (context) => {
    const inventory = await readWorkbook(context);
    await applyPlan(context, plan, inventory);
  });
}

const SHAPES: [string, Shape, Shape][] = [
  [
    "more rows and columns",
    { columns: 3, rows: 4, totals: true, chart: true },
    { columns: 5, rows: 9, totals: true, chart: true },
  ],
  [
    "fewer rows and columns",
    { columns: 5, rows: 9, totals: true, chart: true },
    { columns: 2, rows: 3, totals: true, chart: false },
  ],
  [
    "totals and chart gone, one row left",
    { columns: 4, rows: 6, totals: true, chart: true },
    { columns: 4, rows: 1, totals: false, chart: false },
  ],
  [
    "from an empty table to totals",
    { columns: 3, rows: 0, totals: false, chart: false },
    { columns: 3, rows: 5, totals: true, chart: true },
  ],
  [
    "to an empty table",
    { columns: 3, rows: 5, totals: true, chart: true },
    { columns: 3, rows: 0, totals: true, chart: true },
  ],
];

describe.each([{ label: "in-memory host" }, { label: "office.js web client", client: "web" as const }])(
  "$label",
  ({ client }) => {
    test.each(SHAPES)("%s: the same sheet as a new one", async (_label, earlier, now) => {
      const fresh = createFakeExcel(emptyWorkbookState(["数据"]));
      await apply(fresh, writePlan(sheetPlan(now, "b")));

      const excel = createFakeExcel(emptyWorkbookState(["数据"]));
      const run = client ? realClient(excel, client).run : excel.run;
      await apply(excel, writePlan(sheetPlan(earlier, "a")), run);
      const mine = emptySheet("我的");
      mine.cells[cellKey(0, 0)] = { value: null, formula: `='${NAME}'!B${Math.max(earlier.rows, 1) + 2}` };
      mine.cells[cellKey(1, 0)] = { value: null, formula: `=SUM('${NAME}'!B2:B${Math.max(earlier.rows, 1) + 1})` };
      excel.state.sheets.push(mine);
      await apply(excel, writePlan(sheetPlan(now, "b")), run);

      const written = excel.state.sheets.find((s) => s.name === NAME)!;
      expect(written).toEqual(fresh.state.sheets.find((s) => s.name === NAME));
      expect(excel.state.sheets.map((s) => s.name)).toEqual(["数据", NAME, "我的"]);
      // The totals (or the row under the table) moved with the table's rows, and a sum of its body
      // grew or shrank with it (rows inserted before the only body row push that row down instead).
      const body = Math.max(now.rows, 1);
      expect(mine.cells[cellKey(0, 0)]!.formula).toBe(`='${NAME}'!B${body + 2}`);
      if (earlier.rows >= 2) expect(mine.cells[cellKey(1, 0)]!.formula).toBe(`=SUM('${NAME}'!B2:B${body + 1})`);
    });
  },
);

test("a table moved away from A1 by hand: the sheet stays, with the references to it, and its table is made anew", async () => {
  const shape: Shape = { columns: 3, rows: 4, totals: true, chart: true };
  const fresh = createFakeExcel(emptyWorkbookState(["数据"]));
  await apply(fresh, writePlan(sheetPlan(shape, "b")));
  const excel = createFakeExcel(emptyWorkbookState(["数据"]));
  await apply(excel, writePlan(sheetPlan(shape, "a")));
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(NAME).getRange("1:2").insert("Down");
    await context.sync();
  });
  const mine = emptySheet("我的");
  mine.cells[cellKey(0, 0)] = { value: null, formula: `='${NAME}'!A1` };
  mine.cells[cellKey(1, 0)] = { value: null, formula: "=ROWS(PartnerCities_Test)" };
  excel.state.sheets.push(mine);
  await apply(excel, writePlan(sheetPlan(shape, "b")));
  expect(excel.state.sheets.find((s) => s.name === NAME)).toEqual(fresh.state.sheets.find((s) => s.name === NAME));
  expect(mine.cells[cellKey(0, 0)]!.formula).toBe(`='${NAME}'!A1`);
  expect(mine.cells[cellKey(1, 0)]!.formula).toBe("=ROWS(#REF!)");
});

test("an earlier version's swap that failed: the sheet it set aside is put back, its half-built one removed", async () => {
  const shape: Shape = { columns: 3, rows: 4, totals: true, chart: true };
  const fresh = createFakeExcel(emptyWorkbookState(["数据"]));
  await apply(fresh, writePlan(sheetPlan(shape, "b")));
  const excel = createFakeExcel(emptyWorkbookState(["数据"]));
  await apply(excel, writePlan(sheetPlan(shape, "a")));
  const mine = emptySheet("我的");
  mine.cells[cellKey(0, 0)] = { value: null, formula: `='${NAME}'!B7` };
  excel.state.sheets.push(mine);
  // As that writer left it: the old sheet and table set aside, the new one built under a temporary name.
  await excel.run(async (context) => {
    const old = context.workbook.worksheets.getItem(NAME);
    old.name = `${ASIDE_SHEET_PREFIX}1`;
    old.tables.getItem("PartnerCities_Test").name = "PartnerCities_Test_old";
    const temp = context.workbook.worksheets.add(`${TEMP_SHEET_PREFIX}1`);
    temp.getRange("A1:B2").values = [
      ["x", "y"],
      [1, 2],
    ];
    temp.tables.add("A1:B2", true).name = "PartnerCities_Test";
    await context.sync();
  });
  await apply(excel, writePlan(sheetPlan(shape, "b")));
  expect(excel.state.sheets.map((s) => s.name)).toEqual(["数据", NAME, "我的"]);
  expect(excel.state.sheets.find((s) => s.name === NAME)).toEqual(fresh.state.sheets.find((s) => s.name === NAME));
  // Renamed back, as Excel writes a sheet name that needs no quotes.
  expect(mine.cells[cellKey(0, 0)]!.formula).toBe(`=${NAME}!B7`);
});
