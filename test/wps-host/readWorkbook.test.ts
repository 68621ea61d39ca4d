import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetGrid } from "../../src/core/workbook";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { readWorkbook as readWithOfficeJs } from "../../src/excel-host/readWorkbook";
import { createFakeEt } from "../../src/wps-fake";
import { readWorkbook } from "../../src/wps-host/readWorkbook";
import { readSettings, writeSetting } from "../../src/wps-host/settingsStore";

jest.setTimeout(60_000);

const DEMO = join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");
const SHARED_SAMPLE = join(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");

/** Filled cells, and the formats of numbers: what the core reads (a number is a date by its format). */
function filled(sheet: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null) out[`${r},${c}`] = typeof v === "number" ? [v, sheet.formats?.[r]?.[c]] : v;
    }),
  );
  return out;
}

test.each([
  ["the demo workbook", DEMO],
  ["the office's sample", SHARED_SAMPLE],
])("the ET shell reads %s into the grids the office-js shell reads", async (_, file) => {
  const buffer = readFileSync(file);
  const excel = createFakeExcel(await fakeStateFromXlsx(buffer));
  const et = createFakeEt(await fakeStateFromXlsx(buffer));
  const expected = await excel.run((context) => readWithOfficeJs(context));
  const actual = readWorkbook(et.Application.ActiveWorkbook);
  expect(actual.book.sheets.map((s) => s.name)).toEqual(expected.book.sheets.map((s) => s.name));
  for (const [i, sheet] of actual.book.sheets.entries()) {
    const other = expected.book.sheets[i]!;
    expect([sheet.name, filled(sheet)]).toEqual([other.name, filled(other)]);
    expect(sheet.tables).toEqual(other.tables);
  }
  // The charts on the add-in's sheets are read only by the office-js shell, which writes over them in place.
  expect(actual.sheets).toEqual(
    expected.sheets.map(({ name, position, protected: locked }) => ({ name, position, protected: locked })),
  );
  // One Value2 per block of rows: these sheets are one block each.
  expect(et.uses["EtRange.Value2"]).toBe(actual.book.sheets.length);
});

test("formats are read once per block when its cells share one, else per run of numbers in a column, per cell only where a run mixes", async () => {
  const et = createFakeEt();
  const ws = et.Application.ActiveWorkbook.Worksheets.Item(1);
  ws.Range("A1:C4").Value2 = [
    ["日期", "数", "混"],
    [46000, 1, 46001],
    [46001, 2, 3],
    [46002, 3, ""],
  ];
  ws.Range("A2:A4").NumberFormat = "yyyy-mm-dd";
  ws.Range("C2").NumberFormat = "yyyy-mm-dd";
  const reads = () => et.uses["EtRange.NumberFormat"] ?? 0;
  const book = readWorkbook(et.Application.ActiveWorkbook).book;
  expect(book.sheets[0]!.formats).toEqual([
    [null, null, null],
    ["yyyy-mm-dd", "General", "yyyy-mm-dd"],
    ["yyyy-mm-dd", "General", "General"],
    ["yyyy-mm-dd", "General", null],
  ]);
  // The block, the numbers of each column (A2:A4, B2:B4, C2:C3), then C2 and C3 apart.
  expect(reads()).toBe(1 + 3 + 2);
});

test("a setting longer than a document property holds is kept in parts and read back whole", () => {
  const et = createFakeEt();
  const props = et.Application.ActiveWorkbook.CustomDocumentProperties;
  const long = JSON.stringify({ names: "友城".repeat(300) });
  writeSetting(props, "PartnerCities.settings", long);
  expect(et.properties.map((p) => p.name)).toEqual([
    "PartnerCities.settings",
    "PartnerCities.settings#2",
    "PartnerCities.settings#3",
  ]);
  expect(readSettings(props, ["PartnerCities.settings", "other"])).toEqual(new Map([["PartnerCities.settings", long]]));
  writeSetting(props, "PartnerCities.settings", "{}");
  expect(et.properties).toEqual([{ name: "PartnerCities.settings", value: "{}" }]);
  writeSetting(props, "PartnerCities.settings", null);
  expect(et.properties).toEqual([]);
});
