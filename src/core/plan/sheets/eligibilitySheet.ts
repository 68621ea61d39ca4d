import type { Analysis, Lang } from "../../model";
import { RECOMMENDATION_LABELS } from "../../i18n/labels";
import { ELIGIBILITY_HEADERS as H, LEVEL_LABELS, MARK_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { column, SHEET_LOOK } from "../sheetLook";
import { placeLink } from "./placeLink";

/** 资格评估: each candidate's conditions of 第五条, its level, leader visits and the recommendation. */
export function eligibilitySheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  const yesNo = (b: boolean) => MARK_LABELS[b ? "yes" : "no"][lang];
  return {
    name,
    tableName,
    columns: [
      column(H.city[lang], "text", 20),
      column(H.level[lang], "text", 18),
      column(H.levelJudgement[lang], "text", 10),
      column(H.cond1[lang], "text", 8),
      column(H.cond2[lang], "text", 8),
      column(H.cond3[lang], "text", 8),
      column(H.cond4[lang], "text", 8),
      column(H.cond5[lang], "text", 8),
      column(H.met[lang], "integer", 10),
      column(H.leaderVisit[lang], "text", 10),
      column(H.recommendation[lang], "text", 50),
      column(H.place[lang], "link", 20),
    ],
    rows: analysis.candidates.map((c) => [
      c.city,
      c.level,
      LEVEL_LABELS[c.levelClass][lang],
      ...c.conditions.map((m) => MARK_LABELS[m][lang]),
      c.criteriaMet.length,
      yesNo(c.leaderVisit),
      RECOMMENDATION_LABELS[c.recommendation][lang],
      placeLink({ sheet: c.sheet, row: c.row, column: null }),
    ]),
    totals: null,
    ...SHEET_LOOK,
    chart: null,
  };
}
