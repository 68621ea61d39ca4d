import type { Lang } from "../../model";
import { planDate } from "./planDate";
import { GREETING_KIND_LABELS, GREETINGS_HEADERS as H } from "../../i18n/greetings";
import type { GreetingRow } from "../../greetings/greetingsCalendar";
import type { SheetPlan } from "../writePlan";
import { placeLink } from "./placeLink";

/**
 * 节日问候 (第十一条): the greetings due in the window of the settings, soonest first — the day,
 * the day to send by, the festival or anniversary, whom to greet, a ★ on every tenth anniversary,
 * and for an anniversary a link to its register row.
 */
export function greetingsSheet(
  rows: GreetingRow[],
  lang: Lang,
  name: string,
  tableName: string,
  date1904 = false,
): SheetPlan {
  return {
    name,
    tableName,
    columns: [
      { header: H.date[lang], kind: "date", width: 13 },
      { header: H.sendBy[lang], kind: "date", width: 13 },
      { header: H.occasion[lang], kind: "text", width: 18 },
      { header: H.kind[lang], kind: "text", width: 10 },
      { header: H.partners[lang], kind: "text", width: 60 },
      { header: H.tenth[lang], kind: "text", width: 10 },
      { header: H.place[lang], kind: "link", width: 18 },
    ],
    rows: rows.map((g) => [
      planDate(g.date, date1904),
      planDate(g.sendBy, date1904),
      g.occasion,
      GREETING_KIND_LABELS[g.kind][lang],
      g.partners.join(H.separator[lang]),
      g.tenth ? H.tenthMark[lang] : null,
      g.at ? placeLink(g.at) : null,
    ]),
    totals: null,
    freezeRows: 1,
    chart: null,
  };
}
