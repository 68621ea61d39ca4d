import JSZip from "jszip";
import { HIGHLIGHT_MARKER, type SheetPlan, type WritePlan } from "../core/plan/writePlan";
import { addChartsToZip, type ChartSpec } from "./chartXml";
import { absoluteColumnRange } from "./plan/a1";
import { entryName, relsPath, workbookPart } from "./read/packageParts";
import { partContains } from "./read/xmlStream";
import { withHighlight, withoutOwnRules } from "./graft/conditionalFormats";
import { ownSheetParts } from "./graft/ownSheetXml";
import {
  addRel,
  CONTENT_TYPE,
  dropContentTypes,
  freePart,
  REL_TYPE,
  relsOf,
  removePartTree,
  removeRel,
  setContentType,
  text,
} from "./graft/packageText";
import { EMPTY_STYLES, StyleSheet } from "./graft/styleSheet";
import { WorkbookXml } from "./graft/workbookXml";
import { CannotGraftError } from "./graft/xmlText";

export { CannotGraftError } from "./graft/xmlText";

/**
 * The headless writer: carries out a WritePlan on an .xlsx as a graft, as the office-js writer
 * does inside Excel — it adds the add-in's parts to the user's package and leaves every other part
 * as it was, byte for byte. It decides nothing: which sheets, their names and contents, the
 * highlight formulas all come from the plan. It never writes the input file; it returns the new
 * file's bytes.
 *
 * What it touches: the workbook part (its list of sheets), the workbook's relationships, the
 * content types, the styles part (the add-in's cell and rule styles are appended, never changed),
 * the parts of the plan's sheets (each replaced whole, in place, so that a user's formula or name
 * pointing at one keeps pointing at it), and the worksheet parts of the sheets whose rules the
 * plan sets or clears (only the add-in's rule blocks). A part it cannot edit safely (a Strict
 * Open XML workbook) is refused with CannotGraftError before anything is written.
 *
 * Office add-in settings (the webextension part): `plan.settings` is not written here; the
 * office-js writer keeps them in the document's Office settings, which only Excel can attach.
 */

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export async function applyPlanToXlsx(input: Buffer, plan: WritePlan): Promise<Buffer> {
  checkPlan(plan);
  const zip = await JSZip.loadAsync(input);
  const workbookPath = await workbookPart(zip);
  if (workbookPath === null) throw new CannotGraftError("xl/workbook.xml", "missing");
  const workbook = new WorkbookXml((await text(zip, workbookPath))!, workbookPath);
  const styles = await openStyles(zip, workbookPath);
  const taken = new Set<string>();

  const partOf = async (relId: string): Promise<string | null> => {
    const rel = (await relsOf(zip, workbookPath)).find((r) => r.id === relId && !r.external);
    return rel ? (entryName(zip, rel.target) ?? rel.target) : null;
  };

  await checkTableNames(zip, workbook, plan, partOf);
  const removed: string[] = [];

  // Sheets the plan no longer wants go, with their tables, drawings and charts.
  for (const name of plan.deleteSheets) {
    const index = workbook.sheets().findIndex((s) => sameName(s.name, name));
    if (index < 0) continue;
    const sheet = workbook.sheets()[index];
    const part = await partOf(sheet.relId);
    workbook.removeSheet(index);
    await removeRel(zip, workbookPath, sheet.relId);
    if (part !== null) removed.push(...(await removePartTree(zip, part)));
  }

  // Each plan sheet: the sheet of that name keeps its place, part and id, its content replaced;
  // a new one goes after the last sheet.
  const written: { sheet: SheetPlan; part: string }[] = [];
  for (const sheet of plan.sheets) {
    const existing = workbook.sheets().find((s) => sameName(s.name, sheet.name));
    let part = existing ? await partOf(existing.relId) : null;
    if (existing && part !== null) {
      removed.push(...(await removeDependents(zip, part)));
    } else {
      part = freePart(zip, "xl/worksheets/sheet", ".xml", taken);
      const relId = await addRel(zip, workbookPath, REL_TYPE.worksheet, part);
      workbook.addSheet(sheet.name, relId);
      await setContentType(zip, part, CONTENT_TYPE.worksheet);
    }
    const tablePath = freePart(zip, "xl/tables/table", ".xml", taken);
    // Table ids are unique in a workbook; the replaced sheet's table is gone, so a rerun reuses its id.
    const parts = ownSheetParts(sheet, await freeTableId(zip), styles.sheet);
    zip.file(tablePath, parts.tableXml);
    await setContentType(zip, tablePath, CONTENT_TYPE.table);
    zip.file(part, parts.sheetXml);
    await addRel(zip, part, REL_TYPE.table, tablePath);
    written.push({ sheet, part });
  }

  // The register sheets' rules: the add-in's earlier ones out, the plan's in.
  const sheets = workbook.sheets();
  const targets = plan.highlights.map((h) => {
    const found = sheets.find((s) => sameName(s.name, h.sheet));
    if (!found) throw new Error(`the plan highlights the sheet "${h.sheet}", which the workbook does not have`);
    return { plan: h, sheet: found };
  });
  const cleared = plan.clearOtherHighlights ? sheets : targets.map((t) => t.sheet);
  const writtenParts = new Set(written.map((w) => w.part));
  for (const sheet of cleared) {
    const part = await partOf(sheet.relId);
    if (part === null || writtenParts.has(part)) continue;
    const target = targets.find((t) => t.sheet === sheet);
    // A big sheet (an exchange log) is opened whole only if it holds a rule of the add-in's.
    if (!target && !(await partContains(zip, part, HIGHLIGHT_MARKER))) continue;
    const xml = await text(zip, part);
    if (xml === null) continue;
    let next = withoutOwnRules(xml, part, HIGHLIGHT_MARKER);
    if (target) next = withHighlight(next, part, target.plan, styles.sheet);
    if (next !== xml) zip.file(part, next);
  }

  zip.file(workbookPath, workbook.toString());
  zip.file(styles.path, styles.sheet.toString());
  await addChartsToZip(
    zip,
    written.flatMap(({ sheet }) => chartSpecOf(sheet) ?? []),
  );
  await dropContentTypes(zip, removed);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The styles part, made (with its relationship and content type) when the package has none. */
async function openStyles(zip: JSZip, workbookPath: string): Promise<{ sheet: StyleSheet; path: string }> {
  const rel = (await relsOf(zip, workbookPath)).find((r) => r.type === REL_TYPE.styles && !r.external);
  const path = rel ? entryName(zip, rel.target) : null;
  if (rel && path !== null) return { sheet: new StyleSheet((await text(zip, path))!, path), path };
  const made = "xl/styles.xml";
  if (entryName(zip, made) !== null) throw new CannotGraftError(made, "a styles part the workbook does not use");
  await addRel(zip, workbookPath, REL_TYPE.styles, made);
  await setContentType(zip, made, CONTENT_TYPE.styles);
  return { sheet: new StyleSheet(EMPTY_STYLES, made), path: made };
}

/** What a replaced sheet held besides its cells (tables, drawings, charts): taken out with its rels. */
async function removeDependents(zip: JSZip, part: string): Promise<string[]> {
  const removed: string[] = [];
  for (const rel of await relsOf(zip, part)) {
    if (rel.external) continue;
    await removeRel(zip, part, rel.id);
    removed.push(...(await removePartTree(zip, rel.target)));
  }
  const rels = entryName(zip, relsPath(part));
  if (rels !== null) zip.remove(rels);
  return removed;
}

/** Table ids are unique in a workbook: the smallest not in use. */
async function freeTableId(zip: JSZip): Promise<number> {
  const used = new Set<number>();
  const tables: string[] = [];
  zip.forEach((name, file) => {
    if (!file.dir && /^xl\/tables\/[^/]+\.xml$/i.test(name)) tables.push(name);
  });
  for (const name of tables) {
    const head = (await zip.file(name)!.async("string")).slice(0, 2000);
    const id = /<(?:[\w.-]+:)?table\b[^>]*?\sid="(\d+)"/.exec(head);
    if (id) used.add(Number(id[1]));
  }
  let id = 1;
  while (used.has(id)) id++;
  return id;
}

/** Table names are unique in a workbook: the plan's may not be taken on a sheet that stays. */
async function checkTableNames(
  zip: JSZip,
  workbook: WorkbookXml,
  plan: WritePlan,
  partOf: (relId: string) => Promise<string | null>,
): Promise<void> {
  const replaced = [...plan.deleteSheets, ...plan.sheets.map((s) => s.name)];
  for (const sheet of workbook.sheets()) {
    if (replaced.some((n) => sameName(n, sheet.name))) continue;
    const part = await partOf(sheet.relId);
    if (part === null) continue;
    for (const rel of await relsOf(zip, part)) {
      if (rel.type !== REL_TYPE.table || rel.external) continue;
      const head = ((await text(zip, rel.target)) ?? "").slice(0, 2000);
      const name = /<(?:[\w.-]+:)?table\b[^>]*?\sname="([^"]*)"/.exec(head)?.[1] ?? "";
      const clash = plan.sheets.find((s) => sameName(s.tableName, name));
      if (clash)
        throw new Error(`the sheet "${sheet.name}" already has a table named "${name}" (wanted for "${clash.name}")`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks: a plan that Excel would refuse is refused before anything is written.

function checkPlan(plan: WritePlan): void {
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const sheet of plan.sheets) {
    const key = sheet.name.toLowerCase();
    if (names.has(key)) throw new Error(`the plan has two sheets named "${sheet.name}"`);
    names.add(key);
    if (
      sheet.name.length === 0 ||
      sheet.name.length > 31 ||
      /[*?:\\/[\]]/.test(sheet.name) ||
      /^'|'$/.test(sheet.name)
    ) {
      throw new Error(`"${sheet.name}" cannot be a sheet name in Excel`);
    }
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(sheet.tableName) || /^[A-Za-z]{1,3}\d+$/.test(sheet.tableName)) {
      throw new Error(`"${sheet.tableName}" cannot be a table name in Excel`);
    }
    const tableKey = sheet.tableName.toLowerCase();
    if (tables.has(tableKey)) throw new Error(`the plan has two tables named "${sheet.tableName}"`);
    tables.add(tableKey);
    if (sheet.columns.length === 0) throw new Error(`the sheet "${sheet.name}" has no columns`);
    const headers = new Set<string>();
    for (const c of sheet.columns) {
      const h = c.header.toLowerCase();
      if (c.header.trim() === "" || headers.has(h))
        throw new Error(`the table "${sheet.tableName}" needs distinct, non-empty headers ("${c.header}")`);
      headers.add(h);
    }
    for (const row of [...sheet.rows, ...(sheet.totals ? [sheet.totals] : [])]) {
      if (row.length > sheet.columns.length)
        throw new Error(`a row of "${sheet.name}" has more cells than the table has columns`);
    }
  }
  for (const name of plan.deleteSheets) {
    if (names.has(name.toLowerCase())) throw new Error(`the plan both writes and deletes the sheet "${name}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

/** The chart of a plan sheet: categories and series are the table's body cells, where the plan places it. */
function chartSpecOf(sheet: SheetPlan): ChartSpec | null {
  if (!sheet.chart) return null;
  const { chart } = sheet;
  const lastRow = Math.max(1, sheet.rows.length); // 0-based: body rows are 1 … rows.length
  for (const j of [chart.categoryColumn, ...chart.seriesColumns]) {
    if (!sheet.columns[j])
      throw new Error(`the chart of "${sheet.name}" uses column ${j}, which the table does not have`);
  }
  const { topLeft, bottomRight } = chart.position;
  return {
    sheet: sheet.name,
    title: chart.title,
    type: chart.type,
    categories: absoluteColumnRange(sheet.name, chart.categoryColumn, 1, lastRow),
    series: chart.seriesColumns.map((j) => ({
      name: sheet.columns[j].header,
      values: absoluteColumnRange(sheet.name, j, 1, lastRow),
    })),
    // The drawing's corner is the top-left of the cell after the last one covered.
    anchor: {
      from: { col: topLeft.column, row: topLeft.row },
      to: { col: bottomRight.column + 1, row: bottomRight.row + 1 },
    },
  };
}
