import type { Analysis, Lang } from "../../model";
import { findingMessage } from "../../i18n/findingMessage";
import { FINDINGS_HEADERS as H, SEVERITY_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { column, SHEET_LOOK } from "../sheetLook";
import { placeLink } from "./placeLink";

/** 合规检查: every finding, in the report's order, with a link to its cell. */
export function findingsSheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  return {
    name,
    tableName,
    columns: [
      column(H.severity[lang], "text", 10),
      column(H.rule[lang], "text", 18),
      column(H.article[lang], "text", 22),
      column(H.place[lang], "link", 20),
      column(H.message[lang], "text", 80),
    ],
    rows: analysis.findings.map((f) => [
      SEVERITY_LABELS[f.severity][lang],
      f.rule,
      f.article ?? "—",
      placeLink(f),
      findingMessage(f, lang),
    ]),
    totals: null,
    ...SHEET_LOOK,
    chart: null,
  };
}
