import type { SheetLayout } from "../model";
import type { CellValue, SheetGrid } from "../workbook";
import type { FieldId } from "../detect/fields";
import { cellText } from "../text/cellText";
import { parseDate, type DateValue } from "../values/parseDate";

/** One record's cells, read by field rather than by column. */
export interface RowReader {
  readonly sheet: string;
  /** 1-based Excel row. */
  readonly row: number;
  column(field: FieldId): number | null;
  value(field: FieldId): CellValue;
  text(field: FieldId): string;
  date(field: FieldId): DateValue;
}

export function rowReader(grid: SheetGrid, layout: SheetLayout, row: number): RowReader {
  const cells = grid.values[row - 1] ?? [];
  const formats = grid.formats?.[row - 1];
  const column = (field: FieldId): number | null => layout.columns[field] ?? null;
  const value = (field: FieldId): CellValue => {
    const c = column(field);
    return c === null ? null : (cells[c] ?? null);
  };
  return {
    sheet: layout.name,
    row,
    column,
    value,
    text: (field) => cellText(value(field)),
    date: (field) => {
      const c = column(field);
      return c === null ? { kind: "blank" } : parseDate(cells[c] ?? null, formats?.[c] ?? null);
    },
  };
}

/** A date read from a cell, kept with where it came from so that findings can point at it. */
export interface DateCell {
  field: FieldId;
  column: number | null;
  value: DateValue;
}

export function dateCell(r: RowReader, field: FieldId): DateCell {
  return { field, column: r.column(field), value: r.date(field) };
}

/** The date of a cell that holds one, else null. */
export function dateOf(cell: DateCell): string | null {
  return cell.value.kind === "date" ? cell.value.date : null;
}
