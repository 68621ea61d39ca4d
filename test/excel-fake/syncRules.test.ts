/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests read too early on purpose, to see the host refuse as office.js does */
import {
  createFakeExcel,
  emptyWorkbookState,
  REQUEST_PAYLOAD_LIMIT,
  type FakeWorkbookState,
} from "../../src/excel-fake";

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

function stateWith(cells: Record<string, string | number>): FakeWorkbookState {
  const state = emptyWorkbookState(["Sheet1", "Other"]);
  for (const [key, value] of Object.entries(cells)) state.sheets[0]!.cells[key] = { value };
  return state;
}

async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error("expected a rejection");
}

describe("load and sync", () => {
  test("reading a property before load + sync throws office.js's PropertyNotLoaded", async () => {
    const excel = createFakeExcel(stateWith({ "0,0": 1 }));
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      let thrown: unknown;
      try {
        void range.values;
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", message: NOT_LOADED });
      expect((thrown as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation).toBe("Range.values");
      range.load("values");
      // Loaded but not synced: still not available.
      expect(() => range.values).toThrow(NOT_LOADED);
      await context.sync();
      expect(range.values).toEqual([[1, ""]]);
      // Only what was loaded is available.
      expect(() => range.numberFormat).toThrow("The property 'numberFormat' is not available.");
    });
  });

  test("load takes a string list, an array, { select } and collection paths", async () => {
    const excel = createFakeExcel(stateWith({ "1,1": "x" }));
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem("Sheet1").getRange("B2").load("values, numberFormat");
      const b = sheets.getItem("Sheet1").getRange("B2").load(["address", "rowIndex"]);
      const c = sheets.getItem("Sheet1").getRange("B2").load({ select: "columnIndex,text" });
      sheets.load("items/name,items/visibility");
      await context.sync();
      expect([a.values, a.numberFormat]).toEqual([[["x"]], [["General"]]]);
      expect([b.address, b.rowIndex]).toEqual(["Sheet1!B2", 1]);
      expect([c.columnIndex, c.text]).toEqual([1, [["x"]]]);
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Sheet1", "Visible"],
        ["Other", "Visible"],
      ]);
      expect(() => sheets.items[0]!.position).toThrow("The property 'position' is not available.");
    });
  });

  test("collection items are not available before load", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      expect(() => context.workbook.worksheets.items).toThrow("The property 'items' is not available.");
    });
  });

  test("queued writes do not reach the state until sync, then apply in order", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["first", 2]];
      range.values = [["second", 3]];
      expect(excel.state.sheets[0]!.cells).toEqual({});
      // office.js keeps what was set on the proxy readable.
      expect(range.values).toEqual([["second", 3]]);
      await context.sync();
      expect(excel.state.sheets[0]!.cells).toEqual({ "0,0": { value: "second" }, "0,1": { value: 3 } });
    });
  });

  test("a failing operation keeps the earlier ones, drops the later ones and rejects with a RichApi.Error", async () => {
    const excel = createFakeExcel();
    const error = await rejection(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
    expect(excel.state.sheets[0]!.cells).toEqual({ "0,0": { value: "before" } });
  });

  test("loaded values of a failed sync are not delivered", async () => {
    const excel = createFakeExcel(stateWith({ "0,0": 5 }));
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => range.values).toThrow(NOT_LOADED);
    });
  });

  test("a request over 5 MB is refused whole", async () => {
    const excel = createFakeExcel();
    const big = "x".repeat(1024 * 1024);
    const error = await rejection(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["small"]];
        sheet.getRange("A2:A6").values = [[big], [big], [big], [big], [big]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.state.sheets[0]!.cells).toEqual({});
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT);
  });

  test("a request just under 5 MB goes through", async () => {
    const excel = createFakeExcel();
    const big = "x".repeat(1024 * 1024);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").values = [[big], [big], [big], [big]];
      await context.sync();
    });
    expect(excel.stats.requestBytes[0]).toBeLessThan(REQUEST_PAYLOAD_LIMIT);
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(4 * 1024 * 1024);
    expect(excel.state.sheets[0]!.cells["3,0"]!.value).toBe(big);
  });

  test("syncs are counted as round trips; an empty sync sends nothing; run syncs at the end", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      await context.sync();
      expect(excel.stats.syncs).toBe(0);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      expect(excel.stats.syncs).toBe(1);
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      context.application.suspendApiCalculationUntilNextSync();
    });
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.requestBytes).toHaveLength(2);
    expect(excel.stats.calculationSuspensions).toBe(1);
    expect(excel.state.sheets[0]!.cells["1,0"]).toEqual({ value: 2 });
  });

  test("a batch that throws leaves its pending operations unsent", async () => {
    const excel = createFakeExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(excel.state.sheets[0]!.cells).toEqual({});
    expect(excel.stats.syncs).toBe(0);
  });

  test("members of the real API that the host lacks say so", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.showGridlines).toThrow("Not implemented by the in-memory Excel host: Worksheet.showGridlines");
      expect(() => sheet.getRange("A1").merge()).toThrow("Not implemented by the in-memory Excel host: Range.merge");
      expect(() => sheet.getRange("A1").load("style")).toThrow(
        "Not implemented by the in-memory Excel host: Range.style",
      );
      // Names that are not API members read as undefined, as on any object.
      expect((sheet as unknown as Record<string, unknown>).somethingElse).toBeUndefined();
    });
  });
});

describe("null objects", () => {
  test("getItemOrNullObject, getUsedRangeOrNullObject and customOrNullObject report isNullObject after sync", async () => {
    const state = stateWith({ "2,3": 7 });
    const excel = createFakeExcel(state);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject("Nope");
      const present = sheets.getItemOrNullObject("sheet1");
      const used = sheets.getItem("Sheet1").getUsedRangeOrNullObject();
      const unused = sheets.getItem("Other").getUsedRangeOrNullObject();
      expect(() => missing.isNullObject).toThrow("The property 'isNullObject' is not available.");
      used.load("address");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, used.isNullObject, unused.isNullObject]).toEqual([
        true,
        false,
        false,
        true,
      ]);
      expect(used.address).toBe("Sheet1!D3");
      // A null object's properties read as undefined instead of throwing.
      expect(missing.name).toBeUndefined();
    });
  });

  test("writing through a null object fails with ItemNotFound", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
