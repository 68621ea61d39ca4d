import ExcelJS from "exceljs";
import { toExcelSerial } from "../../src/core/dates/isoDate";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { replaceSameLength, storedXlsx } from "./fixtures";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const ZH_DATE = 'yyyy"年"m"月"d"日"';

async function roundTrip(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return readWorkbookBuffer(await workbook.xlsx.writeBuffer());
}

describe("readWorkbookBuffer: cells", () => {
  test("a date cell is its 1900-system serial, with its number format beside it", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("名册");
      ws.getCell("A1").value = "签署日期";
      ws.getCell("A2").value = utc(2016, 4, 18);
      ws.getCell("A2").numFmt = ZH_DATE;
      ws.getCell("A3").value = utc(2020, 2, 29);
      ws.getCell("A3").numFmt = "yyyy/m/d";
      ws.getCell("B2").value = 42;
    });
    const [sheet] = book.sheets;
    expect(sheet.values[1][0]).toBe(toExcelSerial("2016-04-18"));
    expect(sheet.values[1][0]).toBe(42478);
    expect(sheet.values[2][0]).toBe(toExcelSerial("2020-02-29"));
    expect(sheet.formats?.[1][0]).toBe(ZH_DATE);
    expect(sheet.formats?.[2][0]).toBe("yyyy/m/d");
    expect(sheet.formats?.[1][1]).toBe("General");
    expect(sheet.values[1][1]).toBe(42);
  });

  test("a 1904-system workbook gives the serial of its own system, and says which system it is", async () => {
    const book = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = utc(2026, 11, 27);
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(book.date1904).toBe(true);
    expect(book.sheets[0].date1904).toBe(true);
    expect(book.sheets[0].values[0][0]).toBe(toExcelSerial("2026-11-27", true));
    expect(book.sheets[0].values[0][0]).toBe(toExcelSerial("2026-11-27") - 1462);
  });

  test("formulas give their cached result: a date as a serial, an error as its text, none as null and listed", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "DATE(2026,11,27)", result: utc(2026, 11, 27) };
      ws.getCell("A1").numFmt = ZH_DATE;
      ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("A3").value = { formula: "B9*2" };
      ws.getCell("A4").value = { formula: '"到期"', result: "到期" };
      ws.getCell("A5").value = { formula: "2+3", result: 5 };
      ws.getCell("B5").value = "end";
    });
    const column = book.sheets[0].values.map((row) => row[0]);
    expect(column).toEqual([toExcelSerial("2026-11-27"), "#DIV/0!", null, "到期", 5]);
    expect(book.sheets[0].uncalculated).toEqual([[2, 0]]);
  });

  test("error cells are their text; rich text and hyperlinks are their text; booleans stay booleans", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { error: "#N/A" };
      ws.getCell("A2").value = { error: "#REF!" };
      ws.getCell("A3").value = { richText: [{ text: "上海市" }, { font: { bold: true }, text: "静安区" }] };
      ws.getCell("A4").value = { text: "友城名录", hyperlink: "#'名册'!A1" };
      ws.getCell("A5").value = true;
      ws.getCell("A6").value = "";
      ws.getCell("B6").value = "end";
    });
    expect(book.sheets[0].values.map((row) => row[0])).toEqual(["#N/A", "#REF!", "上海市静安区", "友城名录", true, ""]);
  });

  test("a merged range keeps its value in the top-left cell only", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "北京市西城区国内友好城市（区）一览表";
      ws.mergeCells("A1:D1");
      ws.getCell("B3").value = "备注";
      ws.mergeCells("B3:B5");
      ws.getCell("D5").value = "x";
    });
    const { values } = book.sheets[0];
    expect(values[0]).toEqual(["北京市西城区国内友好城市（区）一览表", null, null, null]);
    expect(values.map((row) => row[1])).toEqual([null, null, "备注", null, null]);
  });

  test("the grid is a rectangle from A1 to the last cell holding something", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("C2").value = "x";
      ws.getCell("A4").value = 1;
      ws.getCell("F9").numFmt = ZH_DATE; // styled but empty: not part of the data
    });
    const { values } = book.sheets[0];
    expect(values).toHaveLength(4);
    expect(values.every((row) => row.length === 3)).toBe(true);
    expect(values[1][2]).toBe("x");
    expect(values[3][0]).toBe(1);
    expect(values[0]).toEqual([null, null, null]);
  });

  test("worksheet order is kept; an empty sheet is an empty grid", async () => {
    const book = await roundTrip((wb) => {
      wb.addWorksheet("结好城市名册").getCell("A1").value = 1;
      wb.addWorksheet("空白");
      wb.addWorksheet("交流往来记录").getCell("A1").value = 2;
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["结好城市名册", "空白", "交流往来记录"]);
    expect(book.sheets[1].values).toEqual([]);
  });
});

describe("readWorkbookBuffer: tables", () => {
  function withTable(wb: ExcelJS.Workbook, options: { headerRow?: boolean; totalsRow?: boolean } = {}): void {
    const ws = wb.addWorksheet("交流");
    ws.getCell("A1").value = "2026年交流往来登记";
    ws.addTable({
      name: "交流往来",
      ref: "B3",
      headerRow: options.headerRow ?? true,
      totalsRow: options.totalsRow ?? false,
      columns: [
        { name: "活动日期", totalsRowLabel: "合计" },
        { name: "友好城市（区）" },
        { name: "参加人数", totalsRowFunction: "sum" },
      ],
      rows: [
        [utc(2026, 3, 5), "静安区", 12],
        [utc(2026, 4, 9), "南开区", 8],
        [utc(2026, 5, 1), "西湖区", 5],
      ],
    });
  }

  test("a table's header row, last body row and columns are 0-based", async () => {
    const book = await roundTrip((wb) => withTable(wb));
    expect(book.sheets[0].tables).toEqual([
      { name: "交流往来", headerRow: 2, lastRow: 5, firstColumn: 1, lastColumn: 3 },
    ]);
    expect(book.sheets[0].values[2].slice(1)).toEqual(["活动日期", "友好城市（区）", "参加人数"]);
    expect(book.sheets[0].values[3][1]).toBe(toExcelSerial("2026-03-05"));
  });

  test("a totals row is not part of the body", async () => {
    const book = await roundTrip((wb) => withTable(wb, { totalsRow: true }));
    expect(book.sheets[0].tables?.[0]).toMatchObject({ headerRow: 2, lastRow: 5 });
    expect(book.sheets[0].values[6][1]).toBe("合计");
  });

  test("a table as Excel writes it (no headerRowCount attribute: the default, a header row) is kept", async () => {
    const wb = new ExcelJS.Workbook();
    withTable(wb);
    const excelLike = replaceSameLength(await storedXlsx(wb), ' headerRowCount="1"', " ".repeat(19));
    const book = await readWorkbookBuffer(excelLike);
    expect(book.sheets[0].tables).toEqual([
      { name: "交流往来", headerRow: 2, lastRow: 5, firstColumn: 1, lastColumn: 3 },
    ]);
  });

  test("a table without a header row names no columns and is left out", async () => {
    const book = await roundTrip((wb) => withTable(wb, { headerRow: false }));
    expect(book.sheets[0].values[2][2]).toBe("静安区");
    expect(book.sheets[0].tables).toEqual([]);
  });
});
