import type { Analysis, Lang } from "../../model";
import { fill } from "../../i18n/format";
import { STATUS_LABELS, SUGGESTION_LABELS } from "../../i18n/labels";
import { FIELD_CATEGORY_LABELS, SUMMARY_HEADERS as H } from "../../i18n/sheets";
import { FIELD_CATEGORIES } from "../../records/fieldCategory";
import type { SheetPlan } from "../writePlan";
import { chartBeside, column, SHEET_LOOK } from "../sheetLook";

/**
 * `YYYY年度交流总结` (第十三条第四项): a row per partner, the fields of exchange as columns, the
 * totals under the table, and a chart of this year's and last year's exchanges per partner (the
 * two columns beside the partner's name, so that the chart's source is one block of cells).
 */
export function summarySheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  const { summary } = analysis;
  const fieldColumns = FIELD_CATEGORIES.map((f) => column(FIELD_CATEGORY_LABELS[f][lang], "integer", 8));
  const columns: SheetPlan["columns"] = [
    column(H.partner[lang], "text", 20),
    column(H.exchanges[lang], "integer", 10),
    column(H.previousYear[lang], "integer", 12),
    column(H.leaderVisits[lang], "integer", 10),
    ...fieldColumns,
    column(H.published[lang], "integer", 10),
    column(H.archiveComplete[lang], "percent", 11),
    column(H.events[lang], "integer", 10),
    column(H.answered[lang], "integer", 8),
    column(H.statusAtYearEnd[lang], "text", 16),
    column(H.suggestion[lang], "text", 26),
  ];
  return {
    name,
    tableName,
    columns,
    rows: summary.partners.map((p) => [
      p.partner,
      p.exchanges,
      p.previousYear,
      p.leaderVisits,
      ...FIELD_CATEGORIES.map((f) => p.byField[f] ?? 0),
      p.published,
      p.archiveComplete,
      p.events,
      p.answered,
      STATUS_LABELS[p.statusAtYearEnd][lang],
      p.suggestion.map((s) => SUGGESTION_LABELS[s][lang]).join(lang === "zh-CN" ? "；" : "; "),
    ]),
    totals: [
      H.totals[lang],
      summary.totals.exchanges,
      summary.totals.previousYear,
      summary.totals.leaderVisits,
      ...FIELD_CATEGORIES.map((f) => summary.totals.byField[f] ?? 0),
      summary.totals.published,
      null,
      summary.totals.events,
      summary.totals.answered,
      null,
      null,
    ],
    ...SHEET_LOOK,
    chart:
      summary.partners.length > 0
        ? {
            title: fill(H.chartTitle[lang], { year: summary.year }),
            type: "columnClustered",
            categoryColumn: 0,
            seriesColumns: [1, 2],
            position: chartBeside(columns.length),
          }
        : null,
  };
}
