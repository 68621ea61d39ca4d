import type { Settings } from "../settings";
import type { AgreementEntry, CandidateEntry } from "../rules/rule";
import { dateOf } from "../records/rowReader";
import type { ExchangesByPartner } from "../records/exchangesByPartner";
import { partnerPath, type PartnerPath } from "./partnerPath";

/**
 * 第六条's path for every candidate, and for every friendly-city row of the register that is not
 * terminated and has no signing date yet (a relationship on its way, entered ahead of signing).
 */
export function pathsOf(
  agreements: AgreementEntry[],
  candidates: CandidateEntry[],
  logged: ExchangesByPartner,
  settings: Settings,
): PartnerPath[] {
  const fromCandidates = candidates
    .filter((c) => c.record.city)
    .map(({ record: r, criteriaMet, recommendation }) =>
      partnerPath({
        sheet: r.sheet,
        row: r.row,
        column: null,
        partner: r.city,
        source: "candidate",
        dates: {
          preliminary: r.preliminary,
          report: r.report,
          draft: r.draft,
          consulted: r.consulted,
          request: r.request,
          govMeeting: r.govMeeting,
          npc: r.npc,
          signing: r.signing,
        },
        leaderVisit: r.leaderVisitNoted || logged.hasLeaderVisit(r.city),
        exchanges: logged.total(r.city),
        eligibility: { met: criteriaMet, required: settings.criteriaRequired, recommendation },
      }),
    );
  const unsigned = agreements
    .filter(
      ({ record: r }) => r.partner && r.relation === "friendly-city" && !r.terminated && dateOf(r.signing) === null,
    )
    .map(({ record: r }) =>
      partnerPath({
        sheet: r.sheet,
        row: r.row,
        column: null,
        partner: r.partner,
        source: "register",
        dates: { govMeeting: r.govMeeting, npc: r.npc, signing: r.signing },
        leaderVisit: logged.hasLeaderVisit(r.partner),
        exchanges: logged.total(r.partner),
        eligibility: null,
      }),
    );
  return [...fromCandidates, ...unsigned];
}
