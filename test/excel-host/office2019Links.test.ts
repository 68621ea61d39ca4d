/**
 * Office 2019 has ExcelApi up to 1.8: no Range.setCellProperties (1.9). There the writer sets each
 * link as the cell's own hyperlink (1.7), and the workbook it leaves is the one a newer Excel gets.
 */
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { writeWorkbook } from "../../src/excel-host/workbookService";
import { registerWorkbook, REGISTER_ROWS, TODAY, toBuffer } from "../contract/writers";

const g = globalThis as { Office?: unknown };

/** Runs `body` with an Office whose ExcelApi goes up to `highest` (minor version of 1.x). */
async function withExcelApi<T>(highest: number, body: () => Promise<T>): Promise<T> {
  const saved = g.Office;
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= highest,
      },
    },
  };
  try {
    return await body();
  } finally {
    g.Office = saved;
  }
}

async function writtenUnder(highest: number) {
  const excel = createFakeExcel(await fakeStateFromXlsx(await toBuffer(registerWorkbook(REGISTER_ROWS).workbook)));
  await withExcelApi(highest, () => writeWorkbook(excel.run, { lang: "zh-CN", today: TODAY }, "all"));
  return excel;
}

const linkedCells = (excel: Awaited<ReturnType<typeof writtenUnder>>) =>
  excel.state.sheets.flatMap((s) => Object.values(s.cells).filter((c) => c.hyperlink !== undefined)).length;

test("under ExcelApi 1.8 the links are the cells' own, and the workbook equals the one 1.9 gets", async () => {
  const office2019 = await writtenUnder(8);
  const current = await writtenUnder(9);
  expect(linkedCells(office2019)).toBeGreaterThan(0);
  expect(linkedCells(office2019)).toBe(linkedCells(current));
  expect(JSON.stringify(office2019.state.sheets)).toEqual(JSON.stringify(current.state.sheets));
  // More operations cell by cell: each link is a call of its own.
  const ops = (excel: typeof current) => excel.stats.syncOperations.reduce((a, b) => a + b, 0);
  expect(ops(office2019)).toBeGreaterThan(ops(current));
});
