import { foldText } from "../text/foldText";

/**
 * 第十条: a partner's major event the district is invited to, and the district's major event a
 * partner is invited to. Staff write it in the form or title of an exchange (活动邀请, 应邀出席 …)
 * or in the type of an event (邀请出席开幕式).
 */
const INVITATION = /邀请|应邀|受邀|邀约|出席|invit|attend/i;
/** The district invites: 我区邀请, 邀请友城 …; without these an invitation is one the district received. */
const DISTRICT_INVITES =
  /我区邀请|邀请友城|邀请对方|邀请.*来京|邀请.*参加我区|邀请.*出席我区|weinvited|invitedthepartner/i;

export type InvitationDirection = "received" | "sent";
export type InvitationAnswer = "attended" | "delegation" | "declined" | "answered" | "none";

export function isInvitation(text: string): boolean {
  return INVITATION.test(foldText(text));
}

/** Who invited whom, from the row's words and, in the exchange log, its direction (出访: the district went). */
export function invitationDirection(text: string, direction: "in" | "out" | null): InvitationDirection {
  if (direction === "out") return "received";
  if (direction === "in") return "sent";
  return DISTRICT_INVITES.test(foldText(text)) ? "sent" : "received";
}

const DECLINED = /婉拒|谢绝|未出席|不出席|未能出席|未参加|不参加|declin|regret/i;
const DELEGATION = /派员|派代表|代表团|委托|率团|delegat/i;
const ATTENDED = /出席|参加|应邀|前往|到场|attend|went/i;

/** The answer recorded in words: attended, sent a delegation, declined, something else, or nothing. */
export function invitationAnswer(text: string): InvitationAnswer {
  const t = foldText(text);
  if (!t) return "none";
  if (DECLINED.test(t)) return "declined";
  if (DELEGATION.test(t)) return "delegation";
  if (ATTENDED.test(t)) return "attended";
  return "answered";
}

const OUT = /出访|赴|去访|outbound|visitto|out/i;
const IN = /来访|来京|inbound|visitfrom|^in$/i;

/** The exchange log's 来访/出访 column: in, out, or not said. */
export function exchangeDirection(text: string): "in" | "out" | null {
  const t = foldText(text);
  if (!t) return null;
  if (IN.test(t)) return "in";
  if (OUT.test(t)) return "out";
  return null;
}
