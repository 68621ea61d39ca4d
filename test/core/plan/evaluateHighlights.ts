/**
 * Excel's reading of the add-in's highlight formulas, for the tests: only the functions the
 * formulas are made of (AND, IFERROR, ISNUMBER, TRIM, VLOOKUP into the planned expiry sheet,
 * TODAY, DATE, N), evaluated the way Excel does on each register row. Independent of src/.
 */
import type { HighlightPlan, HighlightRule, SheetPlan, WritePlan } from "../../../src/core/plan/writePlan";
import type { SheetGrid, WorkbookGrid } from "../../../src/core/workbook";
import { excelSerial as excel } from "../../helpers/scenario";

const letters = (col: string) => [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Excel's value of a rule's formula on register row `row` (1-based): the formula is written
 * relative to the range's top-left cell, so a reference to row `first` means the row drawn.
 * VLOOKUP into the expiry sheet reads the planned rows; a missing key is #N/A, a blank cell 0.
 */
export function evaluate(
  rule: HighlightRule,
  plan: HighlightPlan,
  register: SheetGrid,
  expiry: SheetPlan,
  row: number,
  todaySerial: number,
): boolean {
  const first = Number(/^[A-Z]+(\d+):/.exec(plan.range)![1]);
  let f = rule.formula;
  expect(f.startsWith("=")).toBe(true);
  f = f.slice(1);
  f = f.replace(/N\("PartnerCities:(\w+)"\)/g, "0");
  f = f.replace(/'((?:[^']|'')+)'!\$A:\$D/g, (_, name: string) => {
    expect(name.replace(/''/g, "'")).toBe(expiry.name);
    return `"EXPIRY"`;
  });
  f = f.replace(new RegExp(`\\$([A-Z]+)${first}(?!\\d)`, "g"), (_, c: string) =>
    JSON.stringify(register.values[row - 1]?.[letters(c)] ?? null),
  );
  f = f.replace(/TODAY\(\)/g, String(todaySerial));
  f = f.replace(/DATE\((\d+),(\d+),(\d+)\)/g, (_, y, m, d) =>
    String(excel(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)),
  );
  f = f.replace(/\bFALSE\b/g, "false").replace(/\bTRUE\b/g, "true");
  f = f.replace(/(?<![<>=!])=(?!=)/g, "===");
  expect(f).not.toMatch(/\$[A-Z]+\d|'|TODAY|DATE/);
  const NA = NaN;
  const AND = (...xs: unknown[]) => (xs.some((x) => Number.isNaN(x)) ? NA : xs.every(Boolean));
  const IFERROR = (x: unknown, d: unknown) => (Number.isNaN(x) ? d : x);
  const ISNUMBER = (x: unknown) => typeof x === "number" && !Number.isNaN(x);
  const TRIM = (x: unknown) => (typeof x === "string" ? x.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ") : x);
  const VLOOKUP = (key: unknown, range: string, index: number, approximate: boolean) => {
    expect([range, index, approximate]).toEqual(["EXPIRY", 4, false]);
    const hit = expiry.rows.find(
      (r) => typeof r[0] === "string" && typeof key === "string" && r[0].toLowerCase() === key.toLowerCase(),
    );
    if (!hit) return NA;
    const v = hit[3];
    return v === null ? 0 : v;
  };
  const result = new Function("AND", "IFERROR", "ISNUMBER", "TRIM", "VLOOKUP", `return (${f});`)(
    AND,
    IFERROR,
    ISNUMBER,
    TRIM,
    VLOOKUP,
  );
  return result === true;
}

/** The status each register row is coloured with (or null), by evaluating every rule on it. */
export function colours(
  p: WritePlan,
  b: WorkbookGrid,
  todaySerial: number,
  sheetName: string,
): Record<number, string | null> {
  const h = p.highlights.find((x) => x.sheet === sheetName)!;
  const register = b.sheets.find((s) => s.name === sheetName)!;
  const expiry = p.sheets.find((s) => s.tableName === "PartnerCities_Expiry")!;
  const [, a, z] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(h.range)!.map(Number);
  const out: Record<number, string | null> = {};
  for (let row = a; row <= z; row++) {
    const on = h.rules.filter((r) => evaluate(r, h, register, expiry, row, todaySerial)).map((r) => r.status);
    expect(on.length).toBeLessThanOrEqual(1);
    out[row] = on[0] ?? null;
  }
  return out;
}
