import { createFakeExcel, emptyWorkbookState } from "../../src/excel-fake";

/** `Range.select()`: what the task pane uses to show a finding's cell. */
describe("Range.select", () => {
  test("records the selected sheet and address and makes the sheet the active one", async () => {
    const excel = createFakeExcel(emptyWorkbookState(["First", "结好 名册"]));
    expect(excel.state.selection).toBeUndefined();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("结好 名册").getRange("E5").select();
      await context.sync();
    });
    expect(excel.state.selection).toEqual({ sheet: "结好 名册", address: "E5" });
    expect(excel.state.activeSheet).toBe("结好 名册");

    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("First").getRange("a4:c4").select();
    });
    expect(excel.state.selection).toEqual({ sheet: "First", address: "A4:C4" });
    expect(excel.state.activeSheet).toBe("First");
  });

  test("is queued like any call: in cell edit mode nothing is selected and the sync fails", async () => {
    const excel = createFakeExcel();
    excel.inject.setCellEditMode(true);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B2").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.state.selection).toBeUndefined();
  });

  test("a range on a hidden sheet cannot be selected; a missing sheet is ItemNotFound", async () => {
    const state = emptyWorkbookState(["Shown", "Hidden"]);
    state.sheets[1]!.visibility = "Hidden";
    const excel = createFakeExcel(state);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Hidden").getRange("A1").select();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").getRange("A1").select();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.state.selection).toBeUndefined();
  });
});
