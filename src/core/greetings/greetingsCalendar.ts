import type { Agreement, CellRef, Lang } from "../model";
import { addDaysIso, type IsoDate } from "../dates/isoDate";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { fill } from "../i18n/format";
import { ANNIVERSARY_OCCASIONS, FESTIVAL_NAMES } from "../i18n/greetings";
import { festivalDate } from "./festivals";
import type { FestivalId } from "./festivalIds";
import { anniversaryIn, isTenth } from "./anniversary";
import { ordinal } from "./ordinal";

/** One greeting due: a festival for every partner, or one partner's anniversary. */
export interface GreetingRow {
  /** The festival or anniversary itself. */
  date: IsoDate;
  /** When the letter should go out to arrive in time: `date` less the lead days. */
  sendBy: IsoDate;
  /** Its name in the chosen language: 春节, 结好10周年. */
  occasion: string;
  kind: "festival" | "anniversary";
  /** The festival's id (festivals only). */
  festival?: FestivalId;
  /** Whom to greet: every partner not terminated for a festival, the one partner for an anniversary. */
  partners: string[];
  /** Anniversaries only: the years since signing, and whether it is a tenth (10, 20 …). */
  years?: number;
  tenth?: boolean;
  /** Anniversaries only: the register row it comes from. */
  at?: CellRef;
}

/** What the calendar reads of an agreement; an Analysis's agreements have it. */
export type GreetingPartner = Pick<Agreement, "partner" | "relation" | "status" | "signingDate" | "sheet" | "row">;

interface GreetingsOptions {
  today: IsoDate;
  windowDays?: number;
  leadDays?: number;
  festivals?: readonly FestivalId[];
  lang?: Lang;
}

type Source =
  { agreements: readonly GreetingPartner[]; today: IsoDate; settings: Settings } | readonly GreetingPartner[];

/**
 * 第十一条's greetings that are due: a greeting is in the window when it still lies ahead
 * (its day is today or later) and it must be sent within the window (its send-by day, the day
 * less the lead days a letter needs to arrive, is at most `windowDays` from today). A greeting
 * whose send-by day has passed but whose day has not is shown too: it is late, not too late.
 * So with the defaults (60 days, 14 days' lead) on 2026-11-27, 春节 on 2027-02-06 (71 days off,
 * to be sent by 2027-01-23) is due now.
 *
 * Pass an Analysis (its today and settings are the defaults) or a list of agreements with options.
 */
export function greetingsCalendar(source: Source, options: Partial<GreetingsOptions> = {}): GreetingRow[] {
  const fromAnalysis = !isList(source);
  const agreements = isList(source) ? source : source.agreements;
  const settings = fromAnalysis ? source.settings : DEFAULT_SETTINGS;
  const today = options.today ?? (fromAnalysis ? source.today : undefined);
  if (!today) throw new TypeError("greetingsCalendar: today is needed with a list of agreements");
  const windowDays = options.windowDays ?? settings.greetingWindowDays;
  const leadDays = options.leadDays ?? settings.greetingLeadDays;
  const festivals = options.festivals ?? settings.festivals;
  const lang = options.lang ?? "zh-CN";

  const lastSendBy = addDaysIso(today, windowDays);
  const due = (date: IsoDate | null): date is IsoDate =>
    date !== null && date >= today && addDaysIso(date, -leadDays) <= lastSendBy;
  const firstYear = Number(today.slice(0, 4));
  const lastYear = Number(addDaysIso(lastSendBy, Math.max(leadDays, 0)).slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  const live = agreements.filter((a) => a.status !== "terminated" && a.partner.trim() !== "");
  const partners = [...new Set(live.map((a) => a.partner))];

  const rows: GreetingRow[] = [];
  if (partners.length > 0) {
    for (const id of new Set(festivals)) {
      for (const year of years) {
        const date = festivalDate(id, year);
        if (!due(date)) continue;
        rows.push({
          date,
          sendBy: addDaysIso(date, -leadDays),
          occasion: FESTIVAL_NAMES[id][lang],
          kind: "festival",
          festival: id,
          partners: [...partners],
        });
      }
    }
  }
  for (const a of live) {
    if (!a.signingDate) continue;
    for (const year of years) {
      const anniversary = anniversaryIn(a.signingDate, year);
      if (!anniversary || !due(anniversary.date)) continue;
      const occasion = ANNIVERSARY_OCCASIONS[a.relation === "friendly-city" ? "friendly-city" : "agreement"][lang];
      rows.push({
        date: anniversary.date,
        sendBy: addDaysIso(anniversary.date, -leadDays),
        occasion: fill(occasion, { years: anniversary.years, nth: ordinal(anniversary.years) }),
        kind: "anniversary",
        partners: [a.partner],
        years: anniversary.years,
        tenth: isTenth(anniversary.years),
        at: { sheet: a.sheet, row: a.row, column: null },
      });
    }
  }
  // By day; on one day festivals first, then anniversaries by register order.
  return rows.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : rank(x) - rank(y)));
}

const rank = (r: GreetingRow): number => (r.kind === "festival" ? 0 : 1);

function isList(source: Source): source is readonly GreetingPartner[] {
  return Array.isArray(source);
}
