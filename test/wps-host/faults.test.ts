/**
 * The ET writer under injected failures on the in-memory ET host. ET acts at once, so a failure
 * part way leaves whatever was done before it: the writer builds each sheet under a temporary name,
 * removes what it was building when it fails, and swaps sheets in so that each step leaves, for
 * each of the add-in's sheets, the old one or the new one (or, inside a swap, both whole under
 * temporary names) — never a half-written sheet — and the next run mends the rest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { HIGHLIGHT_MARKER } from "../../src/core/plan/writePlan";
import { ASIDE_SHEET_PREFIX, TEMP_SHEET_PREFIX } from "../../src/excel-host/applyPlan";
import type { FakeSheet, FakeWorkbookState } from "../../src/excel-fake/state";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { createFakeEt, EtFakeError } from "../../src/wps-fake";
import { wpsAddinServices } from "../../src/wps-host/addinServices";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;
/** An earlier run, on another day: its sheets differ from today's (days left, statuses). */
const EARLIER = "2026-05-01" as IsoDate;
const OWN_SHEETS = ["到期提醒", "合规检查", "资格评估", "2026年度交流总结"];

const json = (x: unknown) => JSON.stringify(x);
const findSheet = (state: FakeWorkbookState, name: string) => state.sheets.find((s) => s.name === name);
const userPart = (sheet: FakeSheet) => ({
  ...sheet,
  conditionalFormats: sheet.conditionalFormats.filter((f) => !(f.formula ?? "").includes(HIGHLIGHT_MARKER)),
});
/** A sheet under a temporary name (set aside, or built and not yet swapped in), as it is under its own. */
const asNamed = (sheet: FakeSheet, name: string) => ({
  ...sheet,
  name,
  tables: sheet.tables.map((t) => ({ ...t, name: t.name.replace(/_(old|new)$/, "") })),
  charts: sheet.charts.map((c) => ({ ...c, source: c.source.replace(`'${sheet.name}'!`, `'${name}'!`) })),
});

async function write(state: FakeWorkbookState, today: IsoDate, fault?: [string, number]) {
  const et = createFakeEt(state);
  if (fault) et.failAt(fault[0], fault[1]);
  await wpsAddinServices(et.Application, { lang: "zh-CN", today: () => today }).write("all");
  return et;
}

let previous: FakeWorkbookState;
let clean: FakeWorkbookState;
let uses: Record<string, number>;

beforeAll(async () => {
  const demo = await fakeStateFromXlsx(readFileSync(join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx")));
  previous = (await write(demo, EARLIER)).state;
  const run = await write(structuredClone(previous), TODAY);
  clean = run.state;
  uses = { ...run.uses };
});

/** What a run changes the workbook with: property writes and calls that are not reads. */
const READS = /\.(Item|Address|Range|ChartObjects)\(\)$/;
const changes = () =>
  Object.entries(uses)
    .filter(([use]) => (use.endsWith("=") || use.endsWith("()")) && !READS.test(use))
    .flatMap(([use, count]) => [...new Set([1, Math.ceil(count / 2), count])].map((n) => [use, n] as [string, number]));

test("a clean run changes the workbook through the members the fault cases cover", () => {
  expect(changes().map(([use]) => use)).toEqual(
    expect.arrayContaining(["EtSheets.Add()", "EtRange.Value2=", "EtWorksheet.Delete()", "EtFormatConditions.Add()"]),
  );
});

/** What is wrong with the workbook a failed run left: nothing, when each of the add-in's sheets is whole. */
function violations(state: FakeWorkbookState): string[] {
  const out: string[] = [];
  for (const sheet of previous.sheets.filter((s) => !OWN_SHEETS.includes(s.name)))
    if (json(userPart(findSheet(state, sheet.name)!)) !== json(userPart(sheet)))
      out.push(`user sheet ${sheet.name} changed`);
  // A sheet left under a temporary name is whole: a new one complete, or a previous one set aside.
  for (const s of state.sheets) {
    if (!s.name.startsWith(TEMP_SHEET_PREFIX)) continue;
    const whole = OWN_SHEETS.some((name) =>
      [findSheet(clean, name), findSheet(previous, name)].some((sheet) => json(asNamed(s, name)) === json(sheet)),
    );
    if (!whole) out.push(`${s.name} is not a whole sheet`);
  }
  for (const name of OWN_SHEETS) {
    const now = findSheet(state, name);
    const before = findSheet(previous, name)!;
    if (now) {
      if (![json(before), json(findSheet(clean, name))].includes(json(now))) out.push(`${name} is neither old nor new`);
    } else if (
      !state.sheets.some((s) => s.name.startsWith(ASIDE_SHEET_PREFIX) && json(asNamed(s, name)) === json(before))
    )
      out.push(`${name} is gone`);
  }
  return out;
}

test("a failure at any change leaves no half-written sheet, and the next run mends it", async () => {
  const problems: string[] = [];
  const cases = changes();
  expect(cases.length).toBeGreaterThan(40);
  for (const [use, n] of cases) {
    const state = structuredClone(previous);
    const failed = await write(state, TODAY, [use, n]).then(
      () => false,
      (error: unknown) => error instanceof EtFakeError,
    );
    if (!failed) problems.push(`${use} #${n}: the run did not fail with the injected error`);
    for (const v of violations(state)) problems.push(`${use} #${n}: ${v}`);
    const retried = await write(state, TODAY);
    if (json(retried.state) !== json(clean))
      problems.push(`${use} #${n}: the next run did not give the clean workbook`);
  }
  expect(problems).toEqual([]);
});
