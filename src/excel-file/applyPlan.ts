import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  HIGHLIGHT_MARKER,
  type ColumnPlan,
  type HighlightPlan,
  type HighlightRule,
  type LinkValue,
  type PlanFont,
  type PlanValue,
  type SheetPlan,
  type WritePlan,
} from "../core/plan/writePlan";
import { addChartsToZip, type ChartSpec } from "./chartXml";
import { fileColumnWidth } from "./columnWidth";
import { absoluteColumnRange } from "./plan/a1";
import { restoreExactSerials } from "./plan/exactSerials";
import { canonicalInternalLinks, restoreInternalLinks } from "./plan/internalLinks";
import { checkSheetsKept, checkUserRulesKept } from "./plan/userRulesGuard";

/**
 * The headless writer: carries out a WritePlan on an .xlsx with exceljs, as the office-js writer
 * does inside Excel. It decides nothing: which sheets are the add-in's, their names and contents,
 * the highlight formulas all come from the plan. It never writes the input file; it returns the
 * new file's bytes.
 *
 * What exceljs cannot do, and how it is handled here:
 * - charts: added to the saved package by `chartXml.ts`;
 * - dates: exceljs reads a number in a date format as a millisecond-rounded JS Date; the user's
 *   exact numbers are put back (`plan/exactSerials.ts`); the plan's dates are written as numbers;
 * - links inside the workbook: written in Excel's form (location only) by `plan/internalLinks.ts`,
 *   which also puts back the user's own internal links that exceljs drops when it reads a file;
 * - Office add-in settings (the webextension part): not written at all. `plan.settings` is
 *   ignored here; the office-js writer keeps them in the document's Office settings.
 * - conditional format rules exceljs would drop (some types, stopIfTrue): the writer refuses
 *   (`plan/userRulesGuard.ts`) rather than hand back a workbook without them.
 * Known exceljs losses on the user's sheets, not detected here: charts, pivot tables, slicers,
 * threaded comments and other parts exceljs does not model are not kept.
 */

export async function applyPlanToXlsx(input: Buffer, plan: WritePlan): Promise<Buffer> {
  checkPlan(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  const inputZip = await JSZip.loadAsync(input);
  const userSheets = workbook.worksheets
    .map((ws) => ws.name)
    .filter((name) => !isPlanSheet(plan, name) && !plan.deleteSheets.some((d) => sameName(d, name)));
  await restoreExactSerials(workbook, inputZip, userSheets);

  const created = replaceSheets(workbook, plan);
  applyHighlights(workbook, plan);
  // plan.settings: deliberately not written (see above).

  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(saved);
  await checkUserRulesKept(inputZip, zip, userSheets, HIGHLIGHT_MARKER);
  await checkSheetsKept(inputZip, zip, [...plan.deleteSheets, ...plan.sheets.map((s) => s.name)]);
  await restoreInternalLinks(inputZip, zip, userSheets);
  await canonicalInternalLinks(zip);
  await addChartsToZip(
    zip,
    created.flatMap(({ sheet }) => chartSpecOf(sheet) ?? []),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
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

function isPlanSheet(plan: WritePlan, name: string): boolean {
  return plan.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Sheets

interface Created {
  sheet: SheetPlan;
  worksheet: ExcelJS.Worksheet;
}

/**
 * Deletes `deleteSheets`, replaces each plan sheet whole at the place of the sheet of that name
 * (new ones after the last sheet), and orders the plan's sheets among themselves as listed.
 */
function replaceSheets(workbook: ExcelJS.Workbook, plan: WritePlan): Created[] {
  const activeName = activeSheetName(workbook);
  // The tab order, with a slot (null) where a plan sheet goes.
  const order: (ExcelJS.Worksheet | null)[] = [];
  for (const ws of workbook.worksheets) {
    if (plan.deleteSheets.some((n) => sameName(n, ws.name))) {
      workbook.removeWorksheet(ws.id);
    } else if (isPlanSheet(plan, ws.name)) {
      workbook.removeWorksheet(ws.id);
      order.push(null);
    } else {
      order.push(ws);
    }
  }
  while (order.filter((s) => s === null).length < plan.sheets.length) order.push(null);

  // Table names are unique in a workbook: the plan's may not be taken by a sheet that stays.
  for (const ws of workbook.worksheets) {
    for (const table of ws.getTables() as unknown as { name: string }[]) {
      const name = table.name;
      const clash = plan.sheets.find((s) => sameName(s.tableName, name));
      if (clash)
        throw new Error(`the sheet "${ws.name}" already has a table named "${name}" (wanted for "${clash.name}")`);
    }
  }

  const created = plan.sheets.map((sheet) => ({ sheet, worksheet: writeSheet(workbook, sheet) }));
  let next = 0;
  const final = order.map((s) => s ?? created[next++].worksheet);
  final.forEach((ws, i) => {
    (ws as unknown as { orderNo: number }).orderNo = i; // exceljs's tab order (not in its typings)
  });
  keepActiveSheet(workbook, final, activeName);
  return created;
}

function activeSheetName(workbook: ExcelJS.Workbook): string | null {
  const index = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[index]?.name ?? null;
}

/** The tab that was active stays active (or the first, if it was deleted); indexes are positions. */
function keepActiveSheet(workbook: ExcelJS.Workbook, final: ExcelJS.Worksheet[], activeName: string | null): void {
  if (!workbook.views || workbook.views.length === 0) return;
  const index = Math.max(
    0,
    final.findIndex((ws) => activeName !== null && sameName(ws.name, activeName)),
  );
  workbook.views = workbook.views.map((v) => ({
    ...v,
    activeTab: index,
    firstSheet: Math.min(v.firstSheet ?? 0, index),
  }));
  final.forEach((ws, i) => {
    for (const view of ws.views ?? []) (view as { tabSelected?: boolean }).tabSelected = i === index;
  });
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name);
  const width = sheet.columns.length;
  // Excel tables have at least one body row: an empty plan gets one empty row, as Excel makes it.
  const body = sheet.rows.length > 0 ? sheet.rows : [new Array<PlanValue>(width).fill(null)];

  ws.addTable({
    name: sheet.tableName,
    displayName: sheet.tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: sheet.tableStyle as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: sheet.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body.map((row) => sheet.columns.map((_, j) => toCellValue(row[j] ?? null))),
  } as ExcelJS.TableProperties);

  sheet.columns.forEach((c, j) => {
    ws.getColumn(j + 1).width = fileColumnWidth(c.width);
    ws.getCell(1, j + 1).numFmt = sheet.headerNumberFormat;
    body.forEach((_, i) => formatCell(ws.getCell(i + 2, j + 1), c, body[i][j] ?? null, sheet.linkFont));
  });

  if (sheet.totals) {
    const row = body.length + 2;
    sheet.columns.forEach((c, j) => {
      const cell = ws.getCell(row, j + 1);
      const value = sheet.totals?.[j] ?? null;
      cell.value = toCellValue(value);
      formatCell(cell, c, value, sheet.linkFont);
      cell.font = { ...(cell.font ?? {}), ...fontOf(sheet.totalsFont) };
    });
  }

  ws.views =
    sheet.freezeRows > 0
      ? [
          {
            state: "frozen",
            xSplit: 0,
            ySplit: sheet.freezeRows,
            topLeftCell: `A${sheet.freezeRows + 1}`,
            activeCell: "A2",
          },
        ]
      : [{ state: "normal" }];
  return ws;
}

function isLink(value: PlanValue | LinkValue): value is LinkValue {
  return typeof value === "object" && value !== null && "target" in value;
}

/**
 * The exceljs value of a plan cell. Strings stay strings whatever they start with ("=", "+",
 * "-", "@"): exceljs stores a JS string as a shared string and makes formulas only of
 * `{ formula }` objects, which the plan never produces. Links are `#`-prefixed here and turned
 * into Excel's location-only form after saving (plan/internalLinks.ts).
 */
function toCellValue(value: PlanValue | LinkValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isLink(value)) return { text: value.text, hyperlink: `#${value.target}` };
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`not a number Excel can store: ${value}`);
  return value;
}

function formatCell(cell: ExcelJS.Cell, column: ColumnPlan, value: PlanValue | LinkValue, linkFont: PlanFont): void {
  cell.numFmt = column.numberFormat;
  if (isLink(value)) cell.font = fontOf(linkFont);
}

/** The plan's font in exceljs's terms: only what the plan sets, so the cell style gives the rest. */
function fontOf(font: PlanFont): Partial<ExcelJS.Font> {
  return {
    ...(font.bold ? { bold: true } : {}),
    ...(font.underline ? { underline: true } : {}),
    ...(font.color ? { color: { argb: argb(font.color) } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Conditional formats

type LooseRule = { formulae?: unknown[]; priority?: number };
type LooseFormatting = { ref: string; rules: LooseRule[] };

function formattingsOf(ws: ExcelJS.Worksheet): LooseFormatting[] {
  return ((ws as unknown as { conditionalFormattings?: LooseFormatting[] }).conditionalFormattings ??= []);
}

function isOwnRule(rule: LooseRule): boolean {
  return (rule.formulae ?? []).some((f) => typeof f === "string" && f.includes(HIGHLIGHT_MARKER));
}

function applyHighlights(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const targets = plan.highlights.map((h) => {
    const ws = workbook.worksheets.find((w) => sameName(w.name, h.sheet));
    if (!ws) throw new Error(`the plan highlights the sheet "${h.sheet}", which the workbook does not have`);
    return { plan: h, ws };
  });
  const clear = plan.clearOtherHighlights ? workbook.worksheets : targets.map((t) => t.ws);
  for (const ws of clear) {
    const kept = formattingsOf(ws)
      .map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !isOwnRule(r)) }))
      .filter((cf) => cf.rules.length > 0);
    (ws as unknown as { conditionalFormattings: LooseFormatting[] }).conditionalFormattings = kept;
  }
  for (const { plan: h, ws } of targets) addHighlight(ws, h);
}

function addHighlight(ws: ExcelJS.Worksheet, h: HighlightPlan): void {
  if (h.rules.length === 0) return;
  // Priorities are per sheet; the add-in's rules come after the user's (whose numbers stay).
  let priority = Math.max(0, ...formattingsOf(ws).flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  ws.addConditionalFormatting({
    ref: h.range.replace(/\$/g, "").replace(/^.*!/, ""),
    rules: h.rules.map((r) => expressionRule(r, ++priority)),
  });
}

function expressionRule(rule: HighlightRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const fill = argb(rule.fill);
  return {
    type: "expression",
    priority,
    formulae: [rule.formula.replace(/^\s*=/, "")],
    style: {
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
      font: { color: { argb: argb(rule.fontColor) } },
    },
  } as ExcelJS.ConditionalFormattingRule;
}

/** "#FFC7CE" / "FFC7CE" / "#FFFFC7CE" → "FFFFC7CE". */
export function argb(colour: string): string {
  const hex = colour.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`not a colour: ${colour}`);
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
