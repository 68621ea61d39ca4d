import { analyzeWorkbook, type AnalyzeOptions } from "../../src/core/analyze";
import { buildReport } from "../../src/core/report/buildReport";
import type { Role, Severity } from "../../src/core/model";
import type { WorkbookGrid } from "../../src/core/workbook";

/**
 * ESLint's RuleTester, for the rules of RULES.md: each case is a small workbook run through the
 * whole core (`analyzeWorkbook` then `buildReport`), and only the findings of the rule under test
 * are compared. A valid case must produce none of them; an invalid case must produce exactly the
 * listed ones, in report order (sheet, then row).
 *
 * The article and severity are written in each test file from RULES.md's table, not read from
 * the rule's meta, so that a wrong meta fails the test.
 */

export interface RuleCase extends AnalyzeOptions {
  name: string;
  book: WorkbookGrid;
  /**
   * The role each sheet must be detected with (null: no role). Default: every sheet of the book
   * has some role, so that a valid case cannot pass only because nothing was read.
   */
  roles?: Record<string, Role | null>;
}

export interface ExpectedFinding {
  sheet: string;
  row: number;
  /** The column letter, or null for a finding about the whole row; not compared when absent. */
  column?: string | null;
  messageId?: string;
  /** Text both the zh-CN and the en-US messages must contain (a partner's or city's name). */
  mentions?: string[];
  /** Text only the zh-CN message must contain. */
  zhIncludes?: string[];
  /** Text only the en-US message must contain. */
  enIncludes?: string[];
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export interface RuleTable {
  article: string | null;
  severity: Severity;
}

export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

export interface RuleRun {
  analysis: ReturnType<typeof analyzeWorkbook>;
  zh: ReturnType<typeof buildReport>;
  en: ReturnType<typeof buildReport>;
}

/** Runs a case through the core; findings of every rule, in both languages. */
export function runCase(c: RuleCase): RuleRun {
  const analysis = analyzeWorkbook(c.book, { today: c.today, year: c.year, settings: c.settings });
  return { analysis, zh: buildReport(analysis, "zh-CN"), en: buildReport(analysis, "en-US") };
}

function checkRoles(c: RuleCase, run: RuleRun): void {
  const detected = (name: string): Role[] => run.analysis.sheets.filter((s) => s.name === name).map((s) => s.role);
  if (c.roles) {
    for (const [name, role] of Object.entries(c.roles)) {
      if (role === null) expect({ sheet: name, roles: detected(name) }).toEqual({ sheet: name, roles: [] });
      else expect({ sheet: name, roles: detected(name) }).toEqual({ sheet: name, roles: [role] });
    }
  } else {
    for (const s of c.book.sheets)
      expect({ sheet: s.name, detected: detected(s.name).length > 0 }).toEqual({ sheet: s.name, detected: true });
  }
}

export function ruleTester(ruleId: string, table: RuleTable, tests: RuleTests): void {
  describe(ruleId, () => {
    if (tests.valid.length > 0) {
      describe("valid", () => {
        test.each(tests.valid)("$name", (c) => {
          const run = runCase(c);
          checkRoles(c, run);
          const found = run.zh.findings.filter((f) => f.rule === ruleId);
          expect(found).toEqual([]);
        });
      });
    }

    if (tests.invalid.length > 0) {
      describe("invalid", () => {
        test.each(tests.invalid)("$name", (c) => {
          const run = runCase(c);
          checkRoles(c, run);
          const indices = run.zh.findings.flatMap((f, i) => (f.rule === ruleId ? [i] : []));
          const places = indices.map((i) => ({ sheet: run.zh.findings[i].sheet, row: run.zh.findings[i].row }));
          expect(places).toEqual(c.errors.map((e) => ({ sheet: e.sheet, row: e.row })));

          c.errors.forEach((e, n) => {
            const i = indices[n];
            const zh = run.zh.findings[i];
            const en = run.en.findings[i];
            const raw = run.analysis.findings[i];
            expect({ rule: zh.rule, article: zh.article, severity: zh.severity }).toEqual({
              rule: ruleId,
              article: table.article,
              severity: table.severity,
            });
            if (e.column !== undefined)
              expect({ row: zh.row, column: zh.column }).toEqual({ row: e.row, column: e.column });
            if (e.messageId !== undefined)
              expect({ row: raw.row, messageId: raw.messageId }).toEqual({ row: e.row, messageId: e.messageId });
            for (const message of [zh.message, en.message]) {
              expect(message.trim()).not.toBe("");
              expect(message).not.toBe(ruleId); // the fallback when a message id has no template
              expect(message).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
            }
            expect(en.message).not.toBe(zh.message);
            for (const text of e.mentions ?? []) {
              expect(zh.message).toContain(text);
              expect(en.message).toContain(text);
            }
            for (const text of e.zhIncludes ?? []) expect(zh.message).toContain(text);
            for (const text of e.enIncludes ?? []) expect(en.message).toContain(text);
          });
        });
      });
    }
  });
}

/** The calendar day `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const t =
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
