import type { CellValue, SheetGrid, TableRegion } from "../core/workbook";
import type { SheetPlan } from "../core/plan/writePlan";
import type { WorkbookInventory } from "./readWorkbook";

/** A sheet set aside during a swap by an earlier version's writer, which a failed run may have left. */
const ASIDE_TABLE_SUFFIX = "_old";

/**
 * The sheet an earlier run made of a plan sheet's kind, which this run writes over in place so
 * that whatever points at it (formulas, names, links, charts of the user's) keeps pointing there.
 */
export interface PreviousSheet {
  /** Its name now. */
  sheet: string;
  /** Its table's name now. */
  table: string;
  /**
   * The table can be brought to the plan's size in place: it starts at A1 and has at least two
   * columns (so that columns inserted before its last one are inside it). Otherwise the sheet is
   * kept but its table is made again.
   */
  reusable: boolean;
  /** Body rows and columns of its table. */
  rows: number;
  columns: number;
  /** The row under the table holds something: the earlier run's totals. */
  totals: boolean;
  /** Charts on the sheet (the earlier run's chart among them). */
  charts: string[];
}

/**
 * For each plan sheet, by table name, the earlier run's sheet of its kind: the sheet holding its
 * table (under the plan's name or the other language's), or else one an earlier version's writer
 * set aside under a temporary name during a swap and did not get to delete or put back.
 */
export function previousSheets(plan: SheetPlan[], inventory: WorkbookInventory): Map<string, PreviousSheet> {
  const charts = new Map(inventory.sheets.map((s) => [s.name, s.charts]));
  const found = new Map<string, PreviousSheet>();
  const holders = [
    ...inventory.book.sheets.map((sheet) => ({ sheet, aside: false })),
    ...inventory.scratch.map((sheet) => ({ sheet, aside: true })),
  ];
  for (const { tableName } of plan) {
    const kind = tableName.toLowerCase();
    for (const { sheet, aside } of holders) {
      const table = (sheet.tables ?? []).find((t) => {
        const name = t.name.toLowerCase();
        return name === kind || (aside && name === `${kind}${ASIDE_TABLE_SUFFIX}`.toLowerCase());
      });
      if (!table || found.has(tableName)) continue;
      found.set(tableName, describe(sheet, table, charts.get(sheet.name) ?? []));
    }
  }
  return found;
}

function describe(sheet: SheetGrid, table: TableRegion, charts: string[]): PreviousSheet {
  const columns = table.lastColumn - table.firstColumn + 1;
  const below = sheet.values[table.lastRow + 1] ?? [];
  const filled = (v: CellValue | undefined) => v !== undefined && v !== null && v !== "";
  return {
    sheet: sheet.name,
    table: table.name,
    reusable: table.headerRow === 0 && table.firstColumn === 0 && columns >= 2 && table.lastRow >= 1,
    rows: table.lastRow - table.headerRow,
    columns,
    totals: below.slice(table.firstColumn, table.lastColumn + 1).some(filled),
    charts,
  };
}
