import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan, WritePlan } from "../../../src/core/plan/writePlan";
import { sheetParts } from "../../../src/excel-file/plan/ooxml";
import { readCells, sharedStrings } from "../../../src/excel-file/plan/sheetCells";

/** Input workbooks, plans and ways to look at the result, for the headless writer's tests. */

export const REGISTER = "友城名录";
export const NOTES = "Notes";
/** A sheet of the user's that has the name of one of the add-in's sheets. */
export const USERS_EXPIRY = "到期提醒";
/** An earlier run's findings sheet (the add-in's: its table is PC_Findings). */
export const FINDINGS = "合规检查";
/** An earlier run's English sheet, which the plan deletes. */
export const OLD_ENGLISH = "Compliance";
export const EXPIRY = "到期提醒 (2)";
export const SUMMARY = "2026年度交流总结";

export const FORMULA_LOOKING = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)"];

/** Rules of the user's own on the register, and one left by an earlier run on Notes. */
export const USER_RULE_FORMULA = '$B2="友好城市"';
const OLD_OWN_RULE = 'AND(N("PartnerCities:expired")=0,$D2<TODAY())';

export async function inputWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet(REGISTER);
  reg.addRow(["友城", "关系", "签署日期", "到期日", "备注", "天数"]);
  const rows: [string, string, number, number, string][] = [
    ["巴黎", "友好城市", 45000, 46100, "=not a formula"],
    ["东京", "友好交流城市", 44000, 46300, "+86 10 1234"],
    ["首尔", "友好城市", 43000, 45000, ""],
    ["柏林", "友好城市", 43000, 47000, "备注"],
  ];
  rows.forEach((r, i) => {
    const row = reg.addRow(r);
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(6).value = { formula: `D${i + 2}-C${i + 2}`, result: r[3] - r[2] } as ExcelJS.CellFormulaValue;
    row.getCell(6).numFmt = "#,##0";
  });
  reg.getCell("H1").value = { text: "官网", hyperlink: "https://www.bjxch.gov.cn/" };
  // A date and time that a JS Date (milliseconds) cannot hold exactly.
  reg.getCell("H2").value = 45000.123456789;
  reg.getCell("H2").numFmt = "yyyy-mm-dd hh:mm:ss";
  reg.getColumn(1).width = 14;
  reg.views = [{ state: "frozen", ySplit: 1 }];
  reg.addConditionalFormatting({
    ref: "B2:B5",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [USER_RULE_FORMULA],
        style: { font: { italic: true, color: { argb: "FF0000FF" } } },
      },
      { type: "cellIs", priority: 2, operator: "greaterThan", formulae: ["46200"], style: { font: { bold: true } } },
    ] as ExcelJS.ConditionalFormattingRule[],
  });
  // An earlier run's rule on the register: the plan replaces it.
  reg.addConditionalFormatting({
    ref: "A2:F5",
    rules: [ownRule(OLD_OWN_RULE, 3)],
  });

  const notes = wb.addWorksheet(NOTES);
  notes.getCell("A1").value = "user notes";
  notes.getCell("A2").value = { text: "see the register", hyperlink: `#'${REGISTER}'!A3` };
  notes.getCell("B2").value = 3.5;
  notes.getCell("B3").value = new Date(Date.UTC(2026, 0, 15));
  // An earlier run's rule left on a sheet the plan no longer highlights.
  notes.addConditionalFormatting({ ref: "A1:B9", rules: [ownRule('N("PartnerCities:urgent")=0', 1)] });

  const users = wb.addWorksheet(USERS_EXPIRY);
  users.getCell("A1").value = "我自己的到期表";
  users.getCell("A2").value = 42;

  const old = wb.addWorksheet(FINDINGS);
  old.addTable({
    name: "PC_Findings",
    ref: "A1",
    columns: [{ name: "旧" }, { name: "表" }],
    rows: [["old", 1]],
  });
  const english = wb.addWorksheet(OLD_ENGLISH);
  english.addTable({ name: "PC_Findings_en", ref: "A1", columns: [{ name: "Old" }], rows: [["x"]] });

  // Excel writes links inside the workbook as location-only; exceljs cannot, so the fixture
  // rewrites its own "#…" link into that form.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheetPath = "xl/worksheets/sheet2.xml";
  const xml = (await zip.file(sheetPath)!.async("string")).replace(
    /<hyperlink ref="A2" r:id="(rId\d+)"[^>]*\/>/,
    `<hyperlink ref="A2" location="'${REGISTER}'!A3" display="see the register"/>`,
  );
  if (!xml.includes(`location="'${REGISTER}'!A3"`)) throw new Error("fixture: the link was not rewritten");
  zip.file(sheetPath, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

function ownRule(formula: string, priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "expression",
    priority,
    formulae: [formula],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
  } as ExcelJS.ConditionalFormattingRule;
}

/** The look the fixtures' sheets share: a table style and a link colour of their own, so a writer cannot pass by using its own. */
export const LOOK = {
  headerNumberFormat: "@",
  tableStyle: "TableStyleLight9",
  linkFont: { bold: false, underline: true, color: "#7030A0" },
  totalsFont: { bold: true, underline: false, color: null },
  freezeRows: 1,
} satisfies Partial<SheetPlan>;

export function expirySheet(): SheetPlan {
  return {
    name: EXPIRY,
    tableName: "PC_Expiry",
    columns: [
      { header: "友城", kind: "text", width: 22, numberFormat: "@" },
      { header: "到期日", kind: "date", width: 13, numberFormat: "yyyy-mm-dd" },
      { header: "剩余天数", kind: "integer", width: 10, numberFormat: "0" },
      { header: "完成率", kind: "percent", width: 9, numberFormat: "0%" },
      { header: "分数", kind: "number", width: 9, numberFormat: "0.00" },
      { header: "位置", kind: "link", width: 18, numberFormat: "@" },
    ],
    rows: [
      [FORMULA_LOOKING[0], 46100, 12, 0.5, 3.25, { text: `${REGISTER}!A2`, target: `'${REGISTER}'!A2` }],
      [FORMULA_LOOKING[1], 46300, 212, 1, 2, { text: `${REGISTER}!A3`, target: `'${REGISTER}'!A3` }],
      [FORMULA_LOOKING[2], null, -3, 0, 0, { text: `${REGISTER}!A4`, target: `'${REGISTER}'!A4` }],
      [FORMULA_LOOKING[3], 47000, 912, null, 1.5, { text: `${REGISTER}!A5`, target: `'${REGISTER}'!A5` }],
    ],
    totals: null,
    ...LOOK,
    chart: null,
  };
}

export function findingsSheet(): SheetPlan {
  return {
    name: FINDINGS,
    tableName: "PC_Findings",
    columns: [
      { header: "规则", kind: "text", width: 12, numberFormat: "@" },
      { header: "说明", kind: "text", width: 40, numberFormat: "@" },
    ],
    rows: [["DATA-DATE", "到期日不是日期"]],
    totals: null,
    ...LOOK,
    chart: null,
  };
}

export function summarySheet(): SheetPlan {
  return {
    name: SUMMARY,
    tableName: "PC_Summary",
    columns: [
      { header: "友城", kind: "text", width: 20, numberFormat: "@" },
      { header: "交流次数", kind: "integer", width: 10, numberFormat: "0" },
      { header: "存档完整率", kind: "percent", width: 11, numberFormat: "0%" },
      { header: "上年交流", kind: "integer", width: 12, numberFormat: "0" },
    ],
    rows: [
      ["巴黎", 5, 0.8, 3],
      ["东京", 2, 1, 4],
      ["首尔", 7, 0.5, 1],
    ],
    totals: ["合计", 14, null, 8],
    ...LOOK,
    chart: {
      title: "2026年度交流次数",
      type: "columnClustered",
      categoryColumn: 0,
      seriesColumns: [1, 3],
      position: { topLeft: { row: 1, column: 5 }, bottomRight: { row: 20, column: 13 } },
    },
  };
}

export const OWN_RULES = [
  {
    status: "expired" as const,
    formula: '=AND(N("PartnerCities:expired")=0,$D2<TODAY())',
    fill: "#FFC7CE",
    fontColor: "#9C0006",
  },
  {
    status: "expiring" as const,
    formula: '=AND(N("PartnerCities:expiring")=0,$D2-TODAY()<90)',
    fill: "#FFEB9C",
    fontColor: "#9C5700",
  },
];

export function fullPlan(): WritePlan {
  return {
    sheets: [findingsSheet(), expirySheet(), summarySheet()],
    deleteSheets: [OLD_ENGLISH],
    highlights: [{ sheet: REGISTER, range: "A2:F5", rules: OWN_RULES }],
    clearOtherHighlights: true,
    settings: { daysAhead: "90" },
  };
}

// ---------------------------------------------------------------------------------------------
// Looking at a result

export async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

export interface CellSnapshot {
  type: number;
  value: unknown;
  formula: string | undefined;
  numFmt: string | undefined;
}

/** Every cell of every sheet: what a user would check did not change. */
export function snapshot(wb: ExcelJS.Workbook): Map<string, Map<string, CellSnapshot>> {
  const out = new Map<string, Map<string, CellSnapshot>>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellSnapshot>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(cell.address, {
          type: cell.type,
          value: cell.value,
          formula: cell.formula || undefined,
          numFmt: cell.numFmt,
        });
      }),
    );
    out.set(ws.name, cells);
  });
  return out;
}

export type LooseRule = { type: string; formulae?: string[]; priority?: number; operator?: string; style?: unknown };

export function rulesOf(ws: ExcelJS.Worksheet): { ref: string; rule: LooseRule }[] {
  const cfs =
    (ws as unknown as { conditionalFormattings: { ref: string; rules: LooseRule[] }[] }).conditionalFormattings ?? [];
  return cfs.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
}

export function isOwn(rule: LooseRule): boolean {
  return (rule.formulae ?? []).some((f) => f.includes("PartnerCities"));
}

/** The package's parts, and each sheet's part path by name (through workbook.xml and its rels). */
export async function pkg(
  buffer: Buffer,
): Promise<{ zip: JSZip; sheetPath: Map<string, string>; text: (p: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (p: string): Promise<string> => {
    const f = zip.file(p);
    if (!f) throw new Error(`no part ${p}`);
    return f.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheetPath = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const rel =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    if (rel) sheetPath.set(m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"), `xl/${rel[1].replace(/^\/?xl\//, "")}`);
  }
  return { zip, sheetPath, text };
}

export function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** The cells of a sheet as stored in the package (values, shared strings resolved), by "row,col". */
export async function storedCells(buffer: Buffer, sheet: string): Promise<Map<string, string | number | null>> {
  const zip = await JSZip.loadAsync(buffer);
  const part = (await sheetParts(zip)).find((s) => s.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  const xml = await zip.file(part.path)!.async("string");
  return readCells(xml, await sharedStrings(zip), { firstRow: 0, lastRow: 1048575, firstColumn: 0, lastColumn: 16383 });
}

export function chartParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
}
