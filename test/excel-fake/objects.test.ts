import { createFakeExcel, emptyWorkbookState } from "../../src/excel-fake";

async function failure(run: Promise<unknown>): Promise<{ code: string; debugInfo: { errorLocation?: string } }> {
  try {
    await run;
  } catch (error) {
    return error as { code: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error("expected a rejection");
}

describe("values, formulas and formats", () => {
  test('a string "=…" written through values is a formula on a General cell and text on a "@" cell', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:B1").values = [['=HYPERLINK("x")', '=HYPERLINK("x")']];
      const formulas = sheet.getRange("A1:B1").load("formulas, values, valueTypes");
      await context.sync();
      expect(formulas.formulas).toEqual([['=HYPERLINK("x")', '=HYPERLINK("x")']]);
      // The host does not calculate: the formula's value is unknown (null); the text cell is the string.
      expect(formulas.values).toEqual([[null, '=HYPERLINK("x")']]);
    });
    expect(excel.state.sheets[0]!.cells["0,0"]).toEqual({ value: null, formula: '=HYPERLINK("x")' });
    expect(excel.state.sheets[0]!.cells["0,1"]).toEqual({ value: '=HYPERLINK("x")', numberFormat: "@" });
  });

  test("strings are read as typed on General cells: numbers, percentages, booleans, ISO dates; formulas always set formulas", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:E1").values = [["007", "12%", "true", "2024-01-05", "text"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").formulas = [["=1+1"]];
      const r = sheet.getRange("A1:E1").load("values, numberFormat, valueTypes");
      await context.sync();
      expect(r.values).toEqual([[7, 0.12, true, 45296, "text"]]);
      expect(r.numberFormat).toEqual([["General", "0%", "General", "m/d/yyyy", "General"]]);
      expect(r.valueTypes).toEqual([["Double", "Double", "Boolean", "Double", "String"]]);
    });
    expect(excel.state.sheets[0]!.cells["1,0"]!.formula).toBe("=1+1");
  });

  test("a 2-D array must match the range's shape (InvalidArgument); null leaves a cell as it is", async () => {
    const excel = createFakeExcel();
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.values = [[null, 3]];
    });
    expect(excel.state.sheets[0]!.cells).toEqual({ "0,0": { value: 1 }, "0,1": { value: 3 } });
  });

  test("addresses, derived ranges, fonts, fills, widths and links", async () => {
    const excel = createFakeExcel(emptyWorkbookState(["My sheet"]));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("My sheet");
      const base = sheet.getRange("'My sheet'!B2:D5");
      const cell = base.getCell(1, 2).load("address");
      const resized = base.getResizedRange(1, -1).load("address");
      const offset = base.getOffsetRange(1, 1).load("address, rowIndex, columnIndex, rowCount, columnCount");
      const row = base.getRow(0).load("address");
      const column = sheet.getRange("A:A").load("address, isEntireColumn");
      const third = sheet.getRange("3:3").load("address");
      base.getRow(0).format.font.bold = true;
      base.getRow(0).format.fill.color = "#ffcc00";
      sheet.getRange("B:C").format.columnWidth = 100;
      sheet.getRange("E1").hyperlink = { documentReference: "'My sheet'!B4", textToDisplay: "go" };
      await context.sync();
      expect(cell.address).toBe("'My sheet'!D3");
      expect(resized.address).toBe("'My sheet'!B2:C6");
      expect([offset.address, offset.rowIndex, offset.columnIndex, offset.rowCount, offset.columnCount]).toEqual([
        "'My sheet'!C3:E6",
        2,
        2,
        4,
        3,
      ]);
      expect(row.address).toBe("'My sheet'!B2:D2");
      expect([column.address, column.isEntireColumn, third.address]).toEqual([
        "'My sheet'!A:A",
        true,
        "'My sheet'!3:3",
      ]);
      const font = base.getRow(0).format.font.load("bold, color");
      const mixed = base.format.font.load("bold");
      await context.sync();
      expect([font.bold, font.color, mixed.bold]).toEqual([true, "#000000", null]);
    });
    const sheet = excel.state.sheets[0]!;
    expect(sheet.cells["1,1"]).toEqual({ value: null, bold: true, fill: "#FFCC00" });
    expect(sheet.columnWidths).toEqual({ 1: 100, 2: 100 });
    expect(sheet.cells["0,4"]).toEqual({
      value: "go",
      hyperlink: { documentReference: "'My sheet'!B4", textToDisplay: "go" },
    });
  });
});

test("useStandardWidth gives columns the sheet's standard width again; it reads true only where none is set", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A:D").format.columnWidth = 100;
    sheet.getRange("B:C").format.useStandardWidth = true;
    const mixed = sheet.getRange("A:B").format.load("useStandardWidth");
    const reset = sheet.getRange("B:C").format.load("useStandardWidth, columnWidth");
    await context.sync();
    expect([mixed.useStandardWidth, reset.useStandardWidth, reset.columnWidth]).toEqual([false, true, 48]);
  });
  expect(excel.state.sheets[0]!.columnWidths).toEqual({ 0: 100, 3: 100 });
});

describe("worksheets", () => {
  test("add refuses duplicates (case-insensitively) and bad names; getItem of a missing sheet fails", async () => {
    const excel = createFakeExcel();
    const cases: [string, string][] = [
      ["SHEET1", "ItemAlreadyExists"],
      ["a".repeat(32), "InvalidArgument"],
      ["a/b", "InvalidArgument"],
      ["a[1]", "InvalidArgument"],
    ];
    for (const [name, code] of cases) {
      const error = await failure(
        excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each case is its own Excel.run
          await context.sync();
        }),
      );
      expect(error.code).toBe(code);
    }
    const missing = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    );
    expect(missing).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add("a".repeat(31));
      added.name = "Renamed";
      added.position = 0;
      added.visibility = "Hidden";
    });
    expect(excel.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Renamed", "Hidden"],
      ["Sheet1", "Visible"],
    ]);
  });

  test("the last visible sheet cannot be deleted", async () => {
    const excel = createFakeExcel();
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(excel.state.sheets).toHaveLength(1);
  });

  test("freeze panes and their location", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const before = panes.getLocationOrNullObject();
      await context.sync();
      expect(before.isNullObject).toBe(true);
      panes.freezeRows(2);
      const after = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(after.address).toBe("Sheet1!1:2");
    });
    expect(excel.state.sheets[0]!.freezeRows).toBe(2);
  });

  test("a protected sheet refuses writes with AccessDenied; protection is loadable", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    const error = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const protection = sheet.protection.load("protected");
        await context.sync();
        expect(protection.protected).toBe(true);
        sheet.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } });
    expect(excel.state.sheets[0]!.cells).toEqual({});
  });
});

describe("tables", () => {
  test("add names tables Table1…, fixes headers, refuses overlaps and duplicate names", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["Name", "", "Name"]];
      const table = sheet.tables.add("A1:C3", true);
      table.load("name");
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect(header.values).toEqual([["Name", "Column2", "Name2"]]);
      expect(body.address).toBe("Sheet1!A2:C3");
      sheet.tables.add("C3:D4", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const second = context.workbook.tables.add("Sheet1!E1:F2", true);
      second.name = "table1";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      const tables = context.workbook.tables.load("items/name");
      const nullTable = context.workbook.tables.getItemOrNullObject("nope");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["Table1", "Table2"]);
      expect(nullTable.isNullObject).toBe(true);
    });
    expect(excel.state.sheets[0]!.tables.map((t) => [t.name, t.address, t.headers])).toEqual([
      ["Table1", "A1:C3", ["Name", "Column2", "Name2"]],
      ["Table2", "E1:F2", ["Column1", "Column2"]],
    ]);
  });
});

describe("charts", () => {
  test("add stores type, source, title and position", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C5"), "Columns");
      chart.title.text = "Exchanges";
      chart.setPosition("E2", "L18");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
    expect(excel.state.sheets[0]!.charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "Sheet1!A1:C5",
        seriesBy: "Columns",
        title: "Exchanges",
        position: { from: "E2", to: "L18" },
      },
    ]);
  });
});

describe("conditional formats", () => {
  test("listed through an intersecting range, newest first, and deletable", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A2:D10").conditionalFormats.add("Custom");
      a.custom.rule.formula = "=$D2<TODAY()";
      a.custom.format.fill.color = "#FFC7CE";
      a.custom.format.font.color = "#9C0006";
      const b = sheet.getRange("F1:F3").conditionalFormats.add("Custom");
      b.custom.rule.formula = "=TRUE";
      await context.sync();
      const seen = sheet
        .getRange("C5")
        .conditionalFormats.load("items/type,items/priority,items/customOrNullObject/rule/formula");
      const count = sheet.getRange("A1:F10").conditionalFormats.getCount();
      const none = sheet.getRange("H1").conditionalFormats.load("items");
      await context.sync();
      expect(seen.items.map((cf) => [cf.type, cf.priority, cf.customOrNullObject.rule.formula])).toEqual([
        ["Custom", 1, "=$D2<TODAY()"],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load: the sync fills it
      expect(count.value).toBe(2);
      expect(none.items).toHaveLength(0);
      seen.items[0]!.delete();
    });
    expect(excel.state.sheets[0]!.conditionalFormats).toEqual([
      { address: "F1:F3", type: "Custom", formula: "=TRUE", fill: null, fontColor: null, stopIfTrue: false },
    ]);
  });

  test("clearAll removes the range's part of each format", async () => {
    const state = emptyWorkbookState();
    state.sheets[0]!.conditionalFormats.push({
      address: "A1:A10",
      type: "Custom",
      formula: "=1",
      fill: "#FF0000",
      fontColor: null,
      stopIfTrue: false,
    });
    const excel = createFakeExcel(state);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").conditionalFormats.clearAll();
    });
    expect(state.sheets[0]!.conditionalFormats.map((cf) => cf.address)).toEqual(["A5:A10"]);
  });
});

describe("settings", () => {
  test("add, read back, overwrite and delete", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("lang", "zh-CN");
      settings.add("config", { year: 2025, rules: ["a", "b"] });
      await context.sync();
      const item = settings.getItem("config").load("value");
      const missing = settings.getItemOrNullObject("nope");
      settings.load("items/key,items/value");
      await context.sync();
      expect(item.value).toEqual({ year: 2025, rules: ["a", "b"] });
      expect(missing.isNullObject).toBe(true);
      expect(settings.items.map((s) => [s.key, s.value])).toEqual([
        ["lang", "zh-CN"],
        ["config", { year: 2025, rules: ["a", "b"] }],
      ]);
      settings.add("lang", "en-US");
      settings.getItem("config").delete();
    });
    expect(excel.state.settings).toEqual({ lang: "en-US" });
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.settings.getItem("config").load("value");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("fault injection", () => {
  test("failSync fails the Nth round trip after K operations", async () => {
    const excel = createFakeExcel();
    excel.inject.failSync(2, "GeneralException", { afterOperations: 1 });
    const error = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["one"]];
        await context.sync();
        sheet.getRange("A2").values = [["two"]];
        sheet.getRange("A3").values = [["three"]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "GeneralException",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(Object.keys(excel.state.sheets[0]!.cells).sort()).toEqual(["0,0", "1,0"]);
  });

  test("protectSheet makes writes fail with AccessDenied", async () => {
    const excel = createFakeExcel();
    excel.inject.protectSheet("Sheet1");
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true;
      }),
    );
    expect(error.code).toBe("AccessDenied");
    excel.inject.unprotectSheet("Sheet1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true;
    });
    expect(excel.state.sheets[0]!.cells["0,0"]).toEqual({ value: null, bold: true });
  });

  test("cell edit mode fails every round trip until cleared", async () => {
    const excel = createFakeExcel();
    excel.inject.setCellEditMode(true);
    for (let i = 0; i < 2; i++) {
      const error = await failure(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[i]];
        }),
      );
      expect(error.code).toBe("InvalidOperationInCellEditMode");
    }
    expect(excel.state.sheets[0]!.cells).toEqual({});
    excel.inject.clear();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[9]];
    });
    expect(excel.state.sheets[0]!.cells["0,0"]).toEqual({ value: 9 });
  });
});
