import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../core/workbook";
import { parseA1 } from "../core/a1";
import { HIGHLIGHT_MARKER } from "../core/plan/writePlan";

/** What a run learns of the open workbook before it writes: the grids, and handles to act on. */
export interface WorkbookInventory {
  book: WorkbookGrid;
  /** Sheets in order, with their position, for replacing one in place. */
  sheets: { name: string; position: number }[];
  /** The add-in's own conditional formats, by sheet, found by the marker in their formula. */
  ownHighlights: { sheet: string; format: Excel.ConditionalFormat }[];
  /** Stored settings, by key. */
  settings: Map<string, unknown>;
}

/**
 * Reads every sheet's used cells (values and number formats), the Excel tables, the settings and
 * the conditional formats, in two round trips: one to learn the names, one for the contents.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookInventory> {
  const worksheets = context.workbook.worksheets.load("items/name,items/position");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const settings = context.workbook.settings.load("items/key,items/value");
  await context.sync();

  const perSheet = worksheets.items.map((ws) => ({
    name: ws.name,
    position: ws.position,
    used: ws.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex"),
    formats: ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
  }));
  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    range: t.getRange().load("address"),
  }));
  await context.sync();

  const sheets: SheetGrid[] = perSheet.map(({ name, used }) => ({
    name,
    ...(used.isNullObject ? { values: [], formats: [] } : fromA1(used.values, used.numberFormat, used.rowIndex, used.columnIndex)),
    tables: tableRanges.filter((t) => t.sheet === name).flatMap((t) => tableRegion(t.name, t.range.address)),
  }));
  const ownHighlights = perSheet.flatMap(({ name, formats }) =>
    formats.items
      .filter((f) => f.type === "Custom" && !f.customOrNullObject.isNullObject && f.customOrNullObject.rule.formula.includes(HIGHLIGHT_MARKER))
      .map((format) => ({ sheet: name, format })),
  );
  return {
    book: { sheets },
    sheets: perSheet.map(({ name, position }) => ({ name, position })),
    ownHighlights,
    settings: new Map(settings.items.map((s) => [s.key, s.value])),
  };
}

/** The used range placed on a grid that starts at A1, as the core expects. */
function fromA1(values: unknown[][], formats: unknown[][], top: number, left: number): Pick<SheetGrid, "values" | "formats"> {
  const pad = <T>(rows: T[][], empty: T): T[][] => [
    ...Array.from({ length: top }, () => []),
    ...rows.map((r) => (left ? [...Array<T>(left).fill(empty), ...r] : r)),
  ];
  return {
    values: pad(values as CellValue[][], ""),
    formats: pad(formats as (string | null)[][], null),
  };
}

function tableRegion(name: string, address: string): TableRegion[] {
  const block = parseA1(address);
  return block ? [{ name, headerRow: block.top, lastRow: block.bottom, firstColumn: block.left, lastColumn: block.right }] : [];
}
