/**
 * Range.insert and Range.delete on the in-memory host do what Excel does: the cells beyond move,
 * tables grow and shrink with rows and columns inserted or deleted inside them, and every
 * formula, chart and conditional format pointing into the moved cells follows them.
 */
import { cellKey, createFakeExcel, emptySheet, type FakeSheet, type FakeWorkbookState } from "../../src/excel-fake";
import { shiftFormula, type Shift } from "../../src/excel-fake/shiftReferences";

/** 数据: a table A1:B4 (header and three rows), a totals row in row 5, a note in D5; 我的: formulas at them. */
function workbook(): FakeWorkbookState {
  const data = emptySheet("数据");
  const rows = [
    ["友城", "次数"],
    ["巴黎市", 3],
    ["罗马市", 2],
    ["开罗市", 1],
    ["合计", 6],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => (data.cells[cellKey(r, c)] = { value: v })));
  data.cells[cellKey(2, 1)] = { value: 2, numberFormat: "0", bold: true };
  data.cells[cellKey(4, 3)] = { value: "备注" };
  data.tables.push({
    name: "Counts",
    address: "A1:B4",
    headers: ["友城", "次数"],
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  });
  data.charts.push({
    name: "Chart 1",
    type: "ColumnClustered",
    source: "数据!A1:B4",
    seriesBy: "Columns",
    title: null,
    position: { from: "A7", to: "B12" },
  });
  const mine = emptySheet("我的");
  const formulas = ["=数据!B5", "=SUM(数据!$B$2:$B$4)", "=数据!D5", "=ROWS(Counts)", "=数据!B3"];
  formulas.forEach((formula, r) => (mine.cells[cellKey(r, 0)] = { value: null, formula }));
  return { sheets: [data, mine], activeSheet: null, settings: {} };
}

const formulas = (state: FakeWorkbookState) =>
  Object.values(state.sheets.find((s) => s.name === "我的")!.cells).map((c) => c.formula);
const sheet = (state: FakeWorkbookState, name = "数据") => state.sheets.find((s) => s.name === name)!;
const value = (s: FakeSheet, a1: string) => {
  const row = Number(a1.slice(1)) - 1;
  return s.cells[cellKey(row, a1.charCodeAt(0) - 65)]?.value ?? null;
};

async function failure(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected a rejection");
}

describe("inserting cells", () => {
  test("rows inserted inside a table: it grows, the cells below in its columns move down, references follow", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem("数据").getRange("A4:B5").insert("Down");
      inserted.load("address");
      await context.sync();
      expect(inserted.address).toBe("数据!A4:B5");
    });
    const data = sheet(excel.state);
    expect(data.tables[0]!.address).toBe("A1:B6");
    expect([value(data, "A6"), value(data, "A7"), value(data, "B7"), value(data, "D5")]).toEqual([
      "开罗市",
      "合计",
      6,
      "备注",
    ]);
    // The inserted cells take the formats of the row above them, not its values.
    expect(data.cells[cellKey(3, 1)]).toEqual({ value: null, numberFormat: "0", bold: true });
    expect(formulas(excel.state)).toEqual([
      "=数据!B7",
      "=SUM(数据!$B$2:$B$6)",
      "=数据!D5",
      "=ROWS(Counts)",
      "=数据!B3",
    ]);
    expect(data.charts[0]).toMatchObject({ source: "数据!A1:B6", position: { from: "A9", to: "B14" } });
  });

  test("rows inserted at a table's header row move the table instead", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:B1").insert("Down");
      await context.sync();
    });
    expect(sheet(excel.state).tables[0]!.address).toBe("A2:B5");
    expect(formulas(excel.state)).toEqual([
      "=数据!B6",
      "=SUM(数据!$B$3:$B$5)",
      "=数据!D5",
      "=ROWS(Counts)",
      "=数据!B4",
    ]);
  });

  test("columns inserted inside a table: it gains columns headed Column1 …, the cells to the right move", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("B1:C5").insert("Right");
      await context.sync();
    });
    const data = sheet(excel.state);
    expect(data.tables[0]).toMatchObject({ address: "A1:D4", headers: ["友城", "Column1", "Column2", "次数"] });
    expect([value(data, "D5"), value(data, "F5")]).toEqual([6, "备注"]);
    expect(formulas(excel.state)).toEqual([
      "=数据!D5",
      "=SUM(数据!$D$2:$D$4)",
      "=数据!F5",
      "=ROWS(Counts)",
      "=数据!D3",
    ]);
  });

  test("whole columns inserted: widths and column formats go with their columns", async () => {
    const state = workbook();
    sheet(state).columnWidths = { 0: 60, 1: 30 };
    sheet(state).columnFormats = { 1: { numberFormat: "0" } };
    const excel = createFakeExcel(state);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("B:B").insert("Right");
      await context.sync();
    });
    const data = sheet(excel.state);
    expect(data.columnWidths).toEqual({ 0: 60, 1: 60, 2: 30 });
    expect(data.columnFormats).toEqual({ 2: { numberFormat: "0" } });
    expect(data.tables[0]!.address).toBe("A1:C4");
  });

  test("a shift that would move part of a table is refused, and nothing moves", async () => {
    const excel = createFakeExcel(workbook());
    const before = structuredClone(excel.state);
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("A3").insert("Down");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(excel.state).toEqual(before);
  });
});

describe("deleting cells", () => {
  test("body rows deleted: the table shrinks, the cells below move up, references to the deleted cells are #REF!", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A3:B3").delete("Up");
      await context.sync();
    });
    const data = sheet(excel.state);
    expect(data.tables[0]!.address).toBe("A1:B3");
    expect([value(data, "A3"), value(data, "A4"), value(data, "D5")]).toEqual(["开罗市", "合计", "备注"]);
    expect(formulas(excel.state)).toEqual([
      "=数据!B4",
      "=SUM(数据!$B$2:$B$3)",
      "=数据!D5",
      "=ROWS(Counts)",
      "=数据!#REF!",
    ]);
    expect(data.charts[0]!.source).toBe("数据!A1:B3");
  });

  test("the last columns of a table deleted: it keeps the rest, its headers with it", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("B1:B5").delete("Left");
      await context.sync();
    });
    const data = sheet(excel.state);
    expect(data.tables[0]).toMatchObject({ address: "A1:A4", headers: ["友城"] });
    expect(formulas(excel.state)).toEqual([
      "=数据!#REF!",
      "=SUM(数据!#REF!)",
      "=数据!C5",
      "=ROWS(Counts)",
      "=数据!#REF!",
    ]);
  });

  test("all of a table's cells deleted: the table goes, and references to it are #REF!", async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("1:4").delete("Up");
      await context.sync();
    });
    expect(sheet(excel.state).tables).toEqual([]);
    expect(formulas(excel.state)[3]).toBe("=ROWS(#REF!)");
    expect(formulas(excel.state)[2]).toBe("=数据!D1");
  });

  test("a direction that does not fit the call is InvalidArgument", async () => {
    const excel = createFakeExcel(workbook());
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("数据")
          .getRange("D5")
          .delete("Down" as "Up");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("references in formulas", () => {
  const down: Shift = { sheet: "数据", axis: "rows", kind: "insert", at: 4, count: 2, bandFrom: 0, bandTo: 3 };

  test("quoted and bare sheet names, absolute parts, whole rows and columns", () => {
    expect(shiftFormula("='数据'!B5+数据!$C$9", "我的", down)).toBe("='数据'!B7+数据!$C$11");
    // Not shifted: another sheet, outside the band, a whole column, a range across the band's edge.
    expect(shiftFormula("=Other!B5+数据!F5+SUM(数据!B:B)+SUM(数据!A5:F5)", "我的", down)).toBe(
      "=Other!B5+数据!F5+SUM(数据!B:B)+SUM(数据!A5:F5)",
    );
    // A reference without a sheet is to the formula's own sheet.
    expect(shiftFormula("=B5", "数据", down)).toBe("=B7");
    expect(shiftFormula("=B5", "我的", down)).toBe("=B5");
  });

  test("string literals, function names and structured references are not references", () => {
    expect(shiftFormula('=LOG10(数据!B5)&"数据!B5"&Counts[B5]', "我的", down)).toBe(
      '=LOG10(数据!B7)&"数据!B5"&Counts[B5]',
    );
  });
});
