/**
 * Excel's fault with conditional formats that share their cells, as office-js #5222, #6827 and
 * #6835 report it (src/excel-fake/conditional.ts): such a format addressed by its position in a
 * range's collection cannot be found, neither to delete it nor to read it; by its id, or read in
 * one query of the collection, it can. Directly and through the real office.js client.
 */
import { createFakeExcel, emptyWorkbookState, type FakeConditionalFormat, type FakeExcel } from "../../src/excel-fake";
import { realClient } from "../helpers/officeJsClient";

jest.setTimeout(60_000);

const rule = (address: string, formula: string): FakeConditionalFormat => ({
  address,
  type: "Custom",
  formula,
  fill: "#FFC7CE",
  fontColor: null,
  stopIfTrue: false,
});

/** A sheet with `rules` on it, in priority order. */
function withRules(...rules: FakeConditionalFormat[]): FakeExcel {
  const state = emptyWorkbookState();
  state.sheets[0]!.conditionalFormats.push(...rules);
  return createFakeExcel(state);
}

const formulas = (excel: FakeExcel) => excel.state.sheets[0]!.conditionalFormats.map((f) => f.formula);

/** #5222's script: the sheet's first conditional format deleted by its position. */
const deleteFirst = (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.getItemAt(0).delete();
  return context.sync();
};

const runs = {
  "the host": (excel: FakeExcel) => excel.run.bind(excel),
  "the web client": (excel: FakeExcel) => realClient(excel, "web", { itemIds: false }).run,
  "the Windows client": (excel: FakeExcel) => realClient(excel, "win32", { itemIds: false }).run,
};

describe.each(Object.entries(runs))("formats sharing their cells, through %s", (_name, runOf) => {
  test("two rules on A1: getItemAt(0).delete() answers ItemNotFound and deletes nothing (#5222)", async () => {
    const excel = withRules(rule("A1", "=A1>2"), rule("A1", "=A1<1"));
    await expect(runOf(excel)(deleteFirst)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(formulas(excel)).toEqual(["=A1>2", "=A1<1"]);
  });

  test("one rule on A1, or two on cells that only overlap: deleted by position", async () => {
    const one = withRules(rule("A1", "=A1>2"));
    await runOf(one)(deleteFirst);
    expect(formulas(one)).toEqual([]);

    const overlapping = withRules(rule("A1:B4", "=A1>2"), rule("A1:B5", "=A1<1"));
    await runOf(overlapping)(deleteFirst);
    expect(formulas(overlapping)).toEqual(["=A1<1"]);
  });

  test("items loaded without their ids cannot be read one by one (#6827, #6835)", async () => {
    const excel = withRules(rule("B2:B9", "=B2>2"), rule("B2:B9", "=B2<1"), rule("D2:D9", "=D2=0"));
    const read = runOf(excel)(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.load("items/type");
      await context.sync();
      const rules = formats.items.map((f) => f.custom.rule.load("formula"));
      await context.sync();
      return rules.map((r) => r.formula);
    });
    await expect(read).rejects.toMatchObject({ code: "ItemNotFound" });

    const address = runOf(excel)(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.load("items/type");
      await context.sync();
      const range = formats.items[1]!.getRange().load("address");
      await context.sync();
      return range.address;
    });
    await expect(address).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("loaded with their ids, they are read and deleted by id; one query reads them all in place", async () => {
    const excel = withRules(rule("B2:B9", "=B2>2"), rule("B2:B9", "=B2<1"), rule("D2:D9", "=D2=0"));
    const read = await runOf(excel)(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.load("items/id");
      await context.sync();
      const rules = formats.items.map((f) => f.custom.rule.load("formula"));
      const address = formats.items[1]!.getRange().load("address");
      await context.sync();
      formats.items[1]!.delete();
      await context.sync();
      return { formulas: rules.map((r) => r.formula), address: address.address };
    });
    expect(read).toEqual({ formulas: ["=B2>2", "=B2<1", "=D2=0"], address: "Sheet1!B2:B9" });
    expect(formulas(excel)).toEqual(["=B2>2", "=D2=0"]);

    const queried = await runOf(excel)(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange()
        .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      return formats.items.map((f) => f.customOrNullObject.rule.formula);
    });
    expect(queried).toEqual(["=B2>2", "=D2=0"]);
  });

  test("in a build without the fault, the rule is deleted by position", async () => {
    const excel = withRules(rule("A1", "=A1>2"), rule("A1", "=A1<1"));
    excel.inject.conditionalFormatBugs(false);
    await runOf(excel)(deleteFirst);
    expect(formulas(excel)).toEqual(["=A1<1"]);
  });
});

test("Excel gives loaded items their ids: the client addresses them by id, and the delete is answered", async () => {
  const excel = withRules(rule("A1", "=A1>2"), rule("A1", "=A1<1"));
  const { run } = realClient(excel, "web", { itemIds: true });
  await run(async (context) => {
    const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.load("items/type");
    await context.sync();
    formats.items[0]!.delete();
    await context.sync();
  });
  expect(formulas(excel)).toEqual(["=A1<1"]);
});
