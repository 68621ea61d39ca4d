/**
 * Builds a fake host's state from an .xlsx file (exceljs): so that a test or the preview page
 * can run the office-js writer against a real workbook.
 * - Dates become Excel serial numbers (1900 system) and keep their number format.
 * - Formulas keep their text (with "=") and their cached result.
 * - Merged cells: only the master cell keeps its value (as Excel stores them).
 * - Tables, conditional formats (expression rules become "Custom"; other kinds keep exceljs's
 *   rule type and first formula), frozen rows, column widths, sheet visibility and the active
 *   sheet are kept. Charts are not read (exceljs does not read them).
 */
import ExcelJS from "exceljs";
import { parseArea, formatArea } from "./address";
import { dateToSerial } from "./cellInput";
import {
  emptySheet,
  fileWidthToPoints,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeHyperlink,
  type FakeSheet,
  type FakeWorkbookState,
} from "./state";
import { refreshTableHeaders } from "./sheetOps";

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

/** exceljs's underline as `RangeFont.underline`. */
function underlineOf(underline: ExcelJS.Font["underline"] | undefined): string | undefined {
  if (underline === true || underline === "single") return "Single";
  if (underline === "double") return "Double";
  if (underline === "singleAccounting") return "SingleAccountant";
  if (underline === "doubleAccounting") return "DoubleAccountant";
  return undefined;
}

function serialOf(date: Date): number {
  const ms = date.getTime();
  const days = ms / 86_400_000 + 25_569;
  const whole = dateToSerial(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return Math.abs(days - whole) < 1e-9 ? whole : Math.round(days * 1e10) / 1e10;
}

function scalarOf(value: unknown): { value: FakeCell["value"]; error?: boolean } {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return { value: serialOf(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { value: v.error, error: true };
    if (Array.isArray(v.richText)) return { value: (v.richText as { text: string }[]).map((t) => t.text).join("") };
    if ("text" in v) return scalarOf(v.text);
  }
  return { value: String(value) };
}

function hyperlinkOf(target: string, text: unknown, tooltip: unknown): FakeHyperlink {
  const link: FakeHyperlink = target.startsWith("#") ? { documentReference: target.slice(1) } : { address: target };
  if (typeof text === "string") link.textToDisplay = text;
  if (typeof tooltip === "string") link.screenTip = tooltip;
  return link;
}

function readCell(cell: ExcelJS.Cell): FakeCell | null {
  const out: FakeCell = { value: null };
  const raw = cell.value as unknown;
  if (raw && typeof raw === "object" && !(raw instanceof Date) && ("formula" in raw || "sharedFormula" in raw)) {
    const formula = cell.formula;
    if (formula) out.formula = `=${formula}`;
    const result = scalarOf((raw as { result?: unknown }).result);
    out.value = result.value;
    if (result.error) out.error = true;
  } else if (raw && typeof raw === "object" && "hyperlink" in raw) {
    const link = raw as { text?: unknown; hyperlink: string; tooltip?: unknown };
    out.value = scalarOf(link.text).value;
    out.hyperlink = hyperlinkOf(link.hyperlink, link.text, link.tooltip);
  } else {
    const scalar = scalarOf(raw);
    out.value = scalar.value;
    if (scalar.error) out.error = true;
  }
  if (typeof out.value === "string" && out.value === "" && !out.formula) out.value = null;
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== "General") out.numberFormat = numFmt;
  if (cell.font?.bold) out.bold = true;
  const underline = underlineOf(cell.font?.underline);
  if (underline) out.underline = underline;
  const fontColor = argbToHex(cell.font?.color?.argb);
  if (fontColor && fontColor !== "#000000") out.fontColor = fontColor;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = argbToHex(fill.fgColor?.argb);
    if (color) out.fill = color;
  }
  if (cell.alignment?.wrapText) out.wrapText = true;
  const blank = out.value === null && Object.keys(out).length === 1;
  return blank ? null : out;
}

/**
 * What exceljs 4.4.0 holds for a table it has read: the range is `tableRef` (header and totals
 * included), `ref` only the top-left cell; `headerRow` is true only when the file spells out
 * headerRowCount="1". Its typings do not describe this, hence the narrow shape.
 */
interface LoadedTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: { theme?: string };
}

function tablesOf(ws: ExcelJS.Worksheet): LoadedTable[] {
  const held = (ws as unknown as { tables?: Record<string, { table?: LoadedTable } | undefined> }).tables ?? {};
  return Object.values(held).flatMap((entry) => (entry?.table ? [entry.table] : []));
}

interface LoadedRule {
  type: string;
  formulae?: unknown[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

function readSheet(ws: ExcelJS.Worksheet): FakeSheet {
  const sheet = emptySheet(ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const fake = readCell(cell);
      if (fake) sheet.cells[`${Number(cell.row) - 1},${Number(cell.col) - 1}`] = fake;
    });
  });
  for (const model of tablesOf(ws)) {
    const ref = model.tableRef ?? model.ref;
    const rect = ref ? parseArea(ref) : null;
    if (!rect || !model.name) continue;
    sheet.tables.push({
      name: model.name,
      address: formatArea(rect),
      headers: [],
      showHeaders: model.headerRow !== false,
      showTotals: model.totalsRow === true,
      style: model.style?.theme ?? "TableStyleMedium2",
    });
  }
  refreshTableHeaders(sheet);
  const formats: (FakeConditionalFormat & { priority: number })[] = [];
  const cfs =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: LoadedRule[] }[] }).conditionalFormattings ?? [];
  for (const cf of cfs) {
    for (const rule of cf.rules) {
      const first = rule.formulae?.[0];
      const formula =
        first === undefined || first === null
          ? null
          : String(first).startsWith("=")
            ? String(first)
            : `=${String(first)}`;
      formats.push({
        address: cf.ref,
        type: rule.type === "expression" ? "Custom" : rule.type,
        formula,
        fill: argbToHex(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb) ?? null,
        fontColor: argbToHex(rule.style?.font?.color?.argb) ?? null,
        stopIfTrue: rule.stopIfTrue === true,
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
      });
    }
  }
  sheet.conditionalFormats = formats
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.priority - b.f.priority || a.i - b.i)
    .map(({ f: { priority: _priority, ...rest } }) => rest);
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  if (view?.state === "frozen" && view.ySplit) sheet.freezeRows = view.ySplit;
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (typeof width === "number" && width > 0) sheet.columnWidths[c - 1] = fileWidthToPoints(width);
  }
  return sheet;
}

export async function fakeStateFromXlsx(data: Buffer | ArrayBuffer): Promise<FakeWorkbookState> {
  const workbook = new ExcelJS.Workbook();
  // exceljs takes an ArrayBuffer or a Node Buffer alike; nothing here needs Node's Buffer, so the
  // browser preview can load a workbook without a polyfill.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheets = workbook.worksheets.map(readSheet);
  const activeTab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  return {
    sheets,
    activeSheet: activeTab !== undefined && sheets[activeTab] ? sheets[activeTab]!.name : null,
    settings: {},
  };
}
