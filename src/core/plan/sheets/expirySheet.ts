import type { Analysis, Lang } from "../../model";
import { RELATION_LABELS, STATUS_LABELS } from "../../i18n/labels";
import { EXPIRY_HEADERS as H } from "../../i18n/sheets";
import type { SheetPlan } from "../writePlan";
import { column, SHEET_LOOK } from "../sheetLook";
import { placeLink } from "./placeLink";
import { planDate } from "./planDate";

/** Columns the highlight formulas read: the partner is looked up in the first, the last day here. */
export const EXPIRY_PARTNER_COLUMN = 0;
export const EXPIRY_LAST_DAY_COLUMN = 3;

/**
 * 到期提醒: every agreement that is not terminated, the soonest to end first; those whose last day
 * cannot be worked out come last, so that nobody forgets them.
 */
export function expirySheet(analysis: Analysis, lang: Lang, name: string, tableName: string): SheetPlan {
  const live = analysis.agreements.filter((a) => a.status !== "terminated");
  const sorted = [...live].sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.row - b.row);
  return {
    name,
    tableName,
    columns: [
      column(H.partner[lang], "text", 22),
      column(H.relation[lang], "text", 18),
      column(H.termStart[lang], "date", 13),
      column(H.lastDay[lang], "date", 13),
      column(H.daysLeft[lang], "integer", 10),
      column(H.status[lang], "text", 16),
      column(H.place[lang], "link", 18),
    ],
    rows: sorted.map((a) => [
      a.partner,
      RELATION_LABELS[a.relation][lang],
      planDate(a.termStart),
      planDate(a.lastDay),
      a.daysLeft,
      STATUS_LABELS[a.status][lang],
      placeLink({ sheet: a.sheet, row: a.row, column: null }),
    ]),
    totals: null,
    ...SHEET_LOOK,
    chart: null,
  };
}
