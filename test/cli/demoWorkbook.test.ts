import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { buildReport } from "../../src/core/report/buildReport";
import type { WorkbookGrid } from "../../src/core/workbook";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { generateSample, PLANTED_PARTNERS, toExcelWorkbook, writeDate } from "../../scripts/sample/generateWorkbook";

/**
 * The demo workbook (`npm run sample`, `npm start`): the generator's own account of what it
 * planted, checked against the file on disk and against the core.
 */

const DEMO = join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");
const sample = generateSample();
let grid: WorkbookGrid;

beforeAll(async () => {
  grid = await readWorkbookBuffer(await toExcelWorkbook(sample).xlsx.writeBuffer());
});

describe("the generator", () => {
  test("is deterministic, and the seed matters", () => {
    expect(generateSample()).toEqual(sample);
    expect(generateSample({ seed: 7 }).sheets[2].rows).not.toEqual(sample.sheets[2].rows);
  });

  test("the committed demo file is the generator's default output", async () => {
    const onDisk = await readWorkbookBuffer(readFileSync(DEMO));
    expect(onDisk).toEqual(grid);
  });

  test("writes the register below two merged title rows and the log as an Excel table", () => {
    const register = grid.sheets.find((s) => s.name === sample.sheetNames.register)!;
    expect(register.values[0][0]).toMatch(/一览表/);
    expect(register.values[0].slice(1).every((v) => v === null)).toBe(true);
    expect(register.values[2]).toContain("缔结日期");
    const log = grid.sheets.find((s) => s.name === sample.sheetNames.exchanges)!;
    expect(log.tables).toEqual([
      { name: "交流往来", headerRow: 1, lastRow: sample.options.exchanges + 1, firstColumn: 0, lastColumn: 9 },
    ]);
  });

  test("writes dates every way the rules name", () => {
    const texts = grid.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === "string");
    for (const pattern of [
      /^\d{4}-\d{2}-\d{2}$/,
      /^\d{4}\/\d{1,2}\/\d{1,2}$/,
      /^\d{4}\.\d{1,2}\.\d{1,2}$/,
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
      /^二〇..年/,
      /^２０/,
      /^\d{4} 年/,
    ]) {
      expect({ pattern: String(pattern), found: texts.some((t) => pattern.test(t)) }).toEqual({
        pattern: String(pattern),
        found: true,
      });
    }
    expect(writeDate("2023-03-05", "zh-numerals")).toBe("二〇二三年三月五日");
    expect(writeDate("2016-04-18", "zh-numerals")).toBe("二〇一六年四月十八日");
    expect(writeDate("2016-12-31", "full-width")).toBe("２０１６年１２月３１日");
  });

  test("has two 鼓楼区 in different cities, and a bare 鼓楼区 in the log", () => {
    const partners = sample.agreements.map((a) => a.partner).filter((p) => p.endsWith("鼓楼区"));
    expect(partners).toEqual(["南京市鼓楼区", "福州市鼓楼区"]);
    expect(sample.sheets[2].rows.some((row) => row[1] === "鼓楼区")).toBe(true);
  });

  test("plants every status", () => {
    const statuses = new Set(sample.agreements.map((a) => a.status));
    expect([...statuses].sort()).toEqual(["active", "expired", "expiring", "terminated", "unknown", "urgent"]);
  });

  test("bench sizes: 500 partners with distinct names, the log as long as asked", () => {
    const big = generateSample({ partners: 500, exchanges: 2_000 });
    expect(new Set(big.agreements.map((a) => a.partner)).size).toBe(500);
    expect(big.sheets[2].rows).toHaveLength(2_000);
    expect(() => generateSample({ partners: PLANTED_PARTNERS - 1 })).toThrow(RangeError);
  });
});

/** These need the core (analyzeWorkbook, buildReport). */
describe("the core on the demo workbook", () => {
  const analyse = () => analyzeWorkbook(grid, { today: sample.options.anchor });

  test("finds every planted case", () => {
    const findings = analyse().findings;
    const missing = sample.planted.filter(
      (p) => !findings.some((f) => f.rule === p.rule && f.sheet === p.sheet && f.row === p.row),
    );
    expect(missing).toEqual([]);
    expect(sample.planted.length).toBeGreaterThan(40);
  });

  test("gives each agreement the status it was built for", () => {
    const agreements = analyse().agreements;
    const got = sample.agreements.map((e) => {
      const a = agreements.find((x) => x.sheet === e.sheet && x.row === e.row);
      return (
        a && {
          partner: a.partner,
          status: a.status,
          ...(a.status === "terminated" ? {} : { termStart: a.termStart, lastDay: a.lastDay }),
        }
      );
    });
    const expected = sample.agreements.map((e) => ({
      partner: e.partner,
      status: e.status,
      ...(e.status === "terminated" ? {} : { termStart: e.termStart, lastDay: e.lastDay }),
    }));
    expect(got).toEqual(expected);
  });

  test("counts each partner's exchanges in the year and the year before", () => {
    const rows = analyse().summary.partners;
    for (const row of rows) {
      expect({ partner: row.partner, ...sample.exchangesByPartner[row.partner] }).toEqual({
        partner: row.partner,
        year: row.exchanges,
        previousYear: row.previousYear,
      });
    }
    expect(rows.length).toBeGreaterThan(20);
  });

  test("builds the report in both languages", () => {
    const analysis = analyse();
    expect(buildReport(analysis, "zh-CN").findings).toHaveLength(analysis.findings.length);
    expect(buildReport(analysis, "en-US").today).toBe(sample.options.anchor);
  });
});
