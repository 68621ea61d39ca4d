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
import { createFakeExcel } from "../../src/excel-fake";
import { applyPlan, REQUEST_BUDGET_BYTES } from "../../src/excel-host/applyPlan";
import { readWorkbook } from "../../src/excel-host/readWorkbook";
import { realClient } from "../helpers/officeJsClient";
import { REGISTER } from "../contract/writers";
import { unregisteredLog } from "../helpers/unregisteredLog";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;
const FOUR_MB = 4_000_000;

test("a write of 12,000 linked findings: every request and response under 4 MB as sent, the budget never below it", async () => {
  const excel = createFakeExcel(unregisteredLog(REGISTER, 12_000, 120));
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
    ({ budgeted } = await applyPlan(context, plan, inventory));
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
