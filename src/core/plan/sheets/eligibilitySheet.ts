import type { Analysis, Lang } from "../../model";
import { RECOMMENDATION_LABELS } from "../../i18n/labels";
import { ELIGIBILITY_HEADERS as H, LEVEL_LABELS, MARK_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { column, SHEET_LOOK } from "../sheetLook";
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
      column(H.lastDone[lang], "text", 28),
      column(H.next[lang], "text", 24),
      column(H.blockers[lang], "text", 50),
      column(H.place[lang], "link", 20),
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
    ...SHEET_LOOK,
    chart: null,
  };
}
