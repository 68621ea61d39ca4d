import type { PathBlocker, PathStepId } from "../path/partnerPath";
import type { Lang } from "../model";
import type { InvitationAnswer, InvitationDirection } from "../invitations/invitationWords";
import { fill, type Message } from "./format";

/** 第六条's steps, as staff name them. */
export const PATH_STEP_LABELS: Record<PathStepId, Message> = {
  preliminary: { "zh-CN": "形成初步意见", "en-US": "Preliminary opinion" },
  report: { "zh-CN": "向主要领导汇报", "en-US": "Report to the principal leaders" },
  cooperation: { "zh-CN": "领导互访与实质合作", "en-US": "Leader visits and practical cooperation" },
  draft: { "zh-CN": "起草协议书", "en-US": "Draft agreement" },
  consulted: { "zh-CN": "征求相关部门意见", "en-US": "Departments consulted" },
  request: { "zh-CN": "向区政府书面请示", "en-US": "Written request to the district government" },
  govMeeting: { "zh-CN": "区政府常务会或专题会研究", "en-US": "Government executive or special meeting" },
  npc: { "zh-CN": "区人大常委会审议决定", "en-US": "District NPC Standing Committee decision" },
  signing: { "zh-CN": "正式签署协议书", "en-US": "Signing the agreement" },
};

/** What blocks the next step, `{…}` filled from the blocker. */
const PATH_BLOCKER_LABELS = {
  conditions: {
    "zh-CN": "第五条条件仅具备{met}项（需{required}项），宜以合作框架协议等方式开展交往（第五条第六项）",
    "en-US":
      "Only {met} of the {required} conditions of article 5 are met: a framework or other agreement instead (article 5(6))",
  },
  leaderVisit: {
    "zh-CN": "尚无领导互访记录（第六条第二项）",
    "en-US": "No leader visit is recorded (article 6(2))",
  },
  order: {
    "zh-CN": "“{step}”的日期早于“{before}”",
    "en-US": "“{step}” is dated before “{before}”",
  },
  skipped: {
    "zh-CN": "“{step}”未记录，后续步骤已在进行",
    "en-US": "“{step}” is not recorded, though later steps are",
  },
} satisfies Record<string, Message>;

export const INVITATION_DIRECTION_LABELS: Record<InvitationDirection, Message> = {
  received: { "zh-CN": "友城邀请我区", "en-US": "Partner invited the district" },
  sent: { "zh-CN": "我区邀请友城", "en-US": "District invited the partner" },
};

export const INVITATION_ANSWER_LABELS: Record<InvitationAnswer, Message> = {
  attended: { "zh-CN": "出席", "en-US": "Attended" },
  delegation: { "zh-CN": "派员出席", "en-US": "Sent a delegation" },
  declined: { "zh-CN": "婉拒", "en-US": "Declined" },
  answered: { "zh-CN": "已答复", "en-US": "Answered" },
  none: { "zh-CN": "未记录答复", "en-US": "No answer recorded" },
};

/** A blocker in words. */
export function blockerText(b: PathBlocker, lang: Lang): string {
  switch (b.kind) {
    case "conditions":
      return fill(PATH_BLOCKER_LABELS.conditions[lang], { met: b.met, required: b.required });
    case "leaderVisit":
      return PATH_BLOCKER_LABELS.leaderVisit[lang];
    case "order":
      return fill(PATH_BLOCKER_LABELS.order[lang], {
        step: PATH_STEP_LABELS[b.step][lang],
        before: PATH_STEP_LABELS[b.before][lang],
      });
    case "skipped":
      return fill(PATH_BLOCKER_LABELS.skipped[lang], { step: PATH_STEP_LABELS[b.step][lang] });
  }
}
