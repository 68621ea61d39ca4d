/**
 * The conditional formats on the register rows (WORKBOOK.md: one rule per status colour, which the
 * add-in can find and remove again). Besides the formula's text, a small evaluator of the formulas
 * (only the functions they are made of) checks that, against the planned expiry sheet, each rule
 * colours exactly the rows whose agreement has that status.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { planWrites } from "../../../src/core/plan/planWrites";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import type { WorkbookGrid } from "../../../src/core/workbook";
import { colours } from "./evaluateHighlights";
import type { Settings } from "../../../src/core/settings";
import { book, serial, sheet } from "../../helpers/grid";
import { AGREEMENTS, REGISTER, TODAY, excel, mainBook, registerSheet } from "./fixtures";

const planFor = (b: WorkbookGrid, fixedToday: string | null, settings?: Partial<Settings>, today = TODAY): WritePlan =>
  planWrites(analyzeWorkbook(b, { today, settings }), b, { lang: "zh-CN", scope: "all", fixedToday });

const COLOURED = (s: string) => (s === "expired" || s === "urgent" || s === "expiring" ? s : null);
const expectedColours = Object.fromEntries(AGREEMENTS.map((a) => [a.row, COLOURED(a.status)]));

describe("highlights", () => {
  test("one plan for the register: its data rows, across all its columns", () => {
    const p = planFor(mainBook(), TODAY);
    expect(p.highlights).toHaveLength(1);
    // data rows 4 … 9; header 序号 … 经办人 spans A … J (经办人 is no field the rules read)
    expect(p.highlights[0]).toMatchObject({ sheet: REGISTER, range: "A4:J9" });
  });

  test("three rules, expired, urgent and expiring, each carrying the add-in's marker", () => {
    const [h] = planFor(mainBook(), TODAY).highlights;
    expect(h.rules.map((r) => r.status)).toEqual(["expired", "urgent", "expiring"]);
    for (const r of h.rules) {
      expect(r.formula).toContain(`N("PartnerCities:${r.status}")`);
      expect(r.formula).toContain("'到期提醒'!");
      // the register's partner column, anchored on the first data row
      expect(r.formula).toMatch(/\$B4(?!\d)/);
      expect(r.formula).not.toMatch(/\$B\$4/);
      expect(r.fill).toMatch(/^#[0-9A-F]{6}$/i);
      expect(r.fontColor).toMatch(/^#[0-9A-F]{6}$/i);
    }
    expect(new Set(h.rules.map((r) => r.fill)).size).toBe(3);
  });

  test("TODAY() unless today is fixed, then DATE(2026,11,27)", () => {
    for (const r of planFor(mainBook(), null).highlights[0].rules) {
      expect(r.formula).toContain("TODAY()");
      expect(r.formula).not.toContain("DATE(");
    }
    for (const r of planFor(mainBook(), TODAY).highlights[0].rules) {
      expect(r.formula).toContain("DATE(2026,11,27)");
      expect(r.formula).not.toContain("TODAY()");
    }
  });

  test("the thresholds come from the settings", () => {
    const byDefault = planFor(mainBook(), null).highlights[0].rules;
    expect(byDefault.find((r) => r.status === "urgent")!.formula).toMatch(/<=90\b/);
    expect(byDefault.find((r) => r.status === "expiring")!.formula).toMatch(/>90\b/);
    expect(byDefault.find((r) => r.status === "expiring")!.formula).toMatch(/<=180\b/);
    const changed = planFor(mainBook(), null, { urgentDays: 30, expiringDays: 200 }).highlights[0].rules;
    expect(changed.find((r) => r.status === "urgent")!.formula).toMatch(/<=30\b/);
    expect(changed.find((r) => r.status === "urgent")!.formula).not.toMatch(/\b90\b/);
    expect(changed.find((r) => r.status === "expiring")!.formula).toMatch(/>30\b/);
    expect(changed.find((r) => r.status === "expiring")!.formula).toMatch(/<=200\b/);
  });

  test("drawn on the day, each rule colours exactly the rows of its status", () => {
    const b = mainBook();
    expect(colours(planFor(b, TODAY), b, excel(TODAY), REGISTER)).toEqual(expectedColours);
    expect(colours(planFor(b, null), b, excel(TODAY), REGISTER)).toEqual(expectedColours);
  });

  test("with TODAY(), the colours move as days pass", () => {
    const b = mainBook();
    const p = planFor(b, null);
    // 2027-01-11: 姑苏 (last day 2027-01-10) has expired; 上城 (2027-04-30) has 109 days left: still expiring
    expect(colours(p, b, excel("2027-01-11"), REGISTER)).toMatchObject({ 5: "expired", 6: "expiring" });
    // 2027-02-01: 上城 has 88 days left: urgent
    expect(colours(p, b, excel("2027-02-01"), REGISTER)).toMatchObject({ 6: "urgent" });
    // a fixed day does not move
    expect(colours(planFor(b, TODAY), b, excel("2027-02-01"), REGISTER)).toEqual(expectedColours);
  });

  test("with urgentDays 30, 44 days left is expiring, not urgent", () => {
    const b = mainBook();
    expect(colours(planFor(b, TODAY, { urgentDays: 30 }), b, excel(TODAY), REGISTER)).toEqual({
      ...expectedColours,
      5: "expiring",
    });
  });

  test("two register sheets: two highlight plans, each on its own rows and partner column", () => {
    const second = sheet("合作框架协议", [
      ["Partner", "Signing date", "Relation"],
      ["河北省雄安新区", serial("2022-01-20"), "合作框架协议"],
      ["内蒙古自治区呼和浩特市新城区", serial("2024-06-01"), "合作框架协议"],
    ]);
    const b = book(registerSheet(), second);
    const p = planFor(b, TODAY);
    expect(p.highlights.map((h) => [h.sheet, h.range])).toEqual([
      [REGISTER, "A4:J9"],
      ["合作框架协议", "A2:C3"],
    ]);
    for (const r of p.highlights[1].rules) expect(r.formula).toMatch(/\$A2(?!\d)/);
    // 雄安: last day 2027-01-20, 54 days left
    expect(colours(p, b, excel(TODAY), "合作框架协议")).toEqual({ 2: "urgent", 3: null });
  });

  test("the expiry sheet is referred to by the name it gets, quoted", () => {
    const userSheet = sheet("到期提醒", [["自己记的到期提醒"], ["别动这张表"]]);
    const b = book(registerSheet(), userSheet);
    const p = planFor(b, TODAY);
    for (const r of p.highlights[0].rules) expect(r.formula).toContain("'到期提醒 (2)'!$A:$D");
    expect(colours(p, b, excel(TODAY), REGISTER)).toEqual(expectedColours);
  });

  test("a register without data rows gets no highlight plan", () => {
    const b = book(sheet(REGISTER, [["友城名称", "签署日期"]]));
    expect(planFor(b, TODAY).highlights).toEqual([]);
  });

  test("a partner typed with a stray space before or after is still coloured", () => {
    // people type "上海市黄浦区 "; the expiry sheet shows the name as a person reads it, trimmed
    const b = book(registerSheet(REGISTER, { 4: "上海市黄浦区 ", 5: " 江苏省苏州市姑苏区" }));
    const p = planFor(b, TODAY);
    expect(p.sheets[0].rows[0][0]).toBe("上海市黄浦区");
    expect(colours(p, b, excel(TODAY), REGISTER)).toEqual(expectedColours);
  });
});
