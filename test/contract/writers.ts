import ExcelJS from "exceljs";
import type { Lang } from "../../src/core/model";
import type { IsoDate } from "../../src/core/dates/isoDate";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { analyzeWorkbook } from "../../src/core/analyze";
import { planWrites, removalPlan } from "../../src/core/plan/planWrites";
import { applyPlanToXlsx } from "../../src/excel-file/applyPlan";
import { addCharts } from "../helpers/addCharts";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { createFakeExcel, type FakeExcel, type FakeWorkbookState } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { chartsForXlsx, fakeStateToXlsx } from "../helpers/fakeToXlsx";
import { removeWrites, writeWorkbook } from "../../src/excel-host/workbookService";
import { createFakeEt, type FakeEt } from "../../src/wps-fake";
import { wpsAddinServices } from "../../src/wps-host/addinServices";

/** The three writers run the same way, for the contract suite and the shells' own tests. */

export const TODAY = "2026-11-27" as IsoDate;

/** What a series of runs left: the workbook after each write run, and after the removal. */
export interface Runs {
  outputs: Buffer[];
  plans: WritePlan[];
  removed: Buffer;
}

/** The fake host's workbook as an .xlsx, its charts added as the exceljs writer adds its own. */
export function saveFake(state: FakeWorkbookState): Promise<Buffer> {
  return fakeStateToXlsx(state, (xlsx, s) => addCharts(xlsx, chartsForXlsx(s)));
}

/**
 * The office-js path: the file loaded into the in-memory host, `writeWorkbook` once per
 * language (as the task pane's "write" does), then `removeWrites`; saved after each.
 */
export async function officeRuns(input: Buffer, langs: Lang[]): Promise<Runs & { excel: FakeExcel }> {
  const excel = createFakeExcel(await fakeStateFromXlsx(input));
  const outputs: Buffer[] = [];
  const plans: WritePlan[] = [];
  for (const lang of langs) {
    const outcome = await writeWorkbook(excel.run, { lang, today: TODAY }, "all");
    plans.push(outcome.plan!);
    outputs.push(await saveFake(excel.state));
  }
  await removeWrites(excel.run);
  return { outputs, plans, removed: await saveFake(excel.state), excel };
}

/**
 * The WPS path: the file loaded into the in-memory ET host, the WPS services' `write` once per
 * language (as the task pane's "write" does), then `remove`; saved after each through the same
 * state-to-xlsx as the office-js path.
 */
export async function wpsRuns(input: Buffer, langs: Lang[]): Promise<Runs & { et: FakeEt }> {
  const et = createFakeEt(await fakeStateFromXlsx(input));
  const outputs: Buffer[] = [];
  const plans: WritePlan[] = [];
  for (const lang of langs) {
    const services = wpsAddinServices(et.Application, { lang, today: () => TODAY });
    const outcome = await services.write("all");
    plans.push(outcome.plan!);
    outputs.push(await saveFake(et.state));
  }
  await wpsAddinServices(et.Application, { lang: langs[0]!, today: () => TODAY }).remove();
  return { outputs, plans, removed: await saveFake(et.state), et };
}

/**
 * The plan the exceljs path carries out: read with the command line's reader, analysed and
 * planned as `writeWorkbook` plans it. `writeWorkbook` plans with `fixedToday: stored.today`,
 * which is null for these workbooks (the host's settings fix no today), so the highlight
 * formulas use TODAY(); this path plans with null too, and the two writers' rules are compared
 * formula for formula, nothing normalised. (The command line's --today would write DATE(…).)
 */
export async function exceljsPlan(xlsx: Buffer, lang: Lang): Promise<WritePlan> {
  const grid = await readWorkbookBuffer(xlsx);
  const analysis = analyzeWorkbook(grid, { today: TODAY });
  return planWrites(analysis, grid, { lang, scope: "all", fixedToday: null });
}

export async function exceljsRuns(input: Buffer, langs: Lang[]): Promise<Runs> {
  const outputs: Buffer[] = [];
  const plans: WritePlan[] = [];
  let current = input;
  for (const lang of langs) {
    const plan = await exceljsPlan(current, lang);
    plans.push(plan);
    current = await applyPlanToXlsx(current, plan);
    outputs.push(current);
  }
  const removed = await applyPlanToXlsx(current, removalPlan(await readWorkbookBuffer(current)));
  return { outputs, plans, removed };
}

// ---------------------------------------------------------------------------------------------
// Small workbooks

export interface RegisterRow {
  partner: string;
  signed: Date;
  ends: Date;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Agreements around TODAY: one expired, one ending within 90 days, one within 180, one later. */
export const REGISTER_ROWS: RegisterRow[] = [
  { partner: "巴黎市", signed: utc(2016, 5, 3), ends: utc(2026, 5, 2) },
  { partner: "东京都", signed: utc(2017, 1, 10), ends: utc(2027, 1, 9) },
  { partner: "首尔市", signed: utc(2017, 4, 1), ends: utc(2027, 3, 31) },
  { partner: "柏林市", signed: utc(2020, 9, 1), ends: utc(2030, 8, 31) },
];

export const REGISTER = "友城名录";

/** A register as an office keeps one: a title row (merged), the header, the agreements. */
export function registerWorkbook(rows: RegisterRow[] = REGISTER_ROWS): {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
} {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REGISTER, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.getCell("A1").value = "西城区友好城市名录";
  sheet.mergeCells("A1:F1");
  sheet.addRow(["序号", "友城名称", "关系类型", "签署日期", "到期日期", "备注"]);
  rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, r.partner, "友好城市", r.signed, r.ends, i === 0 ? "=不是公式" : null]);
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(5).numFmt = "yyyy-mm-dd";
  });
  sheet.getCell("H2").value = { formula: "COUNTA(B3:B99)", result: rows.length } as ExcelJS.CellFormulaValue;
  return { workbook, sheet };
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
