import type { SheetGrid, WorkbookGrid } from "../workbook";
import { TABLE_PREFIX } from "./writePlan";

/** A sheet the add-in made: it holds a table named with the add-in's prefix. */
export function isOwnSheet(sheet: SheetGrid): boolean {
  return (sheet.tables ?? []).some((t) => t.name.startsWith(TABLE_PREFIX));
}

/** The sheets the add-in made, by the name of their table: tableName → sheet name. */
export function ownSheets(book: WorkbookGrid): Map<string, string> {
  const own = new Map<string, string>();
  for (const sheet of book.sheets) {
    for (const t of sheet.tables ?? []) if (t.name.startsWith(TABLE_PREFIX)) own.set(t.name, sheet.name);
  }
  return own;
}

/**
 * The name for one of the add-in's sheets: the wanted name, unless a sheet of the user's already
 * has it — then "name (2)", "name (3)" …, the first that is free or already the add-in's own of
 * the same kind. A user's sheet is never replaced, and the choice is the same on every run.
 */
export function ownSheetName(
  wanted: string,
  tableName: string,
  book: WorkbookGrid,
  own: Map<string, string>,
  taken: Set<string>,
): string {
  const existing = new Map(book.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    const key = name.toLowerCase();
    if (taken.has(key)) continue;
    const holder = existing.get(key);
    if (!holder || own.get(tableName) === holder) return name;
  }
}

/** A sheet name as a formula or a link writes it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
