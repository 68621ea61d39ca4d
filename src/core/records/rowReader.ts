import type { SheetLayout } from "../model";
import type { CellValue, SheetGrid } from "../workbook";
import type { FieldId } from "../detect/fields";
import { cellText } from "../text/cellText";
import { isExcelError } from "../text/isExcelError";
import { parseDate, type DateValue } from "../values/parseDate";

/**
 * One record's cells, read by field rather than by column. A class, not closures: the exchange
 * log makes one per row, 100,000 of them.
 */
class RowReader {
  readonly sheet: string;
  private readonly cells: CellValue[];
  private readonly formats: (string | null)[] | undefined;
  private readonly date1904: boolean;

  constructor(
    grid: SheetGrid,
    private readonly layout: SheetLayout,
    /** 1-based Excel row. */
    readonly row: number,
  ) {
    this.sheet = layout.name;
    this.cells = grid.values[row - 1] ?? [];
    this.formats = grid.formats?.[row - 1];
    this.date1904 = grid.date1904 === true;
  }

  column(field: FieldId): number | null {
    return this.layout.columns[field] ?? null;
  }

  value(field: FieldId): CellValue {
    const c = this.layout.columns[field];
    return c === undefined ? null : (this.cells[c] ?? null);
  }

  /** The cell's text; an Excel error (#REF! where a partner's name should be) reads as blank. */
  text(field: FieldId): string {
    const t = cellText(this.value(field));
    return t.startsWith("#") && isExcelError(t) ? "" : t;
  }

  date(field: FieldId): DateValue {
    const c = this.layout.columns[field];
    return c === undefined
      ? { kind: "blank" }
      : parseDate(this.cells[c] ?? null, this.formats?.[c] ?? null, this.date1904);
  }
}

export function rowReader(grid: SheetGrid, layout: SheetLayout, row: number): RowReader {
  return new RowReader(grid, layout, row);
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
