/**
 * The plan for the committed demo workbook (sample/partner-cities-demo.xlsx), read the way the
 * command line reads it. Expectations come from the generator's own account of what it wrote
 * (scripts/sample: the status, term and last day it meant for each register row, and the
 * exchanges it wrote per partner), not from the core.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { planWrites } from "../../../src/core/plan/planWrites";
import type { Analysis } from "../../../src/core/model";
import type { LinkValue, SheetPlan, WritePlan } from "../../../src/core/plan/writePlan";
import type { WorkbookGrid } from "../../../src/core/workbook";
import { readWorkbookBuffer } from "../../../src/excel-file/readWorkbook";
import { generateSample } from "../../../scripts/sample/generateWorkbook";
import { excelSerial } from "../../helpers/scenario";
import { colours } from "./evaluateHighlights";

const DEMO = join(__dirname, "..", "..", "..", "sample", "partner-cities-demo.xlsx");
const sample = generateSample();
const today = sample.options.anchor;
const STATUS_ZH = {
  expired: "已到期",
  urgent: "即将到期（紧急）",
  expiring: "即将到期",
  active: "有效",
  unknown: "无法判断",
  terminated: "已终止",
} as const;

let grid: WorkbookGrid;
let analysis: Analysis;
let plan: WritePlan;
const sheetOf = (table: string): SheetPlan => plan.sheets.find((s) => s.tableName === table)!;

beforeAll(async () => {
  grid = await readWorkbookBuffer(readFileSync(DEMO));
  analysis = analyzeWorkbook(grid, { today });
  plan = planWrites(analysis, grid, { lang: "zh-CN", scope: "all", fixedToday: today });
});

test("the four sheets, none of them already in the workbook", () => {
  expect(today).toBe("2026-11-27");
  expect(plan.sheets.map((s) => s.name)).toEqual(["到期提醒", "合规检查", "资格评估", "2026年度交流总结"]);
  const names = new Set(grid.sheets.map((s) => s.name));
  for (const s of plan.sheets) expect(names.has(s.name)).toBe(false);
  expect(plan.deleteSheets).toEqual([]);
});

test("到期提醒: every agreement the generator wrote that is not terminated, with the status, term and last day it meant", () => {
  const expiry = sheetOf("PartnerCities_Expiry");
  const live = sample.agreements.filter((a) => a.status !== "terminated");
  expect(sample.agreements.length).toBeGreaterThan(live.length);
  expect(expiry.rows).toHaveLength(live.length);
  for (const a of live) {
    const row = expiry.rows.find((r) => (r[6] as LinkValue).target === `'${a.sheet}'!A${a.row}`);
    expect({ partner: a.partner, row: row && [row[0], row[2], row[3], row[5]] }).toEqual({
      partner: a.partner,
      row: [
        a.partner,
        a.termStart ? excelSerial(a.termStart) : null,
        a.lastDay ? excelSerial(a.lastDay) : null,
        STATUS_ZH[a.status],
      ],
    });
  }
});

test("到期提醒: soonest first, days left as last day minus today, blanks at the end", () => {
  const rows = sheetOf("PartnerCities_Expiry").rows;
  const days = rows.map((r) => r[4] as number | null);
  const known = days.filter((d): d is number => d !== null);
  expect(days.slice(0, known.length)).toEqual(known);
  expect(days.slice(known.length).every((d) => d === null)).toBe(true);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  for (const r of rows) if (r[3] !== null) expect(r[4]).toBe((r[3] as number) - excelSerial(today));
});

test("合规检查: one row per finding, each linking to a cell of a sheet in the workbook", () => {
  const findings = sheetOf("PartnerCities_Findings");
  expect(findings.rows).toHaveLength(analysis.findings.length);
  const names = new Set(grid.sheets.map((s) => s.name));
  for (const r of findings.rows) {
    const link = r[3] as LinkValue;
    const m = /^'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(link.target);
    expect(m).not.toBeNull();
    expect(names.has(m![1].replace(/''/g, "'"))).toBe(true);
    expect(r[2] === "—").toBe(String(r[1]).startsWith("DATA-"));
  }
  // every planted case shows on the sheet, on its row
  for (const p of sample.planted) {
    expect({
      p,
      shown: findings.rows.some(
        (r) =>
          r[1] === p.rule &&
          (r[3] as LinkValue).target.startsWith(`'${p.sheet}'!`) &&
          (r[3] as LinkValue).target.match(/\d+$/)![0] === String(p.row),
      ),
    }).toEqual({ p, shown: true });
  }
});

test("summary: this year's and last year's exchanges as the generator wrote them; totals are the sums", () => {
  const summary = sheetOf("PartnerCities_Summary_2026");
  expect(summary.rows.length).toBeGreaterThan(0);
  for (const r of summary.rows) {
    const wrote = sample.exchangesByPartner[r[0] as string] ?? { year: 0, previousYear: 0 };
    expect({ partner: r[0], exchanges: r[1], previousYear: r[2] }).toEqual({
      partner: r[0],
      exchanges: wrote.year,
      previousYear: wrote.previousYear,
    });
  }
  summary.columns.forEach((c, i) => {
    if (c.kind === "integer") expect(summary.totals![i]).toBe(summary.rows.reduce((s, r) => s + (r[i] as number), 0));
  });
  expect(summary.chart).not.toBeNull();
});

test("highlights: the register's rows coloured exactly as the generator meant their status", () => {
  const register = sample.sheetNames.register;
  expect(plan.highlights.map((h) => h.sheet)).toEqual([register]);
  const onRegister = sample.agreements.filter((a) => a.sheet === register);
  const first = Math.min(...onRegister.map((a) => a.row));
  const last = Math.max(...onRegister.map((a) => a.row));
  expect(plan.highlights[0].range).toMatch(new RegExp(`^A${first}:[A-Z]+${last}$`));
  const drawn = colours(plan, grid, excelSerial(today), register);
  for (const a of onRegister) {
    const want = a.status === "expired" || a.status === "urgent" || a.status === "expiring" ? a.status : null;
    expect({ partner: a.partner, row: a.row, colour: drawn[a.row] }).toEqual({
      partner: a.partner,
      row: a.row,
      colour: want,
    });
  }
});
