import type { Analysis, Lang, Relation } from "../model";
import type { IsoDate } from "../dates/isoDate";
import type { PartnerPath } from "../path/partnerPath";
import { fill } from "../i18n/format";
import { CONDITION_TEXT, DRAFT_TEXT } from "../i18n/drafts";
import { PATH_STEP_LABELS } from "../i18n/paperwork";
import { LEVEL_LABELS } from "../i18n/sheets";
import { RELATION_LABELS } from "../i18n/labels";
import { letterDate } from "../letters/chineseDate";
import { documentFileName, type Block, type DocumentModel } from "./documentModel";
import { HeadingCounter, chineseCount } from "./headingNumber";

type Key = keyof typeof DRAFT_TEXT;
const say =
  (lang: Lang) =>
  (key: Key, data: Record<string, string | number> = {}) =>
    fill(DRAFT_TEXT[key][lang], data);

/** The relation a path leads to: a friendly city when 第五条's conditions are met, else a framework agreement (第五条第六项). */
export function relationOf(analysis: Analysis, path: PartnerPath): Relation {
  const candidate = analysis.candidates.find((c) => c.sheet === path.sheet && c.row === path.row);
  return !candidate || candidate.recommendation === "friendly-city" ? "friendly-city" : "framework";
}

/**
 * 第六条第三项's written request (书面请示) to the district government proposing the partner: the
 * conditions of 第五条 it meets, the exchanges and steps so far, what is asked; blanks where a
 * person must decide (contact, telephone).
 */
export function requestDraft(analysis: Analysis, path: PartnerPath, lang: Lang): DocumentModel {
  const T = say(lang);
  const relation = relationOf(analysis, path);
  const friendly = relation === "friendly-city";
  const relationName = RELATION_LABELS[relation][lang];
  const establish = friendly ? T("establish") : T("establishAlternative", { relation: relationName });
  const title = T("requestTitle", { partner: path.partner, establish, establishEn: establish });
  const candidate = analysis.candidates.find((c) => c.sheet === path.sheet && c.row === path.row);
  const sep = T("listSeparator");
  const h = new HeadingCounter(lang);
  const p = (text: string, indent = true): Block => ({ kind: "paragraph", text, indent });
  const blocks: Block[] = [
    { kind: "title", text: title },
    p(T("addressee"), false),
    p(T("requestLead", { partner: path.partner, establish, establishLower: establish.toLowerCase() })),
    h.next(1, T("basics")),
    p(
      T("basicsText", {
        partner: path.partner,
        level: candidate?.level || T("blank"),
        levelJudgement: candidate ? LEVEL_LABELS[candidate.levelClass][lang] : T("blank"),
      }),
    ),
  ];
  if (candidate) {
    const met = path.criteriaMet;
    blocks.push(h.next(1, T("conditions")), p(T("conditionsText", { partner: path.partner, met: met.length })));
    met.forEach((n, i) =>
      blocks.push(
        p(`${lang === "zh-CN" ? `（${chineseCount(i + 1)}）` : `(${i + 1}) `}${CONDITION_TEXT[n - 1][lang]}；`),
      ),
    );
    const missing = [1, 2, 3, 4, 5].filter((n) => !met.includes(n));
    if (!friendly)
      blocks.push(
        p(
          T("conditionsNotMet", {
            missing: missing.map((n) => (lang === "zh-CN" ? chineseCount(n) : n)).join(sep),
            relation: relationName,
          }),
        ),
      );
  }
  const done = path.steps.filter((s) => s.done && s.date);
  blocks.push(
    h.next(1, T("exchanges")),
    p(
      [
        T("exchangesText", { n: path.exchanges, visit: path.steps[2].done ? T("visitYes") : T("visitNo") }),
        done.length
          ? T("stepsText", {
              steps: done.map((s) => T("stepDone", { step: PATH_STEP_LABELS[s.step][lang], date: s.date! })).join(sep),
            })
          : "",
      ].join(lang === "zh-CN" ? "" : " "),
    ),
    h.next(1, T("proposal")),
    p(T("proposalText")),
    p(T("closing")),
    p(T("attachment", { title: agreementTitle(path.partner, relation, lang, null) })),
    { kind: "signature", lines: [T("office"), letterDate(analysis.today, lang)] },
    p(T("contact"), false),
  );
  return { lang, title, creator: T("office"), fileName: documentFileName(title), blocks };
}

function agreementTitle(partner: string, relation: Relation, lang: Lang, renewalOf: IsoDate | null): string {
  const T = say(lang);
  if (relation !== "friendly-city")
    return T("alternativeTitle", { partner, relation: RELATION_LABELS[relation][lang] });
  return renewalOf ? T("renewalTitle", { partner }) : T("agreementTitle", { partner });
}

/**
 * The agreement (协议书) with the clauses 第七条 requires: cooperation within each government's
 * remit, friendship, cooperation, equality and mutual benefit, no interference, four copies two
 * each, five years with renewal by consultation and renegotiation on a division change. Both
 * governments' full names; blanks where a person must decide. An agreement of 第五条第六项 has
 * its own wording and a term left blank; `renewalOf` (the first signing day) makes it a renewal.
 */
export function agreementDraft(
  partner: string,
  relation: Relation,
  lang: Lang,
  renewalOf: IsoDate | null = null,
): DocumentModel {
  const T = say(lang);
  const friendly = relation === "friendly-city";
  const title = agreementTitle(partner, relation, lang, renewalOf);
  const relationName = RELATION_LABELS[relation][lang];
  const purpose = friendly
    ? renewalOf
      ? T("purposeRenewal", { signed: letterDate(renewalOf, lang) })
      : T("purposeNew")
    : T("purposeAlternative", { relation: relationName });
  const clauses = [
    T("clauseRemit"),
    relation === "single-field"
      ? T("clauseSingleField")
      : relation === "assistance"
        ? T("clauseAssistance")
        : T("clausePrinciples"),
    T("clauseNonInterference"),
    T("clauseLiaison", { partner }),
    friendly ? T("clauseTerm") : T("clauseTermAlternative"),
    T("clauseCopies"),
  ];
  const p = (text: string, indent = true): Block => ({ kind: "paragraph", text, indent });
  const blocks: Block[] = [
    { kind: "title", text: title },
    { kind: "subtitle", text: T("draftMark") },
    p(T("preamble", { partner, purpose, purposeEn: purpose })),
    ...clauses.map((text, i) => p(T("article", { n: lang === "zh-CN" ? chineseCount(i + 1) : i + 1, text }))),
    {
      kind: "table",
      caption: T("signatures"),
      header: [T("district"), T("partnerGovernment", { partner })],
      rows: [
        [T("representative"), T("representative")],
        [T("signedAt"), T("signedAt")],
        [T("signedOn"), T("signedOn")],
      ],
    },
  ];
  return { lang, title, creator: T("office"), fileName: documentFileName(title, T("draftMark")), blocks };
}
