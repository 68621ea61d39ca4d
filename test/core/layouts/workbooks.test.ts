/**
 * Whole workbooks laid out differently from each other, all holding the same office year
 * (test/helpers/scenario.ts). Each is checked on what a user would check: the role of each sheet,
 * the status and last day of every agreement, every candidate's recommendation, the set of
 * (rule, sheet, row) findings and the summary totals, all stated from the scenario's meaning.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildReport } from "../../../src/core/report/buildReport";
import type { Role } from "../../../src/core/model";
import {
  COLUMN_COUNTS,
  DATE_STYLES,
  STANDARD_NAMES,
  buildWorkbook,
  officeScenario,
  permutation,
  shiftScenario,
  type LayoutOptions,
} from "../../helpers/scenario";
import { analyseLayout, expectScenario, findingKeys } from "../../helpers/expectScenario";

const scenario = officeScenario();

const OTHER_NAMES: Record<Role, string> = {
  register: "结好城市一览",
  candidates: "拟结好城市",
  exchanges: "2026年交往记录",
  events: "友城动态",
  filings: "部门协议报备",
};
const ENGLISH_NAMES: Record<Role, string> = {
  register: "Partners",
  candidates: "Candidates",
  exchanges: "Exchange log",
  events: "Events",
  filings: "Filings",
};

function check(layout: Partial<LayoutOptions>, s = scenario) {
  const { built, analysis } = analyseLayout(s, layout);
  expectScenario(s, built, analysis, layout.names ?? STANDARD_NAMES);
  return { built, analysis };
}

describe("workbooks laid out differently give what the scenario means", () => {
  test("baseline: the office's usual names and wordings, header on row 1, date serials", () => {
    check({});
  });

  test("(a) other sheet names and header wordings (结好城市 / 缔结日期 / 有效期限 / 续签 …)", () => {
    check({ names: OTHER_NAMES, wording: "variant", notesSheet: "填表须知" });
  });

  test("(b) header on row 1 vs below a merged title and a subtitle (and a blank row)", () => {
    const onRow1 = check({ titleRows: 0 });
    const below = check({ titleRows: 2, blankAfterTitle: 1 });
    expect(onRow1.analysis.sheets.find((l) => l.role === "register")!.headerRow).toBe(1);
    expect(below.analysis.sheets.find((l) => l.role === "register")!.headerRow).toBe(4);
    // Same agreements and findings, three rows lower.
    expect(below.analysis.agreements.map((a) => a.row)).toEqual(onRow1.analysis.agreements.map((a) => a.row + 3));
  });

  test("(c) English headers and sheet names throughout", () => {
    check({ names: ENGLISH_NAMES, wording: "english", notesSheet: "Read me" });
  });

  test("(d) the exchange log kept as an Excel table starting at C5", () => {
    const { analysis } = check({ exchangesTable: { row: 4, column: 2, name: "交流台账" } });
    const log = analysis.sheets.find((l) => l.role === "exchanges")!;
    expect(log.table).toBe("交流台账");
    expect(log.headerRow).toBe(5);
    expect(log.columns.date).toBe(2); // column C
  });

  test("(e) blank rows between records, and a footnote under them", () => {
    check({ blankBetween: 1, footnote: true, titleRows: 1 });
    check({ blankBetween: 2, footnote: true });
  });

  test("(f) full-width dates and dates as text in every form, mixed with serials", () => {
    check({ dateStyle: (i) => DATE_STYLES[i % DATE_STYLES.length] });
    check({ dateStyle: (i) => DATE_STYLES[(i * 5 + 3) % DATE_STYLES.length], wording: "variant", names: OTHER_NAMES });
    check({ dateStyle: () => "fullwidth" });
    check({ dateStyle: () => "cjkNumerals" });
  });

  test("everything at once: other names, title rows, blank rows, text dates, table, shuffled columns", () => {
    check({
      names: OTHER_NAMES,
      wording: "variant",
      titleRows: 2,
      blankAfterTitle: 2,
      blankBetween: 1,
      footnote: true,
      dateStyle: (i) => DATE_STYLES[(i * 7) % DATE_STYLES.length],
      exchangesTable: { row: 6, column: 3, name: "Table1" },
      order: Object.fromEntries(Object.entries(COLUMN_COUNTS).map(([role, n]) => [role, permutation(n, 99)])),
    });
  });
});

describe("(g) every date moved by N years, and today with them: same statuses and findings", () => {
  // The scenario holds a 29 February signing; N a multiple of 4 keeps it a 29 February.
  test.each([-12, -8, -4, 4, 8, 20, 48])("N = %i (multiples of 4: 29 February stays)", (n) => {
    const shifted = shiftScenario(scenario, n);
    const { analysis } = check({ dateStyle: (i) => DATE_STYLES[i % DATE_STYLES.length] }, shifted);
    const base = analyseLayout(scenario, { dateStyle: (i) => DATE_STYLES[i % DATE_STYLES.length] }).analysis;
    expect(analysis.agreements.map((a) => a.status)).toEqual(base.agreements.map((a) => a.status));
    expect(findingKeys(analysis)).toEqual(findingKeys(base));
    expect(analysis.year).toBe(base.year + n);
  });

  test.each([-3, -1, 1, 2, 3, 7, 13])("N = %i (29 February signing moved to 28 February)", (n) => {
    const shifted = shiftScenario(scenario, n);
    const base = analyseLayout(scenario).analysis;
    const { analysis } = analyseLayout(shifted);
    expect(analysis.agreements.map((a) => a.status)).toEqual(base.agreements.map((a) => a.status));
    expect(findingKeys(analysis)).toEqual(findingKeys(base));
    expect(analysis.summary.totals).toEqual(base.summary.totals);
  });

  // Civil Code: signed on 29 February of a leap year, a 5-year term ends on 28 February; that day
  // is the last valid one (days left 0: urgent), the next day it has expired.
  const leapYears = Array.from({ length: 25 }, (_, i) => 1904 + i * 8).filter((y) => y % 100 !== 0 || y % 400 === 0);
  test.each(leapYears)("signed 29 February %i: urgent on 28 February five years on, expired on 1 March", (y) => {
    const sheetOf = (signed: string) => ({
      sheets: [
        {
          name: "名录",
          values: [
            ["友城名称", "签署日期", "有效期（年）", "人大常委会决定日期"],
            ["上海市黄浦区", signed, 5, `${y}年1月5日`],
          ],
        },
      ],
    });
    for (const signed of [`${y}-02-29`, `${y}年2月29日`]) {
      const onLastDay = analyzeWorkbook(sheetOf(signed), { today: `${y + 5}-02-28` }).agreements[0];
      expect(onLastDay).toMatchObject({ lastDay: `${y + 5}-02-28`, daysLeft: 0, status: "urgent" });
      const dayAfter = analyzeWorkbook(sheetOf(signed), { today: `${y + 5}-03-01` }).agreements[0];
      expect(dayAfter).toMatchObject({ lastDay: `${y + 5}-02-28`, daysLeft: -1, status: "expired" });
    }
  });
});

describe("(h) the order of columns does not change the report", () => {
  const strip = (r: ReturnType<typeof buildReport>) => ({
    ...r,
    findings: [...r.findings]
      .map(({ column: _c, ...rest }) => rest)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  });

  test.each([1, 2, 3, 5, 8, 13, 21, 34])("shuffle seed %i", (seed) => {
    const plain = buildWorkbook(scenario);
    const order = Object.fromEntries(
      Object.entries(COLUMN_COUNTS).map(([role, n], i) => [role, permutation(n, seed * 31 + i)]),
    );
    const shuffled = buildWorkbook(scenario, { order });
    const a = buildReport(analyzeWorkbook(plain.book, { today: scenario.today }), "zh-CN");
    const b = buildReport(analyzeWorkbook(shuffled.book, { today: scenario.today }), "zh-CN");
    expect(strip(b)).toEqual(strip(a));
    // And each finding's column is the column with the same header in the shuffled sheet.
    const headerOf = (built: typeof plain, sheet: string, letter: string | null) =>
      letter === null ? null : built.headers.get(sheet)![letter.charCodeAt(0) - 65];
    const cols = (r: typeof a, built: typeof plain) =>
      r.findings.map((f) => `${f.rule}|${f.sheet}|${f.row}|${headerOf(built, f.sheet, f.column)}`).sort();
    expect(cols(b, shuffled)).toEqual(cols(a, plain));
    expectScenario(scenario, shuffled, analyzeWorkbook(shuffled.book, { today: scenario.today }), STANDARD_NAMES);
  });
});
