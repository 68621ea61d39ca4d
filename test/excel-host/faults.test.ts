/**
 * The office-js writer under injected failures on the in-memory host. A failed round trip keeps
 * the operations before the failing one and drops the rest, as Excel does. The writer writes the
 * add-in's sheets over the earlier ones in place (so that the user's references to them keep
 * working), so a failure may leave one half-written: every operation must leave each of the
 * add-in's sheets either the old one, the new one, or named as half-written in what the user is
 * told (and in the workbook's setting that records it) — and a workbook that the next run mends
 * into what a clean run makes.
 *
 * The workbooks are made once and shared by the tests that start from them, and a retry is run
 * once per distinct workbook a failure left: the writer is deterministic, so the same workbook
 * retried gives the same result.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { HIGHLIGHT_MARKER } from "../../src/core/plan/writePlan";
import { REQUEST_BUDGET_BYTES, TEMP_SHEET_PREFIX } from "../../src/excel-host/applyPlan";
import { INCOMPLETE_KEY } from "../../src/core/storedSettings";
import { classifyExcelError } from "../../src/excel-host/excelErrors";
import { excelErrorText } from "../../src/core/i18n/errors";
import { failureMessage } from "../../src/commands/ribbonActions";
import type { ExcelRun } from "../../src/excel-host/excelRun";
import {
  createFakeExcel,
  REQUEST_PAYLOAD_LIMIT,
  type FakeExcel,
  type FakeSheet,
  type FakeWorkbookState,
} from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { applyPlanToXlsx } from "../../src/excel-file/applyPlan";
import { writeWorkbook } from "../../src/excel-host/workbookService";
import { usedRect } from "../../src/excel-fake/sheetOps";
import { exceljsPlan, registerWorkbook, REGISTER, saveFake, TODAY, toBuffer } from "../contract/writers";
import { ownTables, workbookModel } from "../contract/workbookModel";
import { unregisteredLog } from "../helpers/unregisteredLog";
import { realClient, type OfficeClient } from "../helpers/officeJsClient";

jest.setTimeout(300_000);

/** A value made on first use, then shared. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const OWN_SHEETS = ["到期提醒", "合规检查", "资格评估", "2026年度交流总结"];
/** An earlier run, on another day: its sheets differ from today's (days left, statuses). */
const EARLIER = "2026-05-01" as IsoDate;
const FAILURE = "ServiceNotAvailable";

const clone = (state: FakeWorkbookState): FakeWorkbookState => structuredClone(state);
/**
 * A workbook as text, for comparing: object keys sorted, since the order in which cells entered
 * the host's map (a sheet written over in place, or built anew) is not something a user can see.
 */
const json = (x: unknown) =>
  JSON.stringify(x, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
const findSheet = (state: FakeWorkbookState, name: string) => state.sheets.find((s) => s.name === name);
/** The add-in's rules: with its marker, or with no formula yet (added by a run that failed before setting it). */
const isOwnRule = (formula: string | null) => (formula ?? "") === "" || (formula ?? "").includes(HIGHLIGHT_MARKER);

/** A run that records how many operations each round trip carried. */
function recordingRun(excel: FakeExcel, operations: number[]): ExcelRun {
  return (batch) =>
    excel.run((context) => {
      const ctx = context as unknown as { sync: (v?: unknown) => Promise<unknown>; _queue: unknown[] };
      const sync = ctx.sync.bind(ctx);
      ctx.sync = (v?: unknown) => {
        if (ctx._queue.length > 0) operations.push(ctx._queue.length);
        return sync(v);
      };
      return batch(context);
    });
}

async function write(excel: FakeExcel, today: IsoDate = TODAY, run: ExcelRun = excel.run) {
  return writeWorkbook(run, { lang: "zh-CN", today }, "all");
}

interface Baseline {
  /** The workbook before the run under test. */
  previous: FakeWorkbookState;
  /** The workbook a clean run makes of it. */
  clean: FakeWorkbookState;
  /** Operations of each round trip of a clean run. */
  operations: number[];
  userSheets: string[];
}

async function baseline(previous: FakeWorkbookState): Promise<Baseline> {
  const excel = createFakeExcel(clone(previous));
  const operations: number[] = [];
  await write(excel, TODAY, recordingRun(excel, operations));
  const userSheets = previous.sheets.map((s) => s.name).filter((n) => !OWN_SHEETS.includes(n));
  return { previous, clean: excel.state, operations, userSheets };
}

/** The sheet without the add-in's rules (they are checked apart) and the protection a test put on it. */
const userPart = (sheet: FakeSheet) => ({
  ...sheet,
  protected: false,
  conditionalFormats: sheet.conditionalFormats.filter((f) => !isOwnRule(f.formula)),
});
/**
 * What must hold after a failed run: the user's sheets as they were; each of the add-in's sheets
 * exactly as before (or absent, when it is new), exactly as a clean run makes it, or named in
 * what the user is told — which is what the workbook's setting records; no other sheet but the
 * temporary ones new sheets are built in; the add-in's rules only ones of before or of the clean
 * run. Returns the violations.
 */
function check(state: FakeWorkbookState, b: Baseline, told: string[]): string[] {
  const violations: string[] = [];
  for (const name of b.userSheets) {
    const now = findSheet(state, name);
    if (!now || json(userPart(now)) !== json(userPart(findSheet(b.previous, name)!)))
      violations.push(`user sheet ${name} changed`);
  }
  const recorded = state.settings[INCOMPLETE_KEY];
  if (json(told) !== json(recorded === undefined ? [] : JSON.parse(String(recorded))))
    violations.push(`told ${json(told)}, the workbook records ${String(recorded)}`);
  for (const name of OWN_SHEETS) {
    const now = json(findSheet(state, name));
    if (now !== json(findSheet(b.clean, name)) && now !== json(findSheet(b.previous, name)) && !told.includes(name))
      violations.push(`${name} is neither the old nor the new sheet, and the user is not told`);
  }
  for (const name of told) if (!OWN_SHEETS.includes(name)) violations.push(`told of ${name}, not the add-in's`);
  for (const s of state.sheets) {
    if (!b.userSheets.includes(s.name) && !OWN_SHEETS.includes(s.name) && !s.name.startsWith(TEMP_SHEET_PREFIX))
      violations.push(`unexpected sheet ${s.name}`);
  }
  // The add-in's rules: each one of before or of the clean run (a rule is added in four
  // operations — add, formula, fill, font — so one may lack its colours, or its formula, until
  // the next run replaces it: the retry below checks that it does).
  const known = new Set(
    [b.previous, b.clean].flatMap((st) =>
      st.sheets.flatMap((s) =>
        s.conditionalFormats.filter((f) => isOwnRule(f.formula)).map((f) => json([s.name, f.address, f.formula])),
      ),
    ),
  );
  for (const s of state.sheets) {
    for (const f of s.conditionalFormats) {
      if (isOwnRule(f.formula) && f.formula !== null && !known.has(json([s.name, f.address, f.formula])))
        violations.push(`foreign rule on ${s.name}`);
    }
  }
  return violations;
}

/** Offsets to fail a round trip at: every one for small round trips, a spread for big ones. */
function offsets(count: number, every: boolean): number[] {
  if (every || count <= 12) return Array.from({ length: count + 1 }, (_, i) => i);
  return [
    ...new Set([
      0,
      1,
      2,
      Math.floor(count / 4),
      Math.floor(count / 2),
      Math.floor((3 * count) / 4),
      count - 2,
      count - 1,
      count,
    ]),
  ];
}

interface Sweep {
  runs: number;
  /** Failures that left one of the add-in's sheets half-written (and told the user so). */
  incomplete: number;
}

/** What a retry (a clean run) on a workbook left by a failure finds wrong, or null. */
async function retryProblem(excel: FakeExcel, b: Baseline, mode: Mode): Promise<string | null> {
  const retried = await write(excel, TODAY, runOn(excel, mode)).then(
    () => null,
    (e: unknown) => e,
  );
  if (retried) return `the retry failed: ${String((retried as Error).message)}`;
  if (json(excel.state.sheets) !== json(b.clean.sheets)) return "the retry differs from a clean run";
  if (INCOMPLETE_KEY in excel.state.settings) return "the retry left a sheet recorded as half-written";
  return null;
}

/** Where the sweep runs: on the host directly, or through the real office.js client, which answers from it. */
interface Mode {
  label: string;
  client?: OfficeClient;
}
const MODES: Mode[] = [{ label: "in-memory host" }, { label: "office.js web client", client: "web" }];

const runOn = (excel: FakeExcel, mode: Mode): ExcelRun =>
  mode.client ? realClient(excel, mode.client).run : excel.run;

const clientOperations = new WeakMap<Baseline, Promise<number[]>>();

/**
 * Operations of each round trip of a clean run in this mode: through the client, the host applies
 * what its requests carry (checked to make the baseline's workbook), measured once per baseline.
 */
function operationsIn(b: Baseline, mode: Mode): Promise<number[]> {
  if (!mode.client) return Promise.resolve(b.operations);
  let operations = clientOperations.get(b);
  if (!operations) {
    operations = (async () => {
      const excel = createFakeExcel(clone(b.previous));
      await write(excel, TODAY, runOn(excel, mode));
      expect(json(excel.state.sheets)).toBe(json(b.clean.sheets));
      return excel.stats.syncOperations;
    })();
    clientOperations.set(b, operations);
  }
  return operations;
}

/** Where to fail round trip `sync` (1-based) of `count` operations. */
type Offsets = (count: number, sync: number) => number[];

/**
 * Fails each round trip of a run at the offsets given; checks what is left, then that a retry is a
 * clean run. A write round trip after the first is not failed before its first operation: that
 * leaves the same workbook, with the same error, as failing the round trip before it after its last.
 */
async function sweep(b: Baseline, mode: Mode, offsetsOf: Offsets): Promise<Sweep> {
  const result: Sweep = { runs: 0, incomplete: 0 };
  const violations: string[] = [];
  // What the retry found, by the workbook it started from; the workbook before the run is retried
  // into the clean one by definition (that is how the baseline was made).
  const retries = new Map<string, string | null>([[json(b.previous), null]]);
  const operations = await operationsIn(b, mode);
  for (let sync = 1; sync <= operations.length; sync++) {
    const reading = sync <= 2;
    const list = offsetsOf(operations[sync - 1]!, sync).filter((n) => sync <= 3 || n > 0);
    for (const afterOperations of list) {
      const excel = createFakeExcel(clone(b.previous));
      excel.inject.failSync(sync, FAILURE, { afterOperations });
      const error = await write(excel, TODAY, runOn(excel, mode)).then(
        () => null,
        (e: unknown) => e,
      );
      const at = `sync ${sync} after ${afterOperations}`;
      result.runs++;
      if (!error) {
        violations.push(`${at}: no error`);
        continue;
      }
      const failure = classifyExcelError(error);
      if (failure.code !== FAILURE || !failure.retryable) violations.push(`${at}: ${json(failure)}`);
      const told = failure.incomplete ?? [];
      violations.push(...check(excel.state, b, told).map((v) => `${at}: ${v}`));
      if (told.length > 0) result.incomplete++;
      const left = json(excel.state);
      if (reading && left !== json(b.previous)) violations.push(`${at}: a failed read changed the workbook`);
      // The retry: the same as a clean run, no temporary sheet left.
      excel.inject.clear();
      if (!retries.has(left)) retries.set(left, await retryProblem(excel, b, mode));
      const problem = retries.get(left);
      if (problem) violations.push(`${at}: ${problem}`);
    }
  }
  expect(violations).toEqual([]);
  return result;
}

/** Reads fail at their start; writes at every operation, or at a spread of them. */
const readsAnd =
  (writes: (count: number) => number[]): Offsets =>
  (count, sync) =>
    sync <= 2 ? [0] : writes(count);
const EVERY = readsAnd((n) => offsets(n, true));
const SPREAD = readsAnd((n) => offsets(n, false));

async function smallWorkbook(): Promise<FakeWorkbookState> {
  const { workbook, sheet } = registerWorkbook();
  sheet.addConditionalFormatting({
    ref: "B3:B6",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["LEN($B3)>3"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
      },
    ],
  });
  workbook.addWorksheet("备注").getCell("A1").value = "用户的备注";
  return fakeStateFromXlsx(await toBuffer(workbook));
}

async function afterEarlierRun(state: FakeWorkbookState): Promise<FakeWorkbookState> {
  const excel = createFakeExcel(clone(state));
  await write(excel, EARLIER);
  return excel.state;
}

/** Rows of the big workbook: with long partner names, some 5.4 MB of writes, more than one request may carry. */
const BIG_ROWS = 5000;
const BIG_PADDING = 100;

// The workbooks and baselines the tests start from, each made once.
const small = once(smallWorkbook);
const smallAfterEarlier = once(async () => afterEarlierRun(await small()));
const smallFirstRun = once(async () => baseline(await small()));
const smallSecondRun = once(async () => baseline(await smallAfterEarlier()));

// The workbooks and baselines of the sweeps, made once and shared by both modes.
const demoSecondRun = once(async () =>
  baseline(
    await afterEarlierRun(
      await fakeStateFromXlsx(readFileSync(join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx"))),
    ),
  ),
);
const bigSecondRun = once(async () =>
  baseline(await afterEarlierRun(unregisteredLog(REGISTER, BIG_ROWS, BIG_PADDING))),
);

/**
 * On the host every offset of the small runs and a spread of the others; through the client,
 * whose runs take several times as long, a spread of the small runs and of the demo, and of the
 * split run one failure, in the middle of its second write round trip.
 */
describe.each(MODES)(
  "a failed round trip leaves each of the add-in's sheets old, new, or told to the user as half-written ($label)",
  (mode) => {
    const host = !mode.client;

    test("first run on a small register: every round trip (on the host, every operation)", async () => {
      const b = await smallFirstRun();
      expect(b.operations.length).toBe(3);
      const { runs } = await sweep(b, mode, host ? EVERY : SPREAD);
      if (host) expect(runs).toBe(2 + b.operations[2]! + 1);
    });

    test("a run over an earlier run's sheets, written in place: every round trip (on the host, every operation)", async () => {
      const b = await smallSecondRun();
      expect(json(findSheet(b.previous, "到期提醒"))).not.toBe(json(findSheet(b.clean, "到期提醒")));
      const { runs, incomplete } = await sweep(b, mode, host ? EVERY : SPREAD);
      // Failures inside the writing of a sheet over the earlier one leave it half-written, and say so.
      expect(incomplete).toBeGreaterThan(0);
      expect(incomplete).toBeLessThan(runs);
    });

    test("a run over an earlier run on the demo workbook: every round trip, a spread of operations", async () => {
      await sweep(await demoSecondRun(), mode, SPREAD);
    });

    test("a run split over several write round trips: each (on the host) at its start, middle and end", async () => {
      const b = await bigSecondRun();
      expect(b.operations.length).toBeGreaterThanOrEqual(4);
      await sweep(
        b,
        mode,
        host ? readsAnd((n) => [0, Math.floor(n / 2), n]) : (n, sync) => (sync === 4 ? [Math.floor(n / 2)] : []),
      );
    });
  },
);

describe("request size", () => {
  test("a plan too big for one request is sent in several, each under the limit, to the same result as one pass", async () => {
    const input = unregisteredLog(REGISTER, BIG_ROWS, BIG_PADDING);
    const excel = createFakeExcel(clone(input));
    const outcome = await write(excel);
    const writes = excel.stats.requestBytes.slice(2);
    const total = writes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT);
    expect(writes.length).toBeGreaterThan(1);
    for (const bytes of excel.stats.requestBytes) {
      expect(bytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(bytes).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
    }
    // The bound: 3 round trips, plus one per 4 MB written — and, because Excel on the web
    // limits responses to 5 MB too, one per 100,000 cells read beyond a sheet's first 1,000 rows.
    const cellsBeyondHead = input.sheets.reduce((n, sheet) => {
      const used = usedRect(sheet, true);
      return n + (used ? Math.max(0, used.row + used.rowCount - 1000) * used.columnCount : 0);
    }, 0);
    expect(excel.stats.syncs).toBeLessThanOrEqual(
      3 + Math.ceil(total / REQUEST_BUDGET_BYTES) + Math.ceil(cellsBeyondHead / 100_000),
    );
    expect(outcome.plan!.sheets[1]!.rows.length).toBeGreaterThanOrEqual(BIG_ROWS);

    // One pass: the exceljs writer carries out the same plan in one go.
    const inputXlsx = await saveFake(input);
    const plan = await exceljsPlan(inputXlsx, "zh-CN");
    const { settings: _a, ...planned } = outcome.plan!;
    const { settings: _b, ...again } = plan;
    expect(json(planned)).toBe(json(again));
    const split = await workbookModel(await saveFake(excel.state));
    const single = await workbookModel(await applyPlanToXlsx(inputXlsx, plan));
    expect(split.sheets.map((s) => s.name)).toEqual(single.sheets.map((s) => s.name));
    for (const sheet of split.sheets) expect(json(sheet)).toBe(json(single.sheets.find((s) => s.name === sheet.name)));
    expect(ownTables(split)).toEqual(ownTables(single));
    expect(split.ownRules).toEqual(single.ownRules);
  });
});

describe("Excel's refusals", () => {
  test("the register protected between the read and the write: rejected as protected, nothing half-written, fine once unprotected", async () => {
    const b = await smallSecondRun();
    const excel = createFakeExcel(clone(b.previous));
    const operations: number[] = [];
    const recording = recordingRun(excel, operations);
    const run: ExcelRun = (batch) =>
      recording(async (context) => {
        const original = context.sync.bind(context);
        let syncs = 0;
        (context as unknown as { sync: typeof context.sync }).sync = (async (v?: unknown) => {
          const result = await original(v);
          if (++syncs === 2) excel.inject.protectSheet(REGISTER);
          return result;
        }) as typeof context.sync;
        return batch(context);
      });
    const error = await write(excel, TODAY, run).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyExcelError(error)).toEqual({ problem: "protected", retryable: false, code: "AccessDenied" });
    expect(check(excel.state, b, [])).toEqual([]);
    excel.inject.unprotectSheet(REGISTER);
    await write(excel);
    expect(json(excel.state.sheets)).toBe(json(b.clean.sheets));
  });

  test("the register protected before the run: rejected as protected", async () => {
    const b = await smallFirstRun();
    const excel = createFakeExcel(clone(b.previous));
    excel.inject.protectSheet(REGISTER);
    const error = await write(excel).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyExcelError(error)).toMatchObject({ problem: "protected", retryable: false });
    expect(check(excel.state, b, [])).toEqual([]);
  });

  test("a sheet of the add-in's protected: rejected as protected before anything is written", async () => {
    const b = await smallSecondRun();
    const excel = createFakeExcel(clone(b.previous));
    excel.inject.protectSheet("合规检查");
    const error = await write(excel).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyExcelError(error)).toEqual({ problem: "protected", retryable: false, code: "AccessDenied" });
    expect(json(excel.state.sheets)).toBe(
      json(b.previous.sheets.map((s) => ({ ...s, protected: s.name === "合规检查" }))),
    );
  });

  test("a failure while a sheet is written over: the user is told which, in words, and the next run mends it", async () => {
    const b = await smallSecondRun();
    const excel = createFakeExcel(clone(b.previous));
    // The write round trip, a few operations into the expiry sheet (after the setting and its resizing).
    excel.inject.failSync(3, FAILURE, { afterOperations: 5 });
    const error = await write(excel).then(
      () => null,
      (e: unknown) => e,
    );
    const failure = classifyExcelError(error);
    expect(failure).toEqual({ problem: "busy", retryable: true, code: FAILURE, incomplete: ["到期提醒"] });
    expect(json(findSheet(excel.state, "到期提醒"))).not.toBe(json(findSheet(b.previous, "到期提醒")));
    expect(check(excel.state, b, failure.incomplete!)).toEqual([]);
    expect(excelErrorText(failure, "zh-CN")).toBe(
      "Excel 正忙，这次没有完成。请稍后重试。工作表“到期提醒”只写入了一部分，请再运行一次，即可重新写完整。",
    );
    expect(excelErrorText(failure, "en-US")).toBe(
      'Excel is busy and the run did not finish. Please try again in a moment. The run stopped part way through "到期提醒": run it again to complete it.',
    );
    expect(failureMessage(error, "zh-CN")).toContain("“到期提醒”");
    expect(await retryProblem(excel, b, MODES[0]!)).toBeNull();
  });

  test("a cell being edited: rejected as editing, retryable, nothing written", async () => {
    const b = await smallFirstRun();
    const excel = createFakeExcel(clone(b.previous));
    excel.inject.setCellEditMode(true);
    const error = await write(excel).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyExcelError(error)).toEqual({
      problem: "editing",
      retryable: true,
      code: "InvalidOperationInCellEditMode",
    });
    expect(json(excel.state)).toBe(json(b.previous));
    excel.inject.setCellEditMode(false);
    await write(excel);
    expect(json(excel.state.sheets)).toBe(json(b.clean.sheets));
  });
});
