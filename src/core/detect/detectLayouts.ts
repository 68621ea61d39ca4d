import type { Role, SheetLayout } from "../model";
import type { CellValue, SheetGrid } from "../workbook";
import { cellText } from "../text/cellText";
import { ROLES, ROLE_SPECS, type FieldId } from "./fields";
import { foldHeader } from "./foldHeader";
import { matchHeader } from "./matchHeader";
import { columnIndex, type SheetMapping } from "./mapping";

/** WORKBOOK.md: the header row sits within the first 20 rows, below titles and blank rows. */
const HEADER_SEARCH_ROWS = 20;

/** A block of the sheet that may hold one role's records: the whole sheet, or one Excel table. */
interface Region {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Where the region's header is known (a table's header row), only that row is read. */
  headerRow: number | null;
  table: string | null;
}

interface Candidate {
  role: Role;
  headerRow: number;
  columns: Partial<Record<FieldId, number>>;
  score: number;
  matched: number;
  requiredMet: number;
}

/**
 * The roles of a sheet's regions. Each Excel table on the sheet is a region; without tables the
 * sheet is one. A user's mapping for the sheet overrides what the headers say.
 */
export function detectLayouts(sheet: SheetGrid, mapping?: SheetMapping): SheetLayout[] {
  if (mapping?.role === "none") return [];
  const regions = regionsOf(sheet);
  const layouts: SheetLayout[] = [];
  for (const region of regions) {
    const layout = layoutOf(sheet, region, mapping);
    if (layout) layouts.push(layout);
  }
  if (layouts.length === 0 && regions[0].table !== null) {
    // Tables that hold no role: the records may sit beside them, in the sheet itself.
    const layout = layoutOf(sheet, sheetRegion(sheet), mapping);
    if (layout) layouts.push(layout);
  }
  return layouts;
}

function regionsOf(sheet: SheetGrid): Region[] {
  const whole = sheetRegion(sheet);
  // A table's coordinates are trusted only inside the grid.
  const tables = (sheet.tables ?? [])
    .filter((t) => [t.headerRow, t.lastRow, t.firstColumn, t.lastColumn].every(Number.isInteger))
    .filter(
      (t) =>
        t.headerRow >= 0 &&
        t.headerRow <= whole.lastRow &&
        t.firstColumn <= whole.lastColumn &&
        t.lastColumn >= t.firstColumn &&
        t.lastColumn >= 0,
    )
    .map((t) => ({
      firstRow: t.headerRow,
      lastRow: Math.min(Math.max(t.lastRow, t.headerRow), whole.lastRow),
      firstColumn: Math.max(t.firstColumn, 0),
      lastColumn: Math.min(t.lastColumn, whole.lastColumn),
      headerRow: t.headerRow,
      table: t.name,
    }));
  return tables.length > 0 ? tables : [whole];
}

function sheetRegion(sheet: SheetGrid): Region {
  const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
  return {
    firstRow: 0,
    lastRow: sheet.values.length - 1,
    firstColumn: 0,
    lastColumn: width - 1,
    headerRow: null,
    table: null,
  };
}

function layoutOf(sheet: SheetGrid, region: Region, mapping?: SheetMapping): SheetLayout | null {
  const forcedRole = mapping?.role && mapping.role !== "none" ? mapping.role : null;
  const mappedHeader = mapping?.headerRow;
  const validHeader =
    mappedHeader !== undefined &&
    Number.isInteger(mappedHeader) &&
    mappedHeader >= 1 &&
    mappedHeader <= sheet.values.length;
  const forcedHeader = validHeader ? mappedHeader - 1 : region.headerRow;
  const rows =
    forcedHeader !== null
      ? [forcedHeader]
      : range(region.firstRow, Math.min(region.lastRow, region.firstRow + HEADER_SEARCH_ROWS - 1));
  const roles = forcedRole ? [forcedRole] : ROLES;

  let best: Candidate | null = null;
  for (const r of rows) {
    const cells = sheet.values[r] ?? [];
    // A two-row header: headings merged down from the row above fill this row's empty cells.
    const above = r > region.firstRow && forcedHeader === null ? sheet.values[r - 1] : undefined;
    const variants = above ? [cells, withHeadingsAbove(cells, above)] : [cells];
    for (const role of roles) {
      for (const variant of variants) {
        const c = candidateOf(role, r, variant, region);
        if (c && (!best || c.score > best.score)) best = c;
      }
    }
  }
  const explicitColumns = explicitColumnsOf(mapping);
  const accepted = best && best.matched >= 2 && best.requiredMet >= 1;
  if (!accepted && !forcedRole) return null;

  const role = accepted ? best!.role : forcedRole!;
  const headerRow = accepted ? best!.headerRow : (forcedHeader ?? region.firstRow);
  const columns = { ...(accepted ? best!.columns : {}), ...explicitColumns };
  const missing = ROLE_SPECS[role].required
    .filter((need) => !need.some((f) => columns[f] !== undefined))
    .map((need) => need[0]);
  return {
    name: sheet.name,
    role,
    headerRow: headerRow + 1,
    columns,
    dataRows: dataRowsOf(sheet, headerRow, region.lastRow, columns),
    table: region.table,
    source: forcedRole || Object.keys(explicitColumns).length > 0 ? "mapping" : "detected",
    missing,
  };
}

function withHeadingsAbove(cells: CellValue[], above: CellValue[]): CellValue[] {
  const width = Math.max(cells.length, above.length);
  return Array.from({ length: width }, (_, c) => (cellText(cells[c] ?? null) === "" ? (above[c] ?? null) : cells[c]));
}

function candidateOf(role: Role, row: number, cells: CellValue[], region: Region): Candidate | null {
  const spec = ROLE_SPECS[role];
  const matches: { field: FieldId; column: number; score: number }[] = [];
  for (let c = region.firstColumn; c <= Math.min(region.lastColumn, cells.length - 1); c++) {
    const text = cellText(cells[c] ?? null);
    if (!text) continue;
    const m = matchHeader(text, spec);
    if (m) matches.push({ field: m.field, column: c, score: m.score });
  }
  if (matches.length === 0) return null;
  // The surest match takes a field first; each column names one field, each field one column.
  matches.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<FieldId, number>> = {};
  const usedColumns = new Set<number>();
  let exact = 0;
  for (const m of matches) {
    if (columns[m.field] !== undefined || usedColumns.has(m.column)) continue;
    columns[m.field] = m.column;
    usedColumns.add(m.column);
    if (m.score >= 100) exact++;
  }
  const matched = usedColumns.size;
  const requiredMet = spec.required.filter((need) => need.some((f) => columns[f] !== undefined)).length;
  // Needed columns count by their share, so that a role needing three does not outweigh one
  // needing two merely by needing more.
  const score = (requiredMet / spec.required.length) * 10 + matched * 3 + exact;
  return { role, headerRow: row, columns, matched, requiredMet, score };
}

function explicitColumnsOf(mapping?: SheetMapping): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  for (const [field, letters] of Object.entries(mapping?.columns ?? {})) {
    const index = letters ? columnIndex(letters) : null;
    if (index !== null) out[field as FieldId] = index;
  }
  return out;
}

/** Rows that open with these words are notes or totals under the records, not records. */
const FOOTER =
  /^(注[:：]|附注|说明[:：]|备注[:：]|合计|小计|总计|填表|制表|审核|审批|复核|数据截至|截至|以上|[*※]|note:|total)/i;

function dataRowsOf(
  sheet: SheetGrid,
  headerRow: number,
  lastRow: number,
  columns: Partial<Record<FieldId, number>>,
): number[] {
  const mapped = Object.values(columns) as number[];
  const header = sheet.values[headerRow] ?? [];
  const headerTexts = mapped.map((c) => foldHeader(cellText(header[c] ?? null)));
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= Math.min(lastRow, sheet.values.length - 1); r++) {
    const cells = sheet.values[r];
    if (!cells) continue;
    let filled = 0;
    let first = -1;
    for (let i = 0; i < mapped.length; i++) {
      if (cellText(cells[mapped[i]] ?? null) === "") continue;
      filled++;
      if (first < 0) first = i;
    }
    if (filled === 0) continue;
    if (isRepeatedHeader(cells, mapped, headerTexts, first)) continue;
    if (FOOTER.test(firstText(cells))) continue;
    rows.push(r + 1);
  }
  return rows;
}

/** A header repeated mid-sheet (a printout's page header) is not a record. */
function isRepeatedHeader(cells: CellValue[], mapped: number[], headerTexts: string[], first: number): boolean {
  if (foldHeader(cellText(cells[mapped[first]] ?? null)) !== headerTexts[first]) return false;
  return mapped.every((c, i) => {
    const t = cellText(cells[c] ?? null);
    return t === "" || foldHeader(t) === headerTexts[i];
  });
}

/** The row's first filled cell: notes, totals and sign-off lines open with their word (合计, 制表人：…). */
function firstText(cells: CellValue[]): string {
  for (const v of cells) {
    const t = cellText(v ?? null);
    if (t !== "") return t;
  }
  return "";
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
