/**
 * A plan is plain data (STYLE.md, Terraform's plan): printable, comparable, the same for the same
 * inputs. And what people typed stays text: a partner name that looks like a formula or markup is
 * carried as exactly that string, in a text column, for the writers to write as text.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { planWrites, removalPlan } from "../../../src/core/plan/planWrites";
import type { SheetPlan, WritePlan } from "../../../src/core/plan/writePlan";
import type { Lang } from "../../../src/core/model";
import { book, serial, sheet } from "../../helpers/grid";
import { TODAY, mainBook, ownSheet, registerSheet } from "./fixtures";

const FORMULA = '=HYPERLINK("http://x","y")';
const MARKUP = "<img src=x onerror=alert(1)>";

describe("text stays data", () => {
  const b = book(
    registerSheet("友城名录", { 5: FORMULA, 8: MARKUP }),
    sheet("交流活动", [
      ["日期", "友城", "领域", "档案资料"],
      [serial("2026-03-01"), FORMULA, "文化", "图片"],
      [serial("2026-04-01"), MARKUP, "经贸", null],
    ]),
  );
  const a = analyzeWorkbook(b, { today: TODAY });

  test.each(["zh-CN", "en-US"] as Lang[])(
    "a partner named like a formula or like markup is that exact string, in a text column (%s)",
    (lang) => {
      const p = planWrites(a, b, { lang, scope: "all", fixedToday: null });
      const cellsOf = (s: SheetPlan, value: string) =>
        s.rows.flatMap((row, r) =>
          row
            .map((v, c) => ({ r, c, v }))
            .filter((x) => x.v === value)
            .map((x) => ({ row: x.r, kind: s.columns[x.c].kind, column: x.c })),
        );

      const expiry = p.sheets[0];
      for (const name of [FORMULA, MARKUP]) {
        const at = cellsOf(expiry, name);
        expect(at).toEqual([{ row: expect.any(Number), kind: "text", column: 0 }]);
      }
      const summary = p.sheets[3];
      for (const name of [FORMULA, MARKUP])
        expect(cellsOf(summary, name)).toEqual([{ row: expect.any(Number), kind: "text", column: 0 }]);
      // with their exchanges counted: one each, matched by the exact name
      for (const name of [FORMULA, MARKUP]) expect(summary.rows.find((r) => r[0] === name)![1]).toBe(1);

      // findings quote the name inside their message, as text, unchanged
      const findings = p.sheets[1];
      const messages = findings.rows.map((r) => r[4] as string);
      expect(messages.some((m) => m.includes(MARKUP))).toBe(true);
      expect(messages.some((m) => m.includes(FORMULA))).toBe(true);
      expect(findings.columns[4].kind).toBe("text");

      // no cell anywhere in the plan starts with "=" except the very partner cells (and messages that quote them)
      const all = p.sheets.flatMap((s) => s.rows.flat().concat(s.totals ?? []));
      const startsWithEquals = all.filter((v) => typeof v === "string" && v.startsWith("="));
      expect(new Set(startsWithEquals)).toEqual(new Set([FORMULA]));
    },
  );

  test("the highlight still looks such a partner up by its cell, not by its text in the formula", () => {
    const p = planWrites(a, b, { lang: "zh-CN", scope: "highlights", fixedToday: null });
    for (const r of p.highlights[0].rules) {
      expect(r.formula).not.toContain("HYPERLINK");
      expect(r.formula).not.toContain("<img");
    }
  });
});

describe("a plan is plain data", () => {
  const cases: [string, () => WritePlan][] = [
    [
      "all, zh-CN, fixed today",
      () =>
        planWrites(analyzeWorkbook(mainBook(), { today: TODAY }), mainBook(), {
          lang: "zh-CN",
          scope: "all",
          fixedToday: TODAY,
        }),
    ],
    [
      "all, en-US, TODAY()",
      () =>
        planWrites(analyzeWorkbook(mainBook(), { today: TODAY }), mainBook(), {
          lang: "en-US",
          scope: "all",
          fixedToday: null,
          settings: { a: "1", b: null },
        }),
    ],
    [
      "highlights",
      () =>
        planWrites(analyzeWorkbook(mainBook(), { today: TODAY }), mainBook(), {
          lang: "zh-CN",
          scope: "highlights",
          fixedToday: null,
        }),
    ],
    [
      "summary",
      () =>
        planWrites(analyzeWorkbook(mainBook(), { today: TODAY }), mainBook(), {
          lang: "en-US",
          scope: "summary",
          fixedToday: null,
        }),
    ],
    ["removal", () => removalPlan(mainBook(ownSheet("Expiry", "PartnerCities_Expiry")), { x: null })],
  ];

  test.each(cases)("%s: survives JSON unchanged", (_, make) => {
    const p = make();
    expect(JSON.parse(JSON.stringify(p))).toStrictEqual(p);
    expect(p.sheets.length + p.deleteSheets.length).toBeGreaterThan(0);
  });

  test.each(cases)("%s: the same inputs give the same plan", (_, make) => {
    expect(make()).toStrictEqual(make());
  });

  test("planning does not change the analysis or the workbook it is given", () => {
    const b = mainBook(ownSheet("Expiry", "PartnerCities_Expiry"));
    const a = analyzeWorkbook(b, { today: TODAY });
    const [aBefore, bBefore] = [JSON.stringify(a), JSON.stringify(b)];
    planWrites(a, b, { lang: "zh-CN", scope: "all", fixedToday: null });
    removalPlan(b);
    expect(JSON.stringify(a)).toBe(aBefore);
    expect(JSON.stringify(b)).toBe(bBefore);
  });

  test("a number that is not finite never reaches the plan", () => {
    const p = cases[0][1]();
    const numbers = p.sheets
      .flatMap((s) => s.rows.flat().concat(s.totals ?? []))
      .filter((v): v is number => typeof v === "number");
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});
