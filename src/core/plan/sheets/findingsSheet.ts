import type { Analysis, Lang } from "../../model";
import { findingMessage } from "../../i18n/findingMessage";
import { FINDINGS_HEADERS as H, SEVERITY_LABELS } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { placeLink } from "./placeLink";

/** 合规检查: every finding, in the report's order, with a link to its cell. */
export function findingsSheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  return {
    name,
    tableName,
    columns: [
      { header: H.severity[lang], kind: "text", width: 10 },
      { header: H.rule[lang], kind: "text", width: 18 },
      { header: H.article[lang], kind: "text", width: 22 },
      { header: H.place[lang], kind: "link", width: 20 },
      { header: H.message[lang], kind: "text", width: 80 },
    ],
    rows: analysis.findings.map((f) => [
      SEVERITY_LABELS[f.severity][lang],
      f.rule,
      f.article ?? "—",
      placeLink(f),
      findingMessage(f, lang),
    ]),
    totals: null,
    freezeRows: 1,
    chart: null,
  };
}
