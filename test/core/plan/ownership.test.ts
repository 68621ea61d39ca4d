/**
 * WORKBOOK.md: the add-in never changes a cell a person typed, and replaces its own sheets whole.
 * It knows its sheets by their table (PartnerCities_…), not by their names; and its own sheets
 * are its output, never its input.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { planWrites, removalPlan } from "../../../src/core/plan/planWrites";
import type { Lang } from "../../../src/core/model";
import type { WorkbookGrid } from "../../../src/core/workbook";
import { book, sheet } from "../../helpers/grid";
import { TODAY, YEAR, mainBook, ownSheet, registerSheet, renderPlanSheet } from "./fixtures";

const plan = (b: WorkbookGrid, lang: Lang = "zh-CN", scope: "all" | "highlights" | "summary" = "all") =>
  planWrites(analyzeWorkbook(b, { today: TODAY }), b, { lang, scope, fixedToday: null });

const userExpiry = () => sheet("到期提醒", [["我自己的到期提醒表"], ["上海市黄浦区", "2026-09-28", "已电话联系"]]);

describe("a user's sheet is never the add-in's", () => {
  test("a user's sheet named 到期提醒 is kept; the add-in's sheet becomes 到期提醒 (2)", () => {
    const b = mainBook(userExpiry());
    const p = plan(b);
    expect(p.deleteSheets).not.toContain("到期提醒");
    expect(p.deleteSheets).toEqual([]);
    expect(p.sheets.map((s) => s.name)).toEqual(["到期提醒 (2)", "合规检查", "资格评估", `${YEAR}年度交流总结`]);
    expect(p.sheets[0].tableName).toBe("PartnerCities_Expiry");
  });

  test("names are matched as Excel does, whatever the case", () => {
    const b = mainBook(sheet("EXPIRY", [["my notes"]]));
    const p = plan(b, "en-US");
    expect(p.sheets[0].name).toBe("Expiry (2)");
    expect(p.deleteSheets).toEqual([]);
  });

  test("on the next run, the add-in's 到期提醒 (2) is its own and is replaced under the same name", () => {
    const first = plan(mainBook(userExpiry()));
    const after = mainBook(userExpiry(), ...first.sheets.map(renderPlanSheet));
    const second = plan(after);
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.deleteSheets).toEqual([]);
  });

  test("a user's sheet on 到期提醒 (2) too: the add-in takes (3)", () => {
    const p = plan(mainBook(userExpiry(), sheet("到期提醒 (2)", [["也是我的"]])));
    expect(p.sheets[0].name).toBe("到期提醒 (3)");
    expect(p.deleteSheets).toEqual([]);
  });

  test("a user's sheet whose table has another name is a user's sheet", () => {
    const b = mainBook(ownSheet("合规检查", "合规台账"));
    const p = plan(b);
    expect(p.sheets[1].name).toBe("合规检查 (2)");
    expect(p.deleteSheets).toEqual([]);
    expect(removalPlan(b).deleteSheets).toEqual([]);
  });
});

describe("the add-in's earlier sheets", () => {
  test("under its own name, the sheet is replaced whole, not deleted", () => {
    const b = mainBook(ownSheet("到期提醒", "PartnerCities_Expiry"));
    const p = plan(b);
    expect(p.sheets[0].name).toBe("到期提醒");
    expect(p.deleteSheets).toEqual([]);
  });

  test("under the other language's names, they go when planning in this language", () => {
    const b = mainBook(
      ownSheet("Expiry", "PartnerCities_Expiry"),
      ownSheet("Findings", "PartnerCities_Findings"),
      ownSheet("Eligibility", "PartnerCities_Eligibility"),
      ownSheet(`${YEAR} Summary`, `PartnerCities_Summary_${YEAR}`),
    );
    const zh = plan(b, "zh-CN");
    expect(zh.sheets.map((s) => s.name)).toEqual(["到期提醒", "合规检查", "资格评估", `${YEAR}年度交流总结`]);
    expect([...zh.deleteSheets].sort()).toEqual(["Eligibility", "Expiry", "Findings", `${YEAR} Summary`].sort());
    // in English, the same sheets are this run's own: kept and replaced
    const en = plan(b, "en-US");
    expect(en.sheets.map((s) => s.name)).toEqual(["Expiry", "Findings", "Eligibility", `${YEAR} Summary`]);
    expect(en.deleteSheets).toEqual([]);
  });

  test("zh-CN sheets go when planning in en-US", () => {
    const b = mainBook(ownSheet("到期提醒", "PartnerCities_Expiry"), ownSheet("合规检查", "PartnerCities_Findings"));
    expect([...plan(b, "en-US").deleteSheets].sort()).toEqual(["到期提醒", "合规检查"].sort());
  });

  test("an older year's summary is kept", () => {
    const b = mainBook(
      ownSheet("2025年度交流总结", "PartnerCities_Summary_2025"),
      ownSheet("2024 Summary", "PartnerCities_Summary_2024"),
    );
    for (const scope of ["all", "summary"] as const) {
      const p = plan(b, "zh-CN", scope);
      expect(p.deleteSheets).toEqual([]);
      expect(p.sheets.map((s) => s.name)).toContain(`${YEAR}年度交流总结`);
    }
  });

  test("a run limited in scope deletes only sheets of its own kinds", () => {
    const b = mainBook(
      ownSheet("Expiry", "PartnerCities_Expiry"),
      ownSheet(`${YEAR} Summary`, `PartnerCities_Summary_${YEAR}`),
    );
    expect(plan(b, "zh-CN", "summary").deleteSheets).toEqual([`${YEAR} Summary`]);
    expect(plan(b, "zh-CN", "highlights").deleteSheets).toEqual(["Expiry"]);
  });

  test("the add-in's old sheet is never deleted when a user's sheet holds its wanted name", () => {
    // the add-in's expiry sheet sits in 到期提醒 (2); the user's 到期提醒 stays, the add-in's is replaced
    const b = mainBook(userExpiry(), ownSheet("到期提醒 (2)", "PartnerCities_Expiry"));
    const p = plan(b);
    expect(p.sheets[0].name).toBe("到期提醒 (2)");
    expect(p.deleteSheets).toEqual([]);
  });
});

describe("removalPlan", () => {
  test("deletes exactly the add-in's sheets, in every language and year, and clears its highlights", () => {
    const b = mainBook(
      userExpiry(),
      ownSheet("到期提醒 (2)", "PartnerCities_Expiry"),
      ownSheet("Findings", "PartnerCities_Findings"),
      ownSheet("资格评估", "PartnerCities_Eligibility"),
      ownSheet("2025年度交流总结", "PartnerCities_Summary_2025"),
      ownSheet(`${YEAR} Summary`, `PartnerCities_Summary_${YEAR}`),
      ownSheet("台账", "交流台账"),
    );
    const p = removalPlan(b);
    expect([...p.deleteSheets].sort()).toEqual(
      ["到期提醒 (2)", "Findings", "资格评估", "2025年度交流总结", `${YEAR} Summary`].sort(),
    );
    expect(p.sheets).toEqual([]);
    expect(p.highlights).toEqual([]);
    expect(p.clearOtherHighlights).toBe(true);
  });

  test("nothing of the add-in's: nothing deleted; settings carried", () => {
    const p = removalPlan(mainBook(userExpiry()), { mapping: null });
    expect(p.deleteSheets).toEqual([]);
    expect(p.settings).toEqual({ mapping: null });
  });

  test("each sheet once, even with two of the add-in's tables on it", () => {
    const s = sheet("旧表", [["a"], ["b"], [], ["c"], ["d"]], {
      tables: [
        { name: "PartnerCities_Expiry", headerRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 0 },
        { name: "PartnerCities_Findings", headerRow: 3, lastRow: 4, firstColumn: 0, lastColumn: 0 },
      ],
    });
    expect(removalPlan(book(s)).deleteSheets).toEqual(["旧表"]);
  });
});

describe("the add-in's own sheets are not read as input", () => {
  const without = mainBook();
  const firstPlan = plan(without, "zh-CN");
  // Excel table names are unique in a workbook: one earlier run's sheets at a time
  const withOwn = mainBook(...firstPlan.sheets.map(renderPlanSheet));
  const withOwnEn = mainBook(...plan(without, "en-US").sheets.map(renderPlanSheet));

  test.each([
    ["zh-CN", withOwn],
    ["en-US", withOwnEn],
  ] as const)(
    "the same findings, agreements, candidates and summary with the add-in's %s sheets in the workbook",
    (_, withSheets) => {
      const a = analyzeWorkbook(without, { today: TODAY });
      const b = analyzeWorkbook(withSheets, { today: TODAY });
      expect(b.findings).toEqual(a.findings);
      expect(b.agreements).toEqual(a.agreements);
      expect(b.candidates).toEqual(a.candidates);
      expect(b.summary).toEqual(a.summary);
      expect(b.sheets.map((l) => l.name)).toEqual(a.sheets.map((l) => l.name));
    },
  );

  test("and the same plan: its own sheets replaced in place, the other language's deleted", () => {
    const again = plan(withOwn, "zh-CN");
    expect(again.sheets).toEqual(firstPlan.sheets);
    expect(again.highlights).toEqual(firstPlan.highlights);
    expect(again.deleteSheets).toEqual([]);
    const fromEn = plan(withOwnEn, "zh-CN");
    expect(fromEn.sheets).toEqual(firstPlan.sheets);
    expect([...fromEn.deleteSheets].sort()).toEqual(["Eligibility", "Expiry", "Findings", `${YEAR} Summary`].sort());
  });

  test("(the check can fail: without their tables, the same sheets would be read)", () => {
    const strip = (b: WorkbookGrid): WorkbookGrid => ({ sheets: b.sheets.map((s) => ({ ...s, tables: undefined })) });
    const a = analyzeWorkbook(without, { today: TODAY });
    const c = analyzeWorkbook(strip(withOwn), { today: TODAY });
    // the eligibility sheet has the columns of a candidate sheet (城市, 条件一 … 条件五)
    expect(c.candidates.length).toBeGreaterThan(a.candidates.length);
  });

  test("a register sheet under an add-in table name is skipped as the add-in's", () => {
    const reg = registerSheet();
    const marked = {
      ...reg,
      tables: [{ name: "PartnerCities_Expiry", headerRow: 2, lastRow: 8, firstColumn: 0, lastColumn: 9 }],
    };
    expect(analyzeWorkbook(book(marked), { today: TODAY }).agreements).toEqual([]);
    expect(analyzeWorkbook(book(reg), { today: TODAY }).agreements).toHaveLength(6);
  });
});
