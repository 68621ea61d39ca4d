import type { Lang } from "../../model";
import { toExcelSerial } from "../../dates/isoDate";
import { GREETING_KIND_LABELS, GREETINGS_HEADERS as H } from "../../i18n/greetings";
import type { GreetingRow } from "../../greetings/greetingsCalendar";
import type { SheetPlan } from "../writePlan";
import { column, SHEET_LOOK } from "../sheetLook";
import { placeLink } from "./placeLink";

/**
 * 节日问候 (第十一条): the greetings due in the window of the settings, soonest first — the day,
 * the day to send by, the festival or anniversary, whom to greet, a ★ on every tenth anniversary,
 * and for an anniversary a link to its register row.
 */
export function greetingsSheet(rows: GreetingRow[], lang: Lang, name: string, tableName: string): SheetPlan {
  return {
    name,
    tableName,
    columns: [
      column(H.date[lang], "date", 13),
      column(H.sendBy[lang], "date", 13),
      column(H.occasion[lang], "text", 18),
      column(H.kind[lang], "text", 10),
      column(H.partners[lang], "text", 60),
      column(H.tenth[lang], "text", 10),
      column(H.place[lang], "link", 18),
    ],
    rows: rows.map((g) => [
      toExcelSerial(g.date),
      toExcelSerial(g.sendBy),
      g.occasion,
      GREETING_KIND_LABELS[g.kind][lang],
      g.partners.join(H.separator[lang]),
      g.tenth ? H.tenthMark[lang] : null,
      g.at ? placeLink(g.at) : null,
    ]),
    totals: null,
    ...SHEET_LOOK,
    chart: null,
  };
}
