import type ExcelJS from "exceljs";

/**
 * What exceljs 4.4.0 holds for a table it has READ (lib/xlsx/xform/table/table-xform.js): the
 * range is `tableRef` ("A2:J401", header and totals rows included), not `ref` (that is only
 * the top-left cell given to addTable); `headerRow` is true only when the file spells out
 * headerRowCount="1", which Excel omits because it is the default. Its typings (`getTables():
 * [Table, void][]`) do not describe this, hence the narrow shape here.
 */
export interface ExcelJsTableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
  style?: { theme?: string };
}

/** The tables exceljs read on a worksheet. */
export function tableModelsOf(worksheet: ExcelJS.Worksheet): ExcelJsTableModel[] {
  const held =
    (worksheet as unknown as { tables?: Record<string, { table?: ExcelJsTableModel } | undefined> }).tables ?? {};
  return Object.values(held).flatMap((entry) => (entry?.table ? [entry.table] : []));
}
