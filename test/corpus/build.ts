/**
 * Builds the corpus's workbooks with exceljs, from plain descriptions: no binary fixture is kept.
 * A case describes its sheets as rows of cells; helpers below give a register laid out the way the
 * office keeps one (a merged title row, a blank row, the header on row 3, records from row 4).
 */
import ExcelJS from "exceljs";

/** A day as Excel holds it: a real date cell (exceljs Date at UTC midnight) with a date format. */
export interface DateSpec {
  date: string;
  numFmt?: string;
}
/** A real error cell (#N/A, #REF! …), not the text. */
export interface ErrorSpec {
  error: "#N/A" | "#REF!" | "#VALUE!" | "#DIV/0!" | "#NAME?" | "#NUM!" | "#NULL!";
}
/** A formula with its cached result (what Excel saved last time it calculated). */
export interface FormulaSpec {
  formula: string;
  result?: string | number | boolean | DateSpec | ErrorSpec;
  numFmt?: string;
}
/** Text in a cell formatted as text ("@"): what a person gets typing a number into a text column. */
export interface TextSpec {
  text: string;
}
/** Rich text: runs of differently formatted text in one cell. */
export interface RichSpec {
  richText: { text: string; bold?: boolean; color?: string }[];
}
export type CellSpec = string | number | boolean | null | DateSpec | ErrorSpec | FormulaSpec | TextSpec | RichSpec;

export interface SheetSpec {
  name: string;
  /** rows[0] is Excel row 1; `[]` is a blank row. */
  rows: CellSpec[][];
  merges?: string[];
  /** 1-based rows and columns to hide. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  autoFilter?: string;
  /** Sheet protection as Excel sets it (Review › Protect Sheet), without a password. */
  protect?: boolean;
  /** Shown as a real Excel table (ListObject) over these rows: header row and last row, 1-based. */
  table?: { name: string; headerRow: number; lastRow: number };
  state?: "visible" | "hidden";
  widths?: number[];
  /** Comments (批注) by cell address. */
  notes?: Record<string, string>;
  /** Drop-down lists (data validation) by cell address. */
  lists?: Record<string, string[]>;
  /** The user's own conditional formats. */
  conditional?: ExcelJS.ConditionalFormattingOptions[];
}

export interface WorkbookOptions {
  /** The Mac 1904 date system. */
  date1904?: boolean;
}

export const isDate = (c: CellSpec): c is DateSpec => typeof c === "object" && c !== null && "date" in c;
export const isError = (c: CellSpec): c is ErrorSpec => typeof c === "object" && c !== null && "error" in c;
export const isFormula = (c: CellSpec): c is FormulaSpec => typeof c === "object" && c !== null && "formula" in c;

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

export const d = (iso: string, numFmt = DATE_FORMAT): DateSpec => ({ date: iso, numFmt });
export const err = (error: ErrorSpec["error"]): ErrorSpec => ({ error });
export const asText = (text: string): TextSpec => ({ text });

function utcDate(iso: string): Date {
  const [y, m, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, day));
  date.setUTCFullYear(y);
  return date;
}

function resultOf(result: FormulaSpec["result"]): ExcelJS.CellValue | undefined {
  if (result === undefined) return undefined;
  if (typeof result === "object" && result !== null && "date" in result) return utcDate(result.date);
  if (typeof result === "object" && result !== null && "error" in result)
    return { error: result.error } as ExcelJS.CellErrorValue;
  return result;
}

function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === null) return;
  if (typeof spec !== "object") {
    cell.value = spec;
    return;
  }
  if (isDate(spec)) {
    cell.value = utcDate(spec.date);
    cell.numFmt = spec.numFmt ?? DATE_FORMAT;
  } else if (isError(spec)) {
    cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
  } else if (isFormula(spec)) {
    cell.value = { formula: spec.formula, result: resultOf(spec.result) } as ExcelJS.CellFormulaValue;
    const fmt =
      spec.numFmt ??
      (typeof spec.result === "object" && spec.result !== null && "date" in spec.result ? DATE_FORMAT : undefined);
    if (fmt) cell.numFmt = fmt;
  } else if ("richText" in spec) {
    cell.value = {
      richText: spec.richText.map((r) => ({
        text: r.text,
        font: { bold: r.bold, color: r.color ? { argb: r.color } : undefined },
      })),
    };
  } else {
    cell.value = spec.text;
    cell.numFmt = "@";
  }
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = workbook.addWorksheet(spec.name, { state: spec.state ?? "visible" });
  if (spec.table) {
    // exceljs writes a table's cells itself: give it the header and the rows as values, then
    // set the cells again so that dates and formats are as specified.
    const { name, headerRow, lastRow } = spec.table;
    const header = spec.rows[headerRow - 1] ?? [];
    ws.addTable({
      name,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: header.map((h) => ({ name: String(h), filterButton: true })),
      rows: spec.rows.slice(headerRow, lastRow).map((row) => header.map((_, c) => plain(row[c] ?? null))),
    });
  }
  spec.rows.forEach((row, r) => row.forEach((cell, c) => setCell(ws.getCell(r + 1, c + 1), cell)));
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  spec.widths?.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const [address, note] of Object.entries(spec.notes ?? {})) ws.getCell(address).note = note;
  for (const [address, list] of Object.entries(spec.lists ?? {})) {
    ws.getCell(address).dataValidation = { type: "list", allowBlank: true, formulae: [`"${list.join(",")}"`] };
  }
  for (const cf of spec.conditional ?? []) ws.addConditionalFormatting(cf);
  if (spec.protect) {
    // exceljs hashes a password 100,000 times; a sheet protected without one is as real and quick.
    (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection = {
      sheet: true,
      objects: true,
      scenarios: true,
    };
  }
}

function plain(spec: CellSpec): ExcelJS.CellValue {
  if (spec === null || typeof spec !== "object") return spec;
  if (isDate(spec)) return utcDate(spec.date);
  if (isError(spec)) return { error: spec.error } as ExcelJS.CellErrorValue;
  if (isFormula(spec)) return { formula: spec.formula, result: resultOf(spec.result) } as ExcelJS.CellFormulaValue;
  if ("richText" in spec) return spec.richText.map((r) => r.text).join("");
  return spec.text;
}

/** The .xlsx bytes of a workbook holding these sheets, in this order (none: a workbook without sheets). */
export async function xlsx(...sheets: SheetSpec[]): Promise<Buffer> {
  return xlsxWith({}, ...sheets);
}

export async function xlsxWith(options: WorkbookOptions, ...sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  workbook.creator = "corpus";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const s of sheets) addSheet(workbook, s);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// The register as offices keep it

/** The register's columns, in the office's usual order (A…J). */
export const REGISTER_HEADER = [
  "友城名称",
  "所属省（区、市）",
  "关系类型",
  "人大常委会决定日期",
  "签署日期",
  "有效期（年）",
  "协议份数",
  "我方保存份数",
  "文本保存单位",
  "状态",
] as const;

export type RegisterField =
  "partner" | "province" | "relation" | "npc" | "signed" | "term" | "copies" | "held" | "custodian" | "status";
const FIELD_ORDER: RegisterField[] = [
  "partner",
  "province",
  "relation",
  "npc",
  "signed",
  "term",
  "copies",
  "held",
  "custodian",
  "status",
];

/** Column letter of each register field in the usual layout. */
export const COL: Record<RegisterField, string> = Object.fromEntries(
  FIELD_ORDER.map((f, i) => [f, String.fromCharCode(65 + i)]),
) as Record<RegisterField, string>;

/** Header on row 3: records start on row 4. */
export const FIRST_ROW = 4;

/**
 * One agreement that breaks no rule with today 2026-11-27: a friendly city signed 2023-06-18 after
 * the NPC decision, 5 years (last day 2028-06-18: active), four copies, two held, kept by 区外联办.
 */
export function agreement(
  partner: CellSpec,
  overrides: Partial<Record<RegisterField, CellSpec>> = {},
): Record<RegisterField, CellSpec> {
  return {
    partner,
    province: "上海市",
    relation: "友好城市",
    npc: d("2023-05-10"),
    signed: d("2023-06-18"),
    term: 5,
    copies: 4,
    held: 2,
    custodian: "区外联办",
    status: null,
    ...overrides,
  };
}

export interface RegisterOptions {
  name?: string;
  /** Column order, by field (default the usual A…J). */
  order?: RegisterField[];
  /** Headers by field, where they differ from REGISTER_HEADER. */
  headers?: Partial<Record<RegisterField, string>>;
  /** Title rows above the header (default: a merged title and a blank row). */
  titles?: CellSpec[][];
  extra?: Omit<SheetSpec, "name" | "rows">;
}

/** A register sheet: titles, header, one row per agreement. */
export function register(agreements: Record<RegisterField, CellSpec>[], options: RegisterOptions = {}): SheetSpec {
  const order = options.order ?? FIELD_ORDER;
  const header = order.map((f) => options.headers?.[f] ?? REGISTER_HEADER[FIELD_ORDER.indexOf(f)]);
  const titles = options.titles ?? [["西城区国内友好城市（区）名录"], []];
  const mergeTitle = options.titles === undefined ? [`A1:${String.fromCharCode(64 + order.length)}1`] : [];
  return {
    name: options.name ?? "友城名录",
    rows: [...titles, header, ...agreements.map((a) => order.map((f) => a[f]))],
    ...options.extra,
    merges: [...mergeTitle, ...(options.extra?.merges ?? [])],
  };
}

/** Well-known partners for filler rows. */
export const PARTNERS = [
  "上海市黄浦区",
  "天津市南开区",
  "重庆市渝中区",
  "杭州市西湖区",
  "成都市青羊区",
  "西安市碑林区",
] as const;

/** The register of the usual partners, every row clean. */
export const cleanRows = (n = 3): Record<RegisterField, CellSpec>[] => PARTNERS.slice(0, n).map((p) => agreement(p));

/** An exchange log: one exchange in 2026 with each partner named (so that ACT-NONE stays quiet). */
export function exchanges(partners: CellSpec[], name = "交流活动"): SheetSpec {
  return {
    name,
    rows: [
      ["日期", "友城", "活动名称", "领域", "形式", "档案资料"],
      ...partners.map((p, i) => [d(`2026-0${(i % 9) + 1}-15`), p, "经贸洽谈会", "经贸", "会议", "文字、图片"]),
    ],
  };
}
