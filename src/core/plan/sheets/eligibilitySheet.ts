import type { Analysis, Lang } from "../../model";
import { RECOMMENDATION_LABELS } from "../../i18n/labels";
import { ELIGIBILITY_HEADERS as H, LEVEL_LABELS, MARK_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { placeLink } from "./placeLink";

/** 资格评估: each candidate's conditions of 第五条, its level, leader visits and the recommendation. */
export function eligibilitySheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  const yesNo = (b: boolean) => MARK_LABELS[b ? "yes" : "no"][lang];
  return {
    name,
    tableName,
    columns: [
      { header: H.city[lang], kind: "text", width: 20 },
      { header: H.level[lang], kind: "text", width: 18 },
      { header: H.levelJudgement[lang], kind: "text", width: 10 },
      { header: H.cond1[lang], kind: "text", width: 8 },
      { header: H.cond2[lang], kind: "text", width: 8 },
      { header: H.cond3[lang], kind: "text", width: 8 },
      { header: H.cond4[lang], kind: "text", width: 8 },
      { header: H.cond5[lang], kind: "text", width: 8 },
      { header: H.met[lang], kind: "integer", width: 10 },
      { header: H.leaderVisit[lang], kind: "text", width: 10 },
      { header: H.recommendation[lang], kind: "text", width: 50 },
      { header: H.place[lang], kind: "link", width: 20 },
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
    freezeRows: 1,
    chart: null,
  };
}
