import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { HIGHLIGHT_MARKER, TABLE_PREFIX } from "../../src/core/plan/writePlan";
import { COMMAND_MS, withCommands } from "../helpers/ceilings";

/**
 * `npm run report -- WORKBOOK --out OUT.xlsx`, as the write-plan issue asks: every cell of the input
 * sheets unchanged, the add-in's four sheets and its rules there once, and a second run on OUT.xlsx
 * giving the same sheets and the same number of rules. On the office's samples and our own.
 */
const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const SAMPLES = resolve(ROOT, "../shared/samples");
const workbooks = [
  join(ROOT, "sample/partner-cities-demo.xlsx"),
  ...(existsSync(SAMPLES)
    ? readdirSync(SAMPLES)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => join(SAMPLES, f))
    : []),
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "annotated-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function cells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => out.set(c.address, JSON.stringify([c.value, c.numFmt ?? null]))),
  );
  return out;
}

/** exceljs reads conditional formats into this property, which its types do not declare. */
type WithRules = { conditionalFormattings?: { rules: unknown[] }[] };
const ownRules = (ws: ExcelJS.Worksheet): number =>
  ((ws as unknown as WithRules).conditionalFormattings ?? [])
    .flatMap((cf) => cf.rules)
    .filter((r) => JSON.stringify(r).includes(HIGHLIGHT_MARKER)).length;
const ownTables = (ws: ExcelJS.Worksheet): string[] =>
  Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}).filter((t) =>
    t.startsWith(TABLE_PREFIX),
  );

describe.each(workbooks)("--out on %s", (input) => {
  const report = (from: string, to: string) =>
    execFileSync(TSX, ["src/cli/report.ts", from, "--out", to, "--today", "2026-11-27"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: COMMAND_MS,
    });

  test(
    "input cells unchanged, the four sheets and the highlights once, the same again on a second run",
    async () => {
      const first = join(dir, "first.xlsx");
      const second = join(dir, "second.xlsx");
      report(input, first);
      report(first, second);
      const [original, once, twice] = await Promise.all([load(input), load(first), load(second)]);

      for (const ws of original.worksheets) {
        expect(cells(once.getWorksheet(ws.name)!)).toEqual(cells(ws));
      }
      const added = once.worksheets.filter((ws) => !original.getWorksheet(ws.name));
      expect(added.map((ws) => ws.name)).toEqual(["到期提醒", "合规检查", "资格评估", "2026年度交流总结"]);
      for (const ws of added) expect(ownTables(ws)).toHaveLength(1);
      const rules = once.worksheets.reduce((n, ws) => n + ownRules(ws), 0);
      expect(rules).toBeGreaterThanOrEqual(3);

      expect(twice.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
      expect(twice.worksheets.reduce((n, ws) => n + ownRules(ws), 0)).toBe(rules);
      for (const ws of once.worksheets) expect(cells(twice.getWorksheet(ws.name)!)).toEqual(cells(ws));
    },
    withCommands(2),
  );
});
