import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { fakeStateToXlsx } from "../helpers/fakeToXlsx";

test("RangeFont.underline: set, read back (null where cells differ), cleared with the formats, kept through a file", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A2").values = [["巴黎市"], ["东京都"]];
    sheet.getRange("A1").format.font.underline = "Single";
    sheet.getRange("A2").format.font.underline = "Double";
    const one = sheet.getRange("A1").format.font.load("underline");
    const both = sheet.getRange("A1:A2").format.font.load("underline");
    const none = sheet.getRange("B1").format.font.load("underline");
    await context.sync();
    expect([one.underline, both.underline, none.underline]).toEqual(["Single", null, "None"]);
  });

  const copy = await fakeStateFromXlsx(await fakeStateToXlsx(excel.state));
  expect([copy.sheets[0]!.cells["0,0"]!.underline, copy.sheets[0]!.cells["1,0"]!.underline]).toEqual([
    "Single",
    "Double",
  ]);

  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
    range.clear("Formats");
    const font = range.format.font.load("underline");
    await context.sync();
    expect(font.underline).toBe("None");
  });
});

test("an underline style Excel does not have is refused", async () => {
  const excel = createFakeExcel();
  const run = excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.underline =
      "Wavy" as Excel.RangeUnderlineStyle;
    await context.sync();
  });
  await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
});
