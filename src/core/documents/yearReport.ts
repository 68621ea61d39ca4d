import type { Analysis, Lang, SummaryRow } from "../model";
import { fill } from "../i18n/format";
import { YEAR_REPORT_TEXT } from "../i18n/yearReport";
import { FIELD_CATEGORY_LABELS } from "../i18n/sheets";
import { STATUS_LABELS, SUGGESTION_LABELS } from "../i18n/labels";
import { INVITATION_ANSWER_LABELS, INVITATION_DIRECTION_LABELS } from "../i18n/paperwork";
import { FIELD_CATEGORIES } from "../records/fieldCategory";
import { letterDate } from "../letters/chineseDate";
import { foldName } from "../partners/foldName";
import { documentFileName, type Block, type DocumentModel } from "./documentModel";
import { HeadingCounter } from "./headingNumber";

/**
 * The year-end report of 第十三条第四项 for the district's leaders, from the analysis alone: the
 * year's totals against last year's, a table and a chart of exchanges per partner, a table for
 * each partner, agreements to renew (第七条第五项), partners with no exchange (第十三条第四项),
 * archives (第十三条第五项), departmental agreements filed (第十四条) and invitations (第十条).
 */
export function yearReport(analysis: Analysis, lang: Lang): DocumentModel {
  const T = (key: keyof typeof YEAR_REPORT_TEXT, data: Record<string, string | number> = {}) =>
    fill(YEAR_REPORT_TEXT[key][lang], data);
  const { summary, year } = analysis;
  const { partners, totals } = summary;
  const sep = T("listSeparator");
  const h = new HeadingCounter(lang);
  const p = (text: string): Block => ({ kind: "paragraph", text });
  const blocks: Block[] = [];
  const title = T("title", { year });
  blocks.push({ kind: "title", text: title }, p(T("lead", { year })));

  // 一、总体情况
  const diff = totals.exchanges - totals.previousYear;
  const change = diff > 0 ? T("more", { n: diff }) : diff < 0 ? T("fewer", { n: -diff }) : T("same");
  const fields = FIELD_CATEGORIES.filter((f) => totals.byField[f]).map((f) =>
    T("fieldList", { field: FIELD_CATEGORY_LABELS[f][lang], n: totals.byField[f] }),
  );
  blocks.push(
    h.next(1, T("overall")),
    p(
      [
        T("overallText", {
          year,
          partners: partners.length,
          exchanges: totals.exchanges,
          previous: totals.previousYear,
          change,
          leaderVisits: totals.leaderVisits,
        }),
        fields.length ? T("byField", { fields: fields.join(sep) }) : T("noField"),
        T("publishedText", { published: totals.published }),
        T("eventsText", { events: totals.events, answered: totals.answered }),
        T("invitationsText", summary.invitations),
      ].join(lang === "zh-CN" ? "" : " "),
    ),
    {
      kind: "table",
      caption: T("tablePartners", { year }),
      widths: [3, 1.3, 1.1, 1.3, 4, 1.3, 1.8, 2],
      header: [
        T("partner"),
        T("exchanges"),
        T("previousYear"),
        T("leaderVisits"),
        T("fields"),
        T("published"),
        T("eventsAnswered"),
        T("statusAtYearEnd"),
      ],
      rows: [
        ...partners.map((r) => [
          r.partner,
          String(r.exchanges),
          String(r.previousYear),
          String(r.leaderVisits),
          fieldsOf(r.byField, lang, sep),
          String(r.published),
          `${r.events}（${r.answered}）`,
          STATUS_LABELS[r.statusAtYearEnd][lang],
        ]),
        [
          T("totals"),
          String(totals.exchanges),
          String(totals.previousYear),
          String(totals.leaderVisits),
          fieldsOf(totals.byField, lang, sep),
          String(totals.published),
          `${totals.events}（${totals.answered}）`,
          "",
        ],
      ],
    },
  );
  if (partners.length > 0)
    blocks.push({
      kind: "chart",
      caption: T("chart", { year }),
      categories: partners.map((r) => r.partner),
      series: [
        { name: T("seriesYear", { year }), values: partners.map((r) => r.exchanges) },
        { name: T("seriesYear", { year: year - 1 }), values: partners.map((r) => r.previousYear) },
      ],
    });

  // 二、各友城交流情况
  if (partners.length > 0) {
    blocks.push(h.next(1, T("perPartner")));
    for (const r of partners) blocks.push(h.next(2, r.partner), partnerTable(analysis, r, lang, T));
  }

  // 三、协议到期与续签
  const renew = partners.filter((r) => r.suggestion.includes("renew"));
  blocks.push(h.next(1, T("renewal")));
  if (renew.length === 0) blocks.push(p(T("renewalNone", { next: year + 1 })));
  else {
    const agreementOf = (partner: string) =>
      analysis.agreements.find((a) => a.status !== "terminated" && foldName(a.partner) === foldName(partner));
    blocks.push(p(T("renewalText", { n: renew.length, next: year + 1 })), {
      kind: "table",
      caption: T("tableRenewal"),
      widths: [3, 2, 2, 2, 2],
      header: [
        T("partner"),
        T("lastDay"),
        T("statusAtYearEnd"),
        T("daysLeft", { today: analysis.today }),
        T("suggestion"),
      ],
      rows: renew.map((r) => [
        r.partner,
        r.lastDay ?? "",
        STATUS_LABELS[r.statusAtYearEnd][lang],
        String(agreementOf(r.partner)?.daysLeft ?? ""),
        r.suggestion.map((s) => SUGGESTION_LABELS[s][lang]).join(sep),
      ]),
    });
  }

  // 四、无交流友城及调整建议
  const idle = partners.filter((r) => r.suggestion.includes("redirect"));
  blocks.push(
    h.next(1, T("redirect")),
    p(
      idle.length
        ? T("redirectText", { year, n: idle.length, partners: idle.map((r) => r.partner).join(sep) })
        : T("redirectNone", { year }),
    ),
  );

  // 五、档案整理情况
  const archivedCount = (r: SummaryRow) => Math.round((r.archiveComplete ?? 0) * r.exchanges);
  const archived = partners.reduce((s, r) => s + archivedCount(r), 0);
  blocks.push(h.next(1, T("archive")));
  if (totals.exchanges === 0) blocks.push(p(T("archiveNone", { year })));
  else {
    blocks.push(
      p(T("archiveText", { year, exchanges: totals.exchanges, archived, share: percent(archived / totals.exchanges) })),
    );
    const incomplete = partners.filter((r) => r.archiveComplete !== null && r.archiveComplete < 1);
    if (incomplete.length)
      blocks.push({
        kind: "table",
        caption: T("tableArchive"),
        header: [T("partner"), T("exchanges"), T("archived"), T("share")],
        rows: incomplete.map((r) => [
          r.partner,
          String(r.exchanges),
          String(archivedCount(r)),
          percent(r.archiveComplete ?? 0),
        ]),
      });
  }

  // 六、部门单项领域合作协议备案
  const inYear = (d: string | null) => d !== null && Number(d.slice(0, 4)) === year;
  const filings = analysis.filings.filter((f) => inYear(f.signed) || inYear(f.filed) || f.filed === null);
  blocks.push(h.next(1, T("filings")));
  if (filings.length === 0) blocks.push(p(T("filingsNone")));
  else {
    const filed = filings.filter((f) => f.filed !== null).length;
    blocks.push(p(T("filingsText", { n: filings.length, filed, unfiled: filings.length - filed })), {
      kind: "table",
      caption: T("tableFilings"),
      header: [T("department"), T("counterpart"), T("agreementName"), T("signed"), T("filed")],
      rows: filings.map((f) => [f.department, f.counterpart, f.name, f.signed ?? "", f.filed ?? T("notFiled")]),
    });
  }

  // 七、重大活动邀请情况
  const invitations = analysis.invitations.filter((i) => inYear(i.date));
  blocks.push(h.next(1, T("invitationsSection")));
  if (invitations.length === 0) blocks.push(p(T("invitationsNone", { year })));
  else
    blocks.push(p(T("invitationsText", summary.invitations)), {
      kind: "table",
      caption: T("tableInvitations", { year }),
      widths: [2, 3, 2.4, 4, 1.8],
      header: [T("date"), T("partner"), T("direction"), T("event"), T("answer")],
      rows: invitations.map((i) => [
        i.date ?? "",
        i.partner,
        INVITATION_DIRECTION_LABELS[i.direction][lang],
        i.event,
        INVITATION_ANSWER_LABELS[i.answer][lang],
      ]),
    });

  blocks.push({ kind: "signature", lines: [T("issuer"), letterDate(analysis.today, lang)] });
  return { lang, title, creator: T("issuer"), fileName: documentFileName(title), blocks };
}

function partnerTable(
  analysis: Analysis,
  r: SummaryRow,
  lang: Lang,
  T: (key: keyof typeof YEAR_REPORT_TEXT, data?: Record<string, string | number>) => string,
): Block {
  const sep = T("listSeparator");
  const key = foldName(r.partner);
  const inYear = (d: string | null) => d !== null && Number(d.slice(0, 4)) === analysis.year;
  const events = analysis.events.filter((e) => e.partnerFound && foldName(e.partner) === key && inYear(e.date));
  const invitations = analysis.invitations.filter((i) => foldName(i.partner) === key && inYear(i.date));
  return {
    kind: "table",
    caption: r.partner,
    header: [T("item"), T("detail")],
    widths: [1, 4],
    rows: [
      [T("exchanges"), T("exchangesDetail", { n: r.exchanges, previous: r.previousYear })],
      [T("fields"), fieldsOf(r.byField, lang, sep) || T("none")],
      [T("leaderVisits"), T("timesN", { n: r.leaderVisits })],
      [T("published"), T("piecesN", { n: r.published })],
      [
        T("events"),
        events.length
          ? events
              .map((e) =>
                T("eventLine", {
                  date: e.date ?? "",
                  event: e.eventType,
                  answer: e.response || (e.responded ? T("answeredNoWords") : T("notAnswered")),
                }),
              )
              .join(lang === "zh-CN" ? "；" : "; ")
          : T("none"),
      ],
      [
        T("invitations"),
        invitations.length
          ? invitations
              .map((i) =>
                T("invitationLine", {
                  date: i.date ?? "",
                  direction: INVITATION_DIRECTION_LABELS[i.direction][lang],
                  event: i.event,
                  answer: INVITATION_ANSWER_LABELS[i.answer][lang],
                }),
              )
              .join(lang === "zh-CN" ? "；" : "; ")
          : T("none"),
      ],
      [
        T("term"),
        r.lastDay
          ? T("termDetail", { lastDay: r.lastDay, status: STATUS_LABELS[r.statusAtYearEnd][lang] })
          : T("termUnknown"),
      ],
    ],
  };
}

function fieldsOf(byField: Record<string, number>, lang: Lang, sep: string): string {
  return FIELD_CATEGORIES.filter((f) => byField[f])
    .map((f) => `${FIELD_CATEGORY_LABELS[f][lang]}${lang === "zh-CN" ? "" : " "}${byField[f]}`)
    .join(sep);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
