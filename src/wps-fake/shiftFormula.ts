import { columnLetter, columnNumber } from "../excel-fake/address";

const CELL_REF = /(?<![A-Za-z0-9_.$!])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative cell references of an A1 formula by `rows` and `columns`, as Excel does when
 * a conditional format's formula, given relative to the active cell, is kept relative to the top
 * left cell of the range it applies to. Text in double quotes and quoted sheet names are left as
 * they are; so are whole-column and whole-row references (A:D, 3:5).
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (_, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnLetter(columnNumber(col) + columns);
            const r = rowAbs ? row : String(Number(row) + rows);
            return `${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join("");
}
