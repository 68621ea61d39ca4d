import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { sheetParts, readText } from "./ooxml";
import { readCells, sharedStrings } from "./sheetCells";

const ALL = { firstRow: 0, lastRow: 1048575, firstColumn: 0, lastColumn: 16383 };

/**
 * exceljs reads a number in a date format as a JS Date, rounded to the millisecond, and writes
 * that Date back: 45000.123456789 would come out as 45000.12345679398. The user's cells must
 * not change, so the numbers of the input are put back, exactly, on the sheets named (cells
 * that exceljs turned into Dates, and formula results it turned into Dates).
 */
export async function restoreExactSerials(
  workbook: ExcelJS.Workbook,
  input: JSZip,
  sheetNames: string[],
): Promise<void> {
  const wanted = new Set(sheetNames.map((n) => n.toLowerCase()));
  const strings = await sharedStrings(input);
  for (const part of await sheetParts(input)) {
    if (!wanted.has(part.name.toLowerCase())) continue;
    const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === part.name.toLowerCase());
    const xml = await readText(input, part.path);
    if (!ws || xml === null) continue;
    let cells: Map<string, string | number | null> | null = null;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        const isDate = value instanceof Date;
        const formula = typeof value === "object" && value !== null && !isDate && "formula" in value ? value : null;
        const resultIsDate = formula !== null && (formula as ExcelJS.CellFormulaValue).result instanceof Date;
        if (!isDate && !resultIsDate) return;
        cells ??= readCells(xml, strings, ALL);
        const serial = cells.get(`${Number(cell.row) - 1},${Number(cell.col) - 1}`);
        if (typeof serial !== "number") return;
        if (isDate) cell.value = serial;
        else cell.value = { ...(formula as ExcelJS.CellFormulaValue), result: serial } as ExcelJS.CellValue;
      }),
    );
  }
}
