/**
 * The preview grid's evaluator of the add-in's own highlight rules (src/preview/highlightRules.ts):
 * on the rules the add-in really writes (the office's sample, through the in-memory host), it
 * colours exactly the register rows the analysis finds expired, urgent or expiring; it reads
 * TODAY() and DATE(y,m,d); and it evaluates no other formula.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { dateToSerial } from "../../src/excel-fake/cellInput";
import { addinServices } from "../../src/excel-host/addinServices";
import { evaluateHighlights, excelTrim, parseAddinRule } from "../../src/preview/highlightRules";

const SAMPLE = resolve(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");

test.each(["2026-11-27", "2025-03-01"])(
  "on the sample at %s: the coloured rows are the analysis's expired, urgent and expiring rows",
  async (today) => {
    const excel = createFakeExcel(await fakeStateFromXlsx(readFileSync(SAMPLE)));
    const { analysis, plan } = await addinServices(excel.run, { lang: "zh-CN", today: () => today }).write(
      "highlights",
    );
    const register = plan!.highlights[0]!.sheet;
    const sheet = excel.state.sheets.find((s) => s.name === register)!;
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const colours = evaluateHighlights(sheet, { state: excel.state, todaySerial: dateToSerial(y, m, d) });
    const byRow = new Map<number, string>();
    for (const [key, hl] of colours) byRow.set(Number(key.split(",")[0]) + 1, hl.status);
    const expected = new Map(
      analysis.agreements
        .filter((a) => a.sheet === register && ["expired", "urgent", "expiring"].includes(a.status))
        .map((a) => [a.row, a.status as string]),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map([...byRow].sort())).toEqual(new Map([...expected].sort()));
  },
);

test("parses the shape with TODAY() or DATE(y,m,d), with or without TRIM, and nothing else", () => {
  const L = "VLOOKUP(TRIM($B4),'到期提醒'!$A:$D,4,FALSE)";
  const rule = (lookup: string, now: string) =>
    `=AND(N("PartnerCities:urgent")=0,IFERROR(AND(ISNUMBER(${lookup}),${lookup}>0,${lookup}>=${now},${lookup}-${now}<=90),FALSE))`;
  expect(parseAddinRule(rule(L, "TODAY()"))).toMatchObject({
    status: "urgent",
    keyColumn: 1,
    keyRow: 3,
    trim: true,
    lookupSheet: "到期提醒",
    lookupColumn: 0,
    resultColumn: 3,
    fixedNow: null,
  });
  expect(parseAddinRule(rule(L.replace("TRIM($B4)", "$B4"), "DATE(2026,11,27)"))).toMatchObject({
    trim: false,
    fixedNow: dateToSerial(2026, 11, 27),
  });
  expect(parseAddinRule(rule("VLOOKUP($B4,'O''Brien'!$A:$D,4,FALSE)", "TODAY()"))?.lookupSheet).toBe("O'Brien");
  // a user's own rule, or the add-in's shape with anything else in it, is not evaluated
  expect(parseAddinRule("=$C4>TODAY()")).toBeNull();
  expect(parseAddinRule(rule(L, "TODAY()").replace("<=90", '<=90,INDIRECT("A1")>0'))).toBeNull();
  expect(parseAddinRule(null)).toBeNull();
});

test("Excel's TRIM: spaces only, inner runs made one", () => {
  expect(excelTrim("  上海市  黄浦区 ")).toBe("上海市 黄浦区");
  expect(excelTrim("\u3000黄浦区")).toBe("\u3000黄浦区");
  expect(excelTrim(12)).toBe("12");
});
