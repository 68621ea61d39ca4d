import { analyzeWorkbook } from "../../src/core/analyze";
import type { Analysis, Role } from "../../src/core/model";
import { type Built, type LayoutOptions, type Scenario, buildWorkbook, expectedFindings } from "./scenario";

/** Analyses the scenario laid out one way. */
export function analyseLayout(s: Scenario, layout: Partial<LayoutOptions> = {}): { built: Built; analysis: Analysis } {
  const built = buildWorkbook(s, layout);
  return { built, analysis: analyzeWorkbook(built.book, { today: s.today }) };
}

export const findingKeys = (a: Analysis): string[] => a.findings.map((f) => `${f.rule}|${f.sheet}|${f.row}`).sort();

/** What a user checks: the roles found, each agreement's status and last day, each candidate's recommendation, the findings, the totals. */
export function expectScenario(s: Scenario, built: Built, analysis: Analysis, names: Record<Role, string>): void {
  const roles = Object.fromEntries(analysis.sheets.map((l) => [l.name, l.role]));
  expect(roles).toEqual(Object.fromEntries(Object.entries(names).map(([role, name]) => [name, role])));

  const agreements = analysis.agreements.map((a) => ({
    key: `${a.sheet}!${a.row}`,
    partner: a.partner,
    status: a.status,
    lastDay: a.lastDay,
  }));
  expect(agreements).toEqual(
    s.register.map((r) => ({
      key: `${built.sheetOf.get(r.key)}!${built.rowOf.get(r.key)}`,
      partner: r.partner,
      status: r.expect.status,
      lastDay: r.expect.lastDay,
    })),
  );

  const candidates = analysis.candidates.map((c) => ({
    key: `${c.sheet}!${c.row}`,
    city: c.city,
    met: c.criteriaMet,
    rec: c.recommendation,
  }));
  expect(candidates).toEqual(
    s.candidates.map((c) => ({
      key: `${built.sheetOf.get(c.key)}!${built.rowOf.get(c.key)}`,
      city: c.city,
      met: c.expect.criteriaMet,
      rec: c.expect.recommendation,
    })),
  );

  expect(findingKeys(analysis)).toEqual(expectedFindings(s, built));

  const t = analysis.summary.totals;
  expect({
    exchanges: t.exchanges,
    leaderVisits: t.leaderVisits,
    published: t.published,
    events: t.events,
    answered: t.answered,
  }).toEqual(s.expectTotals);
}
