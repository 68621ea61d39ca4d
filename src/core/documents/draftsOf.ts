import type { Analysis, Lang } from "../model";
import type { DocumentModel } from "./documentModel";
import { agreementDraft, relationOf, requestDraft } from "./drafts";

/**
 * Every draft the analysis calls for: the written request and the agreement for each path of
 * 第六条 (candidates and register rows not yet signed), and the renewal agreement for each
 * agreement whose renewal is due (TERM-URGENT), each once by file name.
 */
export function draftsOf(analysis: Analysis, lang: Lang): DocumentModel[] {
  const docs = [
    ...analysis.paths.flatMap((p) => [
      requestDraft(analysis, p, lang),
      agreementDraft(p.partner, relationOf(analysis, p), lang),
    ]),
    ...analysis.agreements
      .filter((a) => a.status === "urgent")
      .map((a) => agreementDraft(a.partner, a.relation, lang, a.signingDate ?? a.termStart)),
  ];
  const seen = new Set<string>();
  return docs.filter((d) => !seen.has(d.fileName) && seen.add(d.fileName));
}
