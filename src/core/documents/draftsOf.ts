import type { Analysis, Lang } from "../model";
import type { DocumentModel } from "./documentModel";
import { agreementDraft, relationOf, requestDraft } from "./drafts";
import { reachesDrafting } from "../path/partnerPath";

/**
 * Every draft the analysis calls for: the written request and the agreement for each path of
 * 第六条 (candidates and register rows not yet signed) that has reached drafting (第六条第三项),
 * and the renewal agreement for each agreement whose renewal is due (TERM-URGENT), each once by
 * file name. A path still at its preliminary opinion, its report or its leader visits is not
 * ready for paper; the task pane drafts one for it when a person asks.
 */
export function draftsOf(analysis: Analysis, lang: Lang): DocumentModel[] {
  const docs = [
    ...analysis.paths
      .filter(reachesDrafting)
      .flatMap((p) => [requestDraft(analysis, p, lang), agreementDraft(p.partner, relationOf(analysis, p), lang)]),
    ...analysis.agreements
      .filter((a) => a.status === "urgent")
      .map((a) => agreementDraft(a.partner, a.relation, lang, a.signingDate ?? a.termStart)),
  ];
  const seen = new Set<string>();
  return docs.filter((d) => !seen.has(d.fileName) && seen.add(d.fileName));
}
