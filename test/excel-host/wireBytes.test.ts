/**
 * Round trips in the bytes the real office.js client sends (UTF-8 of the request's JSON), not
 * in the writer's own count: a write of more than 10,000 findings, each with a link to its row,
 * through Excel.run of the web host file. Every request — the clean-up request Excel.run sends
 * at the end included — and every response stays under 4 MB, the writer's budget for each round
 * trip is never below what the client then sends, and round trips grow by one per 4 MB.
 */
import type { IsoDate } from "../../src/core/dates/isoDate";
import { analyzeWorkbook } from "../../src/core/analyze";
import { planWrites } from "../../src/core/plan/planWrites";
import { createFakeExcel, emptySheet, type FakeSheet, type FakeWorkbookState } from "../../src/excel-fake";
import { applyPlan, REQUEST_BUDGET_BYTES } from "../../src/excel-host/applyPlan";
import { readWorkbook } from "../../src/excel-host/readWorkbook";
import { realClient } from "../helpers/officeJsClient";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;
const FOUR_MB = 4_000_000;

/**
 * A register of three partners and an exchange log of `rows` rows naming partners the register
 * does not have: one finding per row (DATA-PARTNER), each linking to its row.
 */
function workbook(rows: number, padding: number): FakeWorkbookState {
  const register = emptySheet("友城名录");
  const log = emptySheet("交流活动");
  const put = (s: FakeSheet, r: number, c: number, value: string | number, numberFormat?: string) => {
    s.cells[`${r},${c}`] = numberFormat ? { value, numberFormat } : { value };
  };
  ["友城名称", "签署日期", "到期日期"].forEach((h, c) => put(register, 0, c, h));
  ["巴黎市", "东京都", "首尔市"].forEach((p, i) => {
    put(register, i + 1, 0, p);
    put(register, i + 1, 1, 42500 + i * 400, "yyyy-mm-dd");
    put(register, i + 1, 2, 46000 + i * 300, "yyyy-mm-dd");
  });
  ["日期", "友城", "交流形式"].forEach((h, c) => put(log, 0, c, h));
  for (let r = 1; r <= rows; r++) {
    put(log, r, 0, 46000 + (r % 300), "yyyy-mm-dd");
    put(log, r, 1, `未登记城市${r}${"区".repeat(padding)}`);
    put(log, r, 2, "考察");
  }
  return { sheets: [register, log], activeSheet: null, settings: {} };
}

test("a write of 12,000 linked findings: every request and response under 4 MB as sent, the budget never below it", async () => {
  const excel = createFakeExcel(workbook(12_000, 120));
  const { run, wire } = realClient(excel, "web");
  let budgeted: number[] = [];
  let findings = 0;
  let reads = 0;
  await run(async (context) => {
    const inventory = await readWorkbook(context);
    reads = wire.requests.length;
    const analysis = analyzeWorkbook(inventory.book, { today: TODAY });
    findings = analysis.findings.length;
    const plan = planWrites(analysis, inventory.book, { lang: "zh-CN", scope: "all", fixedToday: null });
    budgeted = await applyPlan(context, plan, inventory);
  });
  expect(findings).toBeGreaterThan(12_000);

  // The writes, then Excel.run's clean-up request.
  const writes = wire.requests.slice(reads, reads + budgeted.length);
  const cleanup = wire.requests.slice(reads + budgeted.length);
  expect(cleanup).toHaveLength(1);
  const total = writes.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(2 * FOUR_MB);
  for (const bytes of [...wire.requests, ...wire.responses]) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
  // Kept references are few, so their release is small.
  expect(cleanup[0]).toBeLessThan(50_000);
  expect(wire.keptReferences).toBe(0);

  writes.forEach((bytes, i) => {
    expect(bytes).toBeLessThanOrEqual(budgeted[i]!);
    expect(budgeted[i]!).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });
  // The count is close to what is sent (within 15% on the full round trips), so round trips are not wasted.
  const full = writes.filter((_, i) => budgeted[i]! > REQUEST_BUDGET_BYTES / 2);
  expect(full.length).toBeGreaterThan(1);
  full.forEach((bytes) => expect(bytes).toBeGreaterThan(0.85 * budgeted[writes.indexOf(bytes)]!));
  expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / REQUEST_BUDGET_BYTES) + 1);
});
