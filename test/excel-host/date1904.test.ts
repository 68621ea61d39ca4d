/**
 * A 1904 workbook inside Excel: `range.values` are serials of the 1904 system. Where ExcelApi 1.16
 * tells the add-in so (`Workbook.use1904DateSystem`), it reads and writes dates in that system;
 * where it cannot tell, it takes the 1900 system, and says so in the README.
 */
import { analyzeWorkbook } from "../../src/core/analyze";
import { toExcelSerial, type IsoDate } from "../../src/core/dates/isoDate";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { checkWorkbook, writeWorkbook } from "../../src/excel-host/workbookService";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { date1904, register } from "../excel-file/programs/handEdited";

const TODAY = "2026-11-27" as IsoDate;
const globals = globalThis as { Office?: unknown };

function officeWith(api116: boolean): void {
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => api116 && set === "ExcelApi" && version <= "1.16",
      },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

const lastDays = (analysis: { agreements: { partner: string; lastDay: string | null }[] }) =>
  analysis.agreements.map((a) => [a.partner, a.lastDay]);

describe.each(["1", "true"] as const)('a workbook saved with date1904="%s"', (spelling) => {
  test("the in-memory host holds the 1904 serials Excel's range.values gives", async () => {
    const state = await fakeStateFromXlsx(await date1904(spelling));
    expect(state.date1904).toBe(true);
    expect(state.sheets[0]!.cells["2,3"]!.value).toBe(toExcelSerial("2016-05-03", true));
  });

  test("with ExcelApi 1.16: the same report as the 1900 workbook, and the expiry sheet in 1904 serials", async () => {
    officeWith(true);
    const plain = analyzeWorkbook(await readWorkbookBuffer(await register()), { today: TODAY });
    const excel = createFakeExcel(await fakeStateFromXlsx(await date1904(spelling)));
    const checked = await checkWorkbook(excel.run, { lang: "zh-CN", today: TODAY });
    expect(lastDays(checked.analysis)).toEqual(lastDays(plain));
    expect(checked.analysis.agreements.map((a) => a.status)).toEqual(plain.agreements.map((a) => a.status));

    const written = await writeWorkbook(excel.run, { lang: "zh-CN", today: TODAY }, "all");
    const expiry = written.plan!.sheets[0]!;
    const sheet = excel.state.sheets.find((s) => s.name === expiry.name)!;
    const live = plain.agreements.filter((a) => a.status !== "terminated").sort((a, b) => a.daysLeft! - b.daysLeft!);
    live.forEach((a, i) => expect(sheet.cells[`${i + 1},3`]!.value).toBe(toExcelSerial(a.lastDay!, true)));
  });

  test("without ExcelApi 1.16 the 1900 system is taken: the dates read 1,462 days early (the README says so)", async () => {
    officeWith(false);
    const excel = createFakeExcel(await fakeStateFromXlsx(await date1904(spelling)));
    const checked = await checkWorkbook(excel.run, { lang: "zh-CN", today: TODAY });
    expect(checked.analysis.agreements[0]!.lastDay).toBe("2022-05-01");
  });
});
