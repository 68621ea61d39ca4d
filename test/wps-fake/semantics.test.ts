import { emptyWorkbookState } from "../../src/excel-fake/state";
import { createFakeEt, ERROR_CODES, ET_ENUMS } from "../../src/wps-fake";

/** The rules of the ET model the in-memory host holds code to, where WPS differs from office-js. */
function book() {
  const et = createFakeEt(emptyWorkbookState(["Data", "Other"]));
  return { et, wb: et.Application.ActiveWorkbook, ws: et.Application.ActiveWorkbook.Worksheets.Item("Data") };
}

test("Value2 is the value itself for one cell and rows of values for more; empty is undefined, an error its code", () => {
  const { et, ws } = book();
  ws.Range("A1:B2").Value2 = [
    [1, "x"],
    [true, ""],
  ];
  expect(ws.Range("A1").Value2).toBe(1);
  expect(ws.Range("A1:B2").Value2).toEqual([
    [1, "x"],
    [true, undefined],
  ]);
  et.state.sheets[0]!.cells["2,0"] = { value: "#N/A", error: true };
  expect(ws.Range("A3").Value2).toBe(ERROR_CODES["#N/A"]);
  expect(() => (ws.Range("A1:B2").Value2 = [[1, 2]])).toThrow("1 rows given for a range of 2 × 2");
});

test("a string is read as typed unless its cell is formatted as text", () => {
  const { et, ws } = book();
  ws.Range("A1").Value2 = "=1+1";
  ws.Range("B1").NumberFormat = "@";
  ws.Range("B1").Value2 = "=1+1";
  expect(et.state.sheets[0]!.cells["0,0"]!.formula).toBe("=1+1");
  expect(et.state.sheets[0]!.cells["0,1"]).toEqual({ value: "=1+1", numberFormat: "@" });
});

test("NumberFormat is the cells' shared format, or null when they differ", () => {
  const { ws } = book();
  ws.Range("A1:A2").NumberFormat = "yyyy-mm-dd";
  expect(ws.Range("A1:A2").NumberFormat).toBe("yyyy-mm-dd");
  expect(ws.Range("A1:B2").NumberFormat).toBeNull();
  expect(ws.Range("C1").NumberFormat).toBe("General");
});

test("Worksheets.Add puts the new sheet before the active one and makes it active; Delete asks unless alerts are off", () => {
  const { et, wb } = book();
  const added = wb.Worksheets.Add();
  expect(et.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", "Other"]);
  expect(wb.ActiveSheet.Name).toBe("Sheet1");
  wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count)).Name = "Last";
  expect(wb.Worksheets.Item(4).Name).toBe("Last");
  expect(() => added.Delete()).toThrow("would ask the user");
  et.Application.DisplayAlerts = false;
  added.Delete();
  expect(et.state.sheets.map((s) => s.name)).toEqual(["Data", "Other", "Last"]);
  expect(() => added.Name).toThrow("deleted");
});

test("a conditional format's relative references are read from the active cell", () => {
  const { et, ws } = book();
  ws.Activate();
  ws.Range("C5").Select();
  ws.Range("A3:D9").FormatConditions.Add(ET_ENUMS.xlExpression, undefined, "=$B5>1");
  ws.Range("A1").Select();
  ws.Range("A3:D9").FormatConditions.Add(ET_ENUMS.xlExpression, undefined, "=$B1>1");
  expect(et.state.sheets[0]!.conditionalFormats.map((f) => f.formula)).toEqual(["=$B3>1", "=$B3>1"]);
  expect(ws.Cells.FormatConditions.Item(1).Formula1).toBe("=$B1>1");
  expect(() => ws.Cells.FormatConditions.Add(1, 3, "1")).toThrow("xlExpression only");
});

test("colours are BGR numbers", () => {
  const { et, ws } = book();
  const condition = ws.Range("A1:A2").FormatConditions.Add(ET_ENUMS.xlExpression, undefined, "=TRUE");
  condition.Interior.Color = 0xcec7ff; // #FFC7CE
  expect(et.state.sheets[0]!.conditionalFormats[0]!.fill).toBe("#FFC7CE");
});

test("a protected sheet refuses writes", () => {
  const { et, ws } = book();
  et.protectSheet("Data");
  expect(ws.ProtectContents).toBe(true);
  expect(() => (ws.Range("A1").Value2 = 1)).toThrow("protected sheet");
});

test("a text document property holds at most 255 characters", () => {
  const { wb } = book();
  const props = wb.CustomDocumentProperties;
  props.Add("k", false, ET_ENUMS.msoPropertyTypeString, "x".repeat(255));
  expect(() => props.Add("l", false, ET_ENUMS.msoPropertyTypeString, "x".repeat(256))).toThrow("255");
  expect(() => props.Item("missing")).toThrow("no such property");
  expect(props.Item(1).Value).toBe("x".repeat(255));
});

test("a table takes its header from the first row and a unique name", () => {
  const { et, ws } = book();
  ws.Range("A1:B2").Value2 = [
    ["名称", ""],
    [1, 2],
  ];
  const table = ws.ListObjects.Add(ET_ENUMS.xlSrcRange, ws.Range("A1:B2"), undefined, ET_ENUMS.xlYes);
  expect(table.Name).toBe("Table1");
  expect(et.state.sheets[0]!.tables[0]!.headers).toEqual(["名称", "Column2"]);
  expect(() => ws.ListObjects.Add(ET_ENUMS.xlSrcRange, ws.Range("B2:C3"), undefined, ET_ENUMS.xlYes)).toThrow(
    "overlap",
  );
  table.Name = "Mine";
  expect(
    () => (ws.ListObjects.Add(ET_ENUMS.xlSrcRange, ws.Range("E1:E2"), undefined, ET_ENUMS.xlYes).Name = "mine"),
  ).toThrow("already exists");
});

test("failures can be planted on the n-th use of a member, and uses are counted", () => {
  const { et, ws } = book();
  et.failAt("EtRange.Value2=", 2);
  ws.Range("A1").Value2 = 1;
  expect(() => (ws.Range("A2").Value2 = 2)).toThrow("Injected failure");
  expect(et.uses["EtRange.Value2="]).toBe(2);
  expect(ws.Range("A2").Value2).toBeUndefined();
});
