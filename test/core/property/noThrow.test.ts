/**
 * Whatever a workbook holds, the analysis and the report are made: no exception, findings that
 * point at a sheet that exists and a row a user can go to, statuses among the six of RULES.md,
 * and a report that survives JSON unchanged. Fixed seeds, so that a run is reproducible.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildReport } from "../../../src/core/report/buildReport";
import { ROLE_SPECS } from "../../../src/core/detect/fields";
import type { SheetMapping } from "../../../src/core/detect/mapping";
import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../../../src/core/workbook";
import type { Settings } from "../../../src/core/settings";

const STATUSES = ["expired", "urgent", "expiring", "active", "terminated", "unknown"];
const RELATIONS = ["friendly-city", "framework", "single-field", "assistance"];
const RECOMMENDATIONS = ["friendly-city", "alternative", "not-recommended"];

const HEADER_WORDS = [
  ...new Set(Object.values(ROLE_SPECS).flatMap((r) => Object.values(r.fields).flatMap((f) => f!.headers))),
];
const FIELD_IDS = [...new Set(Object.values(ROLE_SPECS).flatMap((r) => Object.keys(r.fields)))];

const nastyText = fc.constantFrom(
  '=HYPERLINK("http://example.com","点我")',
  "<img src=x onerror=alert(1)>",
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "待定",
  "协商中",
  "拟续签",
  "已终止",
  "未终止",
  "无",
  "否",
  "√",
  "×",
  "是",
  "二〇二一年九月二十八日",
  "２０２１年９月２８日",
  "2021-02-29",
  "2020-02-29",
  "2016.4.18",
  "2016/4/18",
  "0000-00-00",
  "9999-12-31",
  "注：以上数据截至2026年",
  "合计",
  "上海市黄浦区",
  "黄浦区",
  "和平区",
  "天津市和平区",
  "沈阳市和平区",
  "领导互访",
  "严重自然灾害",
  "贺信",
  "慰问函",
  "区外联办",
  "直辖市市辖区",
  "省",
  "5年",
  "五年",
  "99",
  "0",
  "\u200B",
  "\u3000",
  "\n",
  "'",
  '"',
  "\\",
  "\u202Eعربي",
  "עברית",
  "😀👍🏽",
  "𠮷",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "x".repeat(5000),
  "签".repeat(300),
);
const numbers = fc.oneof(
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    60,
    61,
    1,
    -1,
    2016,
    45000.75,
    2_958_465,
    2_958_466,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    5,
    4,
    2,
    0.5,
  ),
  fc.integer({ min: 30000, max: 60000 }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 4 },
  { arbitrary: nastyText, weight: 3 },
  { arbitrary: numbers, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
);

const sheetName = fc.oneof(
  fc.constantFrom(
    "友城名录",
    "交流活动",
    "Sheet1",
    "'quoted'",
    "O'Brien's \"list\"",
    "😀 友城",
    "\u202Eمدن",
    "עברית",
    "__proto__",
    "constructor",
    "toString",
    "",
    " ",
    "a".repeat(31),
  ),
  fc.string({ maxLength: 10 }),
);

const coordinate = fc.oneof(fc.integer({ min: -3, max: 25 }), fc.constantFrom(-1_000, 1_048_575, 16_383, 0.5, NaN));
const table: fc.Arbitrary<TableRegion> = fc.record({
  name: fc.string({ maxLength: 6 }),
  headerRow: coordinate,
  lastRow: coordinate,
  firstColumn: coordinate,
  lastColumn: coordinate,
});

const letters = fc.oneof(
  fc.constantFrom("A", "B", "G", "Z", "AA", "XFD", "XFE", "ZZZZ", "", " ", "1", "a", "é", "-"),
  fc.string({ maxLength: 4 }),
);
const mappingArb: fc.Arbitrary<SheetMapping> = fc.record(
  {
    role: fc.constantFrom("register", "candidates", "exchanges", "events", "filings", "none") as fc.Arbitrary<
      SheetMapping["role"]
    >,
    headerRow: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(0.5, NaN, 1e9)),
    columns: fc.dictionary(fc.constantFrom(...FIELD_IDS), letters, { maxKeys: 4 }) as fc.Arbitrary<
      SheetMapping["columns"]
    >,
  },
  { requiredKeys: [] },
);

interface Options {
  ragged: boolean;
  wildTables: boolean;
  wildMapping: boolean;
}

function workbookArb(o: Options): fc.Arbitrary<{ book: WorkbookGrid; settings: Partial<Settings> }> {
  const rows = o.ragged
    ? fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 })
    : // A rectangle 8 wide and at least one row high, as office-js hands over a used range.
      fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 14 });
  const sheetArb: fc.Arbitrary<SheetGrid> = fc
    .record({ name: sheetName, values: rows, tables: fc.option(fc.array(table, { maxLength: 2 }), { nil: undefined }) })
    .map(({ name, values, tables }) => {
      if (!tables || o.wildTables) return { name, values, tables };
      // Tables as Excel has them: within the grid.
      const height = values.length;
      const width = values[0]?.length ?? 0;
      if (height === 0 || width === 0) return { name, values };
      const clamp = (n: number, max: number) => (Number.isInteger(n) ? Math.min(Math.max(n, 0), max) : 0);
      const inside = tables.map((t) => {
        const headerRow = clamp(t.headerRow, height - 1);
        const firstColumn = clamp(t.firstColumn, width - 1);
        return {
          ...t,
          headerRow,
          lastRow: Math.max(headerRow, clamp(t.lastRow, height - 1)),
          firstColumn,
          lastColumn: Math.max(firstColumn, clamp(t.lastColumn, width - 1)),
        };
      });
      return { name, values, tables: inside };
    });
  return fc.array(sheetArb, { maxLength: 5 }).chain((sheets) => {
    const names = sheets.map((s) => s.name);
    const key = names.length ? fc.oneof(fc.constantFrom(...names), sheetName) : sheetName;
    const mapping = o.wildMapping
      ? mappingArb
      : mappingArb.map((m) => ({
          ...m,
          // A header row the user picked on the sheet: within every generated sheet's rows.
          headerRow:
            m.headerRow !== undefined &&
            Number.isInteger(m.headerRow) &&
            m.headerRow >= 1 &&
            m.headerRow <= Math.min(...sheets.map((s) => s.values.length))
              ? m.headerRow
              : undefined,
          columns: Object.fromEntries(Object.entries(m.columns ?? {}).filter(([, l]) => /^[A-H]$/.test(l ?? ""))),
        }));
    return fc
      .record({
        mappings: fc.array(fc.tuple(key, mapping), { maxLength: 3 }),
        urgentDays: fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }),
        aliases: fc.dictionary(
          fc.constantFrom("黄浦", "和平区", "x", ""),
          fc.constantFrom("上海市黄浦区", "nowhere", ""),
        ),
      })
      .map(({ mappings, urgentDays, aliases }) => {
        const settings: Partial<Settings> = { mapping: Object.fromEntries(mappings), aliases };
        if (urgentDays !== undefined) settings.urgentDays = urgentDays;
        return { book: { sheets }, settings };
      });
  });
}

const today = fc.constantFrom("2026-11-27", "2024-02-29", "2000-01-01", "2099-12-31", "1900-03-01");

/** How much of the analysis the generated workbooks reached, so that a property is not vacuous. */
const reached = { runs: 0, withRole: 0, withRecords: 0, withFindings: 0 };

function checkOne(bookAndSettings: { book: WorkbookGrid; settings: Partial<Settings> }, day: string): void {
  const { book, settings } = bookAndSettings;
  const analysis = analyzeWorkbook(book, { today: day, settings });
  reached.runs++;
  if (analysis.sheets.length > 0) reached.withRole++;
  if (analysis.agreements.length + analysis.candidates.length > 0) reached.withRecords++;
  if (analysis.findings.length > 0) reached.withFindings++;
  const names = new Set(book.sheets.map((s) => s.name));
  for (const f of analysis.findings) {
    if (!names.has(f.sheet))
      throw new Error(`finding ${f.rule} on a sheet that does not exist: ${JSON.stringify(f.sheet)}`);
    if (!Number.isInteger(f.row) || f.row < 1) throw new Error(`finding ${f.rule} on row ${f.row}`);
  }
  for (const a of analysis.agreements) {
    if (!STATUSES.includes(a.status)) throw new Error(`status ${a.status}`);
    if (!RELATIONS.includes(a.relation)) throw new Error(`relation ${a.relation}`);
    if (!Number.isInteger(a.row) || a.row < 1) throw new Error(`agreement on row ${a.row}`);
  }
  for (const c of analysis.candidates)
    if (!RECOMMENDATIONS.includes(c.recommendation)) throw new Error(`recommendation ${c.recommendation}`);
  for (const lang of ["zh-CN", "en-US"] as const) {
    const report = buildReport(analysis, lang);
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  }
}

/**
 * Runs of each property: all of them in `npm test`; the fast lane (jest.unit.config.js) sets a
 * share of them, the first runs of the same seeds.
 */
const runs = (all: number): number =>
  Math.ceil(all * ((globalThis as { PROPERTY_RUNS_SHARE?: number }).PROPERTY_RUNS_SHARE ?? 1));

describe("analyzeWorkbook + buildReport on arbitrary workbooks", () => {
  beforeEach(() => Object.assign(reached, { runs: 0, withRole: 0, withRecords: 0, withFindings: 0 }));

  test("well-formed grids (rectangles as office-js gives them, tables inside the grid, mappings within the grid)", () => {
    fc.assert(
      fc.property(workbookArb({ ragged: false, wildTables: false, wildMapping: false }), today, (b, day) =>
        checkOne(b, day),
      ),
      { seed: 20161118, numRuns: runs(300) },
    );
    // The generated workbooks do reach detection, records and rules, not only the empty paths.
    expect(reached.withRole / reached.runs).toBeGreaterThan(0.2);
    expect(reached.withRecords / reached.runs).toBeGreaterThan(0.05);
    expect(reached.withFindings / reached.runs).toBeGreaterThan(0.1);
  });

  test("anything: ragged rows, nonsense table coordinates, mappings with bad letters and rows", () => {
    fc.assert(
      fc.property(workbookArb({ ragged: true, wildTables: true, wildMapping: true }), today, (b, day) =>
        checkOne(b, day),
      ),
      { seed: 42, numRuns: runs(250) },
    );
  });

  test("ragged rows alone", () => {
    fc.assert(
      fc.property(workbookArb({ ragged: true, wildTables: false, wildMapping: false }), today, (b, day) =>
        checkOne(b, day),
      ),
      { seed: 7, numRuns: runs(250) },
    );
  });

  test("bad mappings alone (rectangles, tables inside the grid)", () => {
    fc.assert(
      fc.property(workbookArb({ ragged: false, wildTables: false, wildMapping: true }), today, (b, day) =>
        checkOne(b, day),
      ),
      { seed: 11, numRuns: runs(250) },
    );
  });

  test("wild table coordinates alone", () => {
    fc.assert(
      fc.property(workbookArb({ ragged: false, wildTables: true, wildMapping: false }), today, (b, day) =>
        checkOne(b, day),
      ),
      { seed: 13, numRuns: runs(250) },
    );
  });
});
