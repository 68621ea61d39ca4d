import type { Analysis, Lang } from "../../model";
import { RECOMMENDATION_LABELS } from "../../i18n/labels";
import { ELIGIBILITY_HEADERS as H, LEVEL_LABELS, MARK_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { placeLink } from "./placeLink";
import type { PartnerPath } from "../../path/partnerPath";
import { PATH_STEP_LABELS, blockerText } from "../../i18n/paperwork";

/**
 * 资格评估: each candidate's conditions of 第五条, its level, leader visits and the recommendation,
 * and its path through 第六条 (the last step done, the next, what blocks it); then the register's
 * friendly-city rows not yet signed, with their path alone.
 */
export function eligibilitySheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  const yesNo = (b: boolean) => MARK_LABELS[b ? "yes" : "no"][lang];
  const pathCells = (p: PartnerPath | undefined) => {
    if (!p) return ["", "", ""];
    const last = p.lastDone ? p.steps.find((s) => s.step === p.lastDone)! : null;
    const sep = lang === "zh-CN" ? "；" : "; ";
    return [
      last ? `${PATH_STEP_LABELS[last.step][lang]}${last.date ? `（${last.date}）` : ""}` : H.none[lang],
      p.next ? PATH_STEP_LABELS[p.next][lang] : H.signed[lang],
      p.blockers.length ? p.blockers.map((b) => blockerText(b, lang)).join(sep) : H.none[lang],
    ];
  };
  const pathAt = (sheet: string, row: number) => analysis.paths.find((p) => p.sheet === sheet && p.row === row);
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
      { header: H.lastDone[lang], kind: "text", width: 28 },
      { header: H.next[lang], kind: "text", width: 24 },
      { header: H.blockers[lang], kind: "text", width: 50 },
      { header: H.place[lang], kind: "link", width: 20 },
    ],
    rows: [
      ...analysis.candidates.map((c) => [
        c.city,
        c.level,
        LEVEL_LABELS[c.levelClass][lang],
        ...c.conditions.map((m) => MARK_LABELS[m][lang]),
        c.criteriaMet.length,
        yesNo(c.leaderVisit),
        RECOMMENDATION_LABELS[c.recommendation][lang],
        ...pathCells(pathAt(c.sheet, c.row)),
        placeLink({ sheet: c.sheet, row: c.row, column: null }),
      ]),
      ...analysis.paths
        .filter((p) => p.source === "register")
        .map((p) => [
          p.partner,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          null,
          yesNo(p.steps.find((s) => s.step === "cooperation")!.done),
          H.onRegister[lang],
          ...pathCells(p),
          placeLink({ sheet: p.sheet, row: p.row, column: null }),
        ]),
    ],
    totals: null,
    freezeRows: 1,
    chart: null,
  };
}
