/**
 * The corpus of bad inputs: every case of cases.ts through
 * (a) the analysis and the JSON report: nothing throws, and the user sees what the case declares;
 * (b) both writers, the exceljs one (the command line's --out) and the office-js one on the
 *     in-memory host: nothing escapes but an expected, classified refusal, and every input cell
 *     is as it was;
 * (c) for injection cases, the text reaches every add-in sheet as that text, never a formula.
 * Unreadable files go to the command line instead: one line on standard error, exit 2.
 */
import { CannotKeepError } from "../../src/excel-file/plan/userRulesGuard";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runReport } from "../../src/cli/report";
import { CLI_MESSAGES } from "../../src/core/i18n/cli";
import { fill } from "../../src/core/i18n/format";
import { TABLE_PREFIX, type LinkValue } from "../../src/core/plan/writePlan";
import type { ReportDocument } from "../../src/core/report/buildReport";
import { readWorkbookBuffer, WorkbookReadError } from "../../src/excel-file/readWorkbook";
import { COMMAND_MS, withCommands } from "../helpers/ceilings";
import { CASES, UNREADABLE, type CorpusCase, type Expect } from "./cases";
import { EXCEL_CELL_LIMIT, fakeOwnSheets, runCase, TODAY, unwrap, type CaseRun, type Outcome } from "./harness";

const TABLE_OF_KIND = {
  expiry: `${TABLE_PREFIX}Expiry`,
  findings: `${TABLE_PREFIX}Findings`,
  eligibility: `${TABLE_PREFIX}Eligibility`,
};

// ---------------------------------------------------------------------------------------------
// (a) what the user sees

function place(f: { sheet: string; row: number; column: string | null }): string {
  return `${f.sheet}!${f.column ?? "(row)"}${f.row}`;
}

function findingsAt(report: ReportDocument, sheet: string, row: number): string[] {
  return report.findings
    .filter((f) => f.sheet === sheet && f.row === row)
    .map((f) => `${f.rule} ${place(f)}: ${f.message.slice(0, 80)}`);
}

/** Problems with one declared expectation; empty when it holds. */
function problemsWith(e: Expect, run: CaseRun): string[] {
  const { report } = run;
  if ("finding" in e) {
    const hits = report.findings.filter(
      (f) =>
        f.rule === e.finding &&
        f.sheet === e.sheet &&
        f.row === e.row &&
        (e.column === undefined || f.column === e.column),
    );
    if (hits.length !== 1) {
      return [
        `expected one ${e.finding} at ${e.sheet}!${e.column ?? ""}${e.row}, found ${hits.length}; findings on that row: ${JSON.stringify(findingsAt(report, e.sheet, e.row))}`,
      ];
    }
    if (e.quotes !== undefined && !hits[0].message.includes(e.quotes))
      return [`${e.finding} at ${e.sheet}!${e.row} does not quote “${e.quotes}”: ${hits[0].message}`];
    return [];
  }
  if ("noFinding" in e) {
    const hits = report.findings.filter(
      (f) =>
        (e.noFinding === "*" || f.rule === e.noFinding) &&
        (e.sheet === undefined || f.sheet === e.sheet) &&
        (e.row === undefined || f.row === e.row) &&
        (e.column === undefined || f.column === e.column),
    );
    return hits.map((f) => `unexpected ${f.rule} at ${place(f)}: ${f.message.slice(0, 120)}`);
  }
  if ("status" in e) {
    const a = report.agreements.find((x) => x.sheet === e.sheet && x.row === e.row);
    if (!a)
      return [
        `no agreement read on ${e.sheet}!${e.row}; agreements: ${JSON.stringify(report.agreements.map((x) => `${x.sheet}!${x.row}`))}`,
      ];
    const problems: string[] = [];
    if (a.status !== e.status)
      problems.push(`${e.sheet}!${e.row} (${a.partner.slice(0, 30)}): status ${a.status}, expected ${e.status}`);
    if (e.lastDay !== undefined && a.lastDay !== e.lastDay)
      problems.push(`${e.sheet}!${e.row}: last day ${a.lastDay}, expected ${e.lastDay}`);
    return problems;
  }
  if ("agreementRows" in e) {
    const rows = report.agreements.filter((a) => a.sheet === e.sheet).map((a) => a.row);
    return JSON.stringify(rows) === JSON.stringify(e.agreementRows)
      ? []
      : [`agreements read on ${e.sheet}: rows ${JSON.stringify(rows)}, expected ${JSON.stringify(e.agreementRows)}`];
  }
  if ("role" in e) {
    const s = report.sheets.find((x) => x.name === e.sheet && x.role === e.role);
    if (!s) return [`${e.sheet} is not read as the ${e.role}; sheets: ${JSON.stringify(report.sheets)}`];
    return e.headerRow === undefined || s.headerRow === e.headerRow
      ? []
      : [`${e.sheet}: header row ${s.headerRow}, expected ${e.headerRow}`];
  }
  if ("noRole" in e) {
    const s = report.sheets.filter((x) => x.name === e.noRole);
    return s.length === 0 ? [] : [`${e.noRole} was given a role: ${JSON.stringify(s)}`];
  }
  if ("toldNoRegister" in e) {
    const registers = report.sheets.filter((s) => s.role === "register");
    if (registers.length > 0) return [`a register was found: ${JSON.stringify(registers)}`];
    const problems: string[] = [];
    if (run.analysis.sheets.some((s) => s.role === "register"))
      problems.push("the analysis has a register: the pane would not say none was found");
    if (report.agreements.length > 0)
      problems.push(
        `agreements were read without a register: ${JSON.stringify(report.agreements.map((a) => `${a.sheet}!${a.row}`))}`,
      );
    return problems;
  }
  if ("ownSheet" in e) {
    const problems: string[] = [];
    if (run.excelJs.ok) {
      const sheet = run.excelJs.value.plan.sheets.find((s) => s.tableName === TABLE_OF_KIND[e.kind]);
      if (sheet?.name !== e.ownSheet)
        problems.push(`exceljs: the ${e.kind} sheet is named ${sheet?.name}, expected ${e.ownSheet}`);
      if (!run.excelJs.value.after.names.includes(e.ownSheet))
        problems.push(`exceljs: no sheet ${e.ownSheet} in the output`);
    }
    if (run.fake.ok && !run.fake.value.refusal && !fakeOwnSheets(run.fake.value.after).includes(e.ownSheet)) {
      problems.push(
        `office-js: the add-in's sheets are ${JSON.stringify(fakeOwnSheets(run.fake.value.after))}, expected ${e.ownSheet} among them`,
      );
    }
    return problems;
  }
  if ("linkTarget" in e) {
    const problems: string[] = [];
    if (run.excelJs.ok) {
      const { plan } = run.excelJs.value;
      const findings = plan.sheets.find((s) => s.tableName === TABLE_OF_KIND.findings);
      const targets = (findings?.rows ?? []).flatMap((r) =>
        r.filter((v): v is LinkValue => typeof v === "object" && v !== null).map((v) => v.target),
      );
      if (!targets.includes(e.linkTarget))
        problems.push(`plan: no link to ${e.linkTarget}; links: ${JSON.stringify(targets)}`);
      const written = Object.values(run.excelJs.value.links[findings?.name ?? ""] ?? {});
      if (!written.includes(e.linkTarget))
        problems.push(`exceljs: no cell links to ${e.linkTarget}; links: ${JSON.stringify(written)}`);
    }
    if (run.fake.ok && !run.fake.value.refusal) {
      const state = run.fake.value.after;
      const own = state.sheets.find((s) => s.tables.some((t) => t.name === TABLE_OF_KIND.findings));
      const refs = Object.values(own?.cells ?? {}).map((c) => c.hyperlink?.documentReference);
      if (!refs.includes(e.linkTarget))
        problems.push(`office-js: no cell links to ${e.linkTarget}; links: ${JSON.stringify(refs.filter(Boolean))}`);
    }
    return problems;
  }
  return [`unknown expectation ${JSON.stringify(e)}`];
}

/** What every report must be, whatever the case: messages filled in, places that exist. */
function generalProblems(run: CaseRun): string[] {
  const problems: string[] = [];
  const names = new Set(run.grid.sheets.map((s) => s.name));
  JSON.stringify(run.report);
  for (const f of run.report.findings) {
    if (!f.message || /\{[a-zA-Z]+\}|undefined|NaN|\[object Object\]/.test(f.message))
      problems.push(`unclear message for ${f.rule} at ${place(f)}: ${f.message.slice(0, 200)}`);
    if (!names.has(f.sheet)) problems.push(`${f.rule} points at a sheet that does not exist: ${f.sheet}`);
    if (!Number.isInteger(f.row) || f.row < 1) problems.push(`${f.rule} points at row ${f.row}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (b) the writers

function exceljsProblems(run: CaseRun): string[] {
  const w = unwrap(run.excelJs, "the exceljs writer (applyPlanToXlsx)");
  const problems: string[] = [];
  const own = new Set(w.plan.sheets.map((s) => s.name));
  if (w.before.date1904 !== w.after.date1904)
    problems.push(`the workbook's date system changed: 1904 ${w.before.date1904} → ${w.after.date1904}`);
  for (const name of w.before.names) {
    if (!w.after.names.includes(name)) {
      problems.push(`the user's sheet ${name} is gone`);
      continue;
    }
    const before = w.before.cells[name];
    const after = w.after.cells[name];
    for (const address of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[address]) !== JSON.stringify(after[address])) {
        problems.push(
          `${name}!${address} changed: ${JSON.stringify(before[address])?.slice(0, 120)} → ${JSON.stringify(after[address])?.slice(0, 120)}`,
        );
      }
    }
    const be = JSON.stringify(w.before.extras[name]);
    const ae = JSON.stringify(w.after.extras[name]);
    if (be !== ae)
      problems.push(`${name}: merges, hidden rows/columns, filter, protection or visibility changed: ${be} → ${ae}`);
  }
  // The same, as the core reads it (values with dates as serials, number formats).
  for (const sheet of run.grid.sheets) {
    const out = w.outputGrid.sheets.find((s) => s.name === sheet.name);
    if (
      out &&
      JSON.stringify({ v: out.values, f: out.formats }) !== JSON.stringify({ v: sheet.values, f: sheet.formats })
    ) {
      problems.push(`${sheet.name}: the grid read back differs from the input's`);
    }
  }
  for (const name of own) {
    for (const [address, cell] of Object.entries(w.after.cells[name] ?? {})) {
      const v = cell.value as { formula?: unknown; sharedFormula?: unknown; text?: unknown } | string | null;
      if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))
        problems.push(`${name}!${address} holds a formula: ${JSON.stringify(v).slice(0, 120)}`);
      const text = typeof v === "string" ? v : typeof v?.text === "string" ? v.text : "";
      if (text.length > EXCEL_CELL_LIMIT)
        problems.push(`${name}!${address} holds ${text.length} characters, over Excel's ${EXCEL_CELL_LIMIT}`);
    }
  }
  return problems;
}

function fakeProblems(c: CorpusCase, run: CaseRun): string[] {
  const w = unwrap(run.fake, "the office-js writer on the in-memory host");
  const problems: string[] = [];
  const wanted = c.fake?.refusal;
  if (wanted) {
    if (!w.refusal) problems.push(`expected the write to be refused (${wanted}), it succeeded`);
    else if (w.refusal.failure.problem !== wanted)
      problems.push(`refused as ${JSON.stringify(w.refusal.failure)}, expected ${wanted}: ${String(w.refusal.error)}`);
  } else if (w.refusal) {
    const e = w.refusal.error;
    problems.push(
      `the write failed: ${JSON.stringify(w.refusal.failure)} ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}`,
    );
  }
  for (const before of w.before.sheets) {
    const after = w.after.sheets.find((s) => s.name === before.name);
    if (!after) {
      problems.push(`the user's sheet ${before.name} is gone`);
      continue;
    }
    for (const key of new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])) {
      if (JSON.stringify(before.cells[key]) !== JSON.stringify(after.cells[key])) {
        problems.push(
          `${before.name} cell ${key} changed: ${JSON.stringify(before.cells[key])?.slice(0, 120)} → ${JSON.stringify(after.cells[key])?.slice(0, 120)}`,
        );
      }
    }
    if (before.visibility !== after.visibility)
      problems.push(`${before.name}: visibility ${before.visibility} → ${after.visibility}`);
    if (JSON.stringify(before.tables) !== JSON.stringify(after.tables))
      problems.push(`${before.name}: the user's tables changed`);
  }
  for (const name of fakeOwnSheets(w.after)) {
    const sheet = w.after.sheets.find((s) => s.name === name)!;
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (cell.formula !== undefined)
        problems.push(`${name} cell ${key} holds a formula: ${cell.formula.slice(0, 120)}`);
      if (typeof cell.value === "string" && cell.value.length > EXCEL_CELL_LIMIT)
        problems.push(`${name} cell ${key} holds ${cell.value.length} characters, over Excel's ${EXCEL_CELL_LIMIT}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (c) injection: the text, as text, on the add-in's sheets

function textProblems(texts: string[], run: CaseRun): string[] {
  const problems: string[] = [];
  const w = unwrap(run.excelJs, "the exceljs writer");
  const ownNames = w.plan.sheets.map((s) => s.name);
  for (const t of texts) {
    const where: string[] = [];
    for (const name of ownNames) {
      for (const [address, cell] of Object.entries(w.after.cells[name] ?? {})) {
        if (cell.value === t) where.push(`${name}!${address}`);
        else if (
          typeof cell.value === "object" &&
          cell.value !== null &&
          JSON.stringify(cell.value).includes(JSON.stringify(t).slice(1, -1)) &&
          "formula" in cell.value
        ) {
          problems.push(`exceljs: ${name}!${address} holds ${JSON.stringify(t)} inside a formula`);
        }
      }
    }
    if (where.length === 0)
      problems.push(
        `exceljs: ${JSON.stringify(t.slice(0, 60))} is on none of the add-in's sheets (${ownNames.join(", ")}) as that exact text`,
      );

    const f = unwrap(run.fake, "the office-js writer");
    if (f.refusal) continue;
    const fakeWhere: string[] = [];
    for (const name of fakeOwnSheets(f.after)) {
      const sheet = f.after.sheets.find((s) => s.name === name)!;
      for (const [key, cell] of Object.entries(sheet.cells)) {
        if (cell.value === t && cell.formula === undefined && !cell.error) fakeWhere.push(`${name} ${key}`);
        if (cell.formula !== undefined && cell.formula.includes(t))
          problems.push(`office-js: ${name} cell ${key} holds ${JSON.stringify(t)} as a formula`);
      }
    }
    if (fakeWhere.length === 0)
      problems.push(
        `office-js: ${JSON.stringify(t.slice(0, 60))} is on none of the add-in's sheets as that exact text`,
      );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe.each(CASES.map((c) => [c.id, c] as const))("corpus %s", (_id, c) => {
  let outcome: Outcome<CaseRun>;
  const run = (): CaseRun => unwrap(outcome, "reading or analysing the workbook");

  beforeAll(async () => {
    outcome = await runCase(await c.build(), { lang: c.lang ?? "zh-CN", protectInFake: c.fake?.protect });
  });

  test(`(a) ${c.title}: the user sees what is declared`, () => {
    const r = run();
    expect([...generalProblems(r), ...c.expect.flatMap((e) => problemsWith(e, r))]).toEqual([]);
  });

  test(`(b) exceljs writer: ${c.exceljsRefuses ? "refuses, as it would lose a sheet" : "no exception, every input cell unchanged"}`, () => {
    if (c.exceljsRefuses) {
      const w = run().excelJs;
      expect(w.ok).toBe(false);
      expect(!w.ok && w.error).toBeInstanceOf(CannotKeepError);
      expect(!w.ok && (w.error as CannotKeepError).sheet).toBe(c.exceljsRefuses);
      return;
    }
    expect(exceljsProblems(run())).toEqual([]);
  });

  test(`(b) office-js writer on the in-memory host: ${c.fake?.refusal ? `refused as '${c.fake.refusal}'` : "no exception"}, every input cell unchanged`, () => {
    expect(fakeProblems(c, run())).toEqual([]);
  });

  const texts = [...(c.injection ?? []), ...(c.verbatim ?? [])];
  if (texts.length > 0) {
    test(`(c) ${c.injection ? "injection" : "verbatim"}: the text is on the add-in's sheets as text, never a formula`, () => {
      expect(textProblems(texts, run())).toEqual([]);
    });
  }

  if (c.check) {
    test("case-specific checks", () => {
      c.check!(run());
    });
  }
});

describe("corpus: files the command line cannot read", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "corpus-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test.each(UNREADABLE.map((u) => [u.id, u] as const))(
    "%s: one line on standard error, exit 2, nothing written",
    async (_id, u) => {
      const bytes = await u.bytes();
      const name = `${u.id}.xlsx`;
      await writeFile(join(dir, name), bytes);
      await expect(readWorkbookBuffer(bytes)).rejects.toMatchObject({ name: "WorkbookReadError", reason: u.reason });
      await expect(readWorkbookBuffer(bytes)).rejects.toBeInstanceOf(WorkbookReadError);

      const stdout: string[] = [];
      const stderr: string[] = [];
      const code = await runReport([name, "--today", TODAY, "--out", "out.xlsx", "--json", "out.json"], {
        stdout: (t) => stdout.push(t),
        stderr: (l) => stderr.push(l),
        cwd: dir,
        now: () => new Date(`${TODAY}T09:00:00`),
      });
      expect({ code, stderr, stdout }).toEqual({
        code: 2,
        stderr: [fill(CLI_MESSAGES[`read.${u.reason}`]["zh-CN"], { path: name })],
        stdout: [],
      });
      expect(stderr[0]).not.toMatch(/[\r\n]/);
      // Neither writer is reached: no copy, no JSON.
      expect([existsSync(join(dir, "out.xlsx")), existsSync(join(dir, "out.json"))]).toEqual([false, false]);
    },
  );

  const spawned = UNREADABLE.filter((u) => u.spawn);
  test.each(spawned.map((u) => [u.id, u] as const))(
    "%s: the real command (tsx src/cli/report.ts) exits 2 with one line",
    async (_id, u) => {
      const file = join(dir, `spawn-${u.id}.xlsx`);
      await writeFile(file, await u.bytes());
      const root = resolve(__dirname, "../..");
      const result = spawnSync(
        join(root, "node_modules/.bin/tsx"),
        ["src/cli/report.ts", file, "--today", TODAY, "--lang", "en-US"],
        {
          cwd: root,
          encoding: "utf8",
          timeout: COMMAND_MS,
        },
      );
      expect({
        status: result.status,
        lines: result.stderr.split("\n").filter(Boolean),
        stdout: result.stdout,
      }).toEqual({
        status: 2,
        lines: [fill(CLI_MESSAGES[`read.${u.reason}`]["en-US"], { path: file })],
        stdout: "",
      });
    },
    withCommands(1),
  );
});
