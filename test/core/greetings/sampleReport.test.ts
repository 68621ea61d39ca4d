import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeWorkbook } from "../../../src/core/analyze";
import type { Analysis } from "../../../src/core/model";
import { buildReport, type ReportDocument } from "../../../src/core/report/buildReport";
import { parseDate } from "../../../src/core/values/parseDate";
import type { WorkbookGrid } from "../../../src/core/workbook";
import { readWorkbookBuffer } from "../../../src/excel-file/readWorkbook";

/**
 * The "done when" on the office's sample, today 2026-11-27: 元旦 2027-01-01 and 春节
 * 2027-02-06 with the partners not terminated, and the anniversaries in the window. Expectations
 * come from the register's own cells and calendar arithmetic here, not from the code's output.
 */
const SAMPLE = resolve(__dirname, "../../../../shared/samples/partner-cities-sample.xlsx");
const TODAY = "2026-11-27";
// Default window: send-by day (occasion − 14 days) within 60 days, so occasions up to 74 days off.
const LAST_OCCASION = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 74 * 86_400_000).toISOString().slice(0, 10);

let book: WorkbookGrid;
let analysis: Analysis;
let zh: ReportDocument;
let en: ReportDocument;

/** The register as a person reads it: header row with 友城名称, one partner per row below. */
function registerRows(): { partner: string; signed: string | null; terminated: boolean }[] {
  const grid = book.sheets.find((s) => s.name === "友城名录")!;
  const header = grid.values.findIndex((r) => r.includes("友城名称"));
  const col = (name: string) => grid.values[header].indexOf(name);
  return grid.values
    .slice(header + 1)
    .filter((r) => typeof r[col("友城名称")] === "string" && r[col("友城名称")] !== "")
    .map((r) => {
      const d = parseDate(r[col("签署日期")] ?? null, null);
      return {
        partner: String(r[col("友城名称")]),
        signed: d.kind === "date" ? d.date : null,
        terminated: String(r[col("状态")]).includes("终止"),
      };
    });
}

beforeAll(async () => {
  book = await readWorkbookBuffer(readFileSync(SAMPLE));
  analysis = analyzeWorkbook(book, { today: TODAY });
  zh = buildReport(analysis, "zh-CN");
  en = buildReport(analysis, "en-US");
});

test("元旦 2027-01-01 and 春节 2027-02-06 with every partner not terminated", () => {
  const live = registerRows()
    .filter((r) => !r.terminated)
    .map((r) => r.partner);
  expect(live.length).toBeGreaterThan(10);
  expect(registerRows().some((r) => r.terminated)).toBe(true);
  const festivals = zh.greetings.filter((g) => g.kind === "festival");
  expect(festivals).toEqual([
    { date: "2027-01-01", occasion: "元旦", kind: "festival", partners: live },
    { date: "2027-02-06", occasion: "春节", kind: "festival", partners: live },
  ]);
});

test("the anniversaries of the signing days that fall in the window, tenths marked", () => {
  const expected = registerRows()
    .filter((r) => !r.terminated && r.signed)
    .flatMap((r) => {
      const [y, m, d] = r.signed!.split("-").map(Number);
      return [2026, 2027].flatMap((year) => {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const day = m === 2 && d === 29 && !leap ? 28 : d;
        const date = `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        return year > y && date >= TODAY && date <= LAST_OCCASION
          ? [{ date, partners: [r.partner], years: year - y }]
          : [];
      });
    })
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  expect(expected.length).toBeGreaterThan(0);
  const anniversaries = zh.greetings.filter((g) => g.kind === "anniversary");
  expect(anniversaries.map((g) => ({ date: g.date, partners: g.partners }))).toEqual(
    expected.map(({ date, partners }) => ({ date, partners })),
  );
  anniversaries.forEach((g, i) => {
    expect(g.occasion).toMatch(new RegExp(`${expected[i].years}周年$`));
    expect(g).toHaveProperty("tenth", expected[i].years % 10 === 0);
  });
});

test("greetings are soonest first; festivals carry no tenth", () => {
  const dates = zh.greetings.map((g) => g.date);
  expect(dates).toEqual([...dates].sort());
  for (const g of zh.greetings) if (g.kind === "festival") expect(g).not.toHaveProperty("tenth");
});

test("occasions in the report's language", () => {
  expect(en.greetings.filter((g) => g.kind === "festival").map((g) => g.occasion)).toEqual([
    "New Year's Day",
    "Spring Festival",
  ]);
  expect(en.greetings.map((g) => g.date)).toEqual(zh.greetings.map((g) => g.date));
});

test("reminders: last day − 180 and − 90 days, from today on, for every agreement with a last day that is not terminated", () => {
  const minus = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const expected = zh.agreements
    .filter((a) => a.status !== "terminated" && a.status !== "unknown" && a.lastDay)
    .flatMap((a) => [
      { date: minus(a.lastDay!, 180), partner: a.partner, lastDay: a.lastDay!, rule: "TERM-EXPIRING" },
      { date: minus(a.lastDay!, 90), partner: a.partner, lastDay: a.lastDay!, rule: "TERM-URGENT" },
    ])
    .filter((r) => r.date >= TODAY);
  expect(zh.reminders).toHaveLength(expected.length);
  expect(zh.reminders).toEqual(expect.arrayContaining(expected));
  // 重庆市渝中区 ends 2027-03-15: its urgent reminder is 2026-12-15; the expiring one (2026-09-16) is past.
  expect(zh.reminders.filter((r) => r.partner === "重庆市渝中区")).toEqual([
    { date: "2026-12-15", partner: "重庆市渝中区", lastDay: "2027-03-15", rule: "TERM-URGENT" },
  ]);
});

test("fields added to the spec's document come after it, in the order they were added", () => {
  expect(Object.keys(zh)).toEqual([
    "today",
    "year",
    "sheets",
    "agreements",
    "candidates",
    "findings",
    "summary",
    "greetings",
    "reminders",
    "invitations",
    "paths",
  ]);
});
