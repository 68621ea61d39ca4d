import type { Message } from "./format";

/** The words of the drafts of 第六条第三项 and 第七条: the written request and the agreement. */
export const DRAFT_TEXT = {
  district: { "zh-CN": "北京市西城区人民政府", "en-US": "the People's Government of Xicheng District, Beijing" },
  partnerGovernment: { "zh-CN": "{partner}人民政府", "en-US": "the People's Government of {partner}" },
  office: { "zh-CN": "北京市西城区人民政府对外联络服务办公室", "en-US": "Xicheng District Foreign Liaison Office" },
  blank: { "zh-CN": "＿＿＿＿＿＿", "en-US": "________" },
  blankDate: { "zh-CN": "＿＿＿＿年＿＿月＿＿日", "en-US": "________ (date)" },

  // The written request (书面请示)
  requestTitle: {
    "zh-CN": "关于与{partner}{establish}的请示",
    "en-US": "Request to the District Government: {establishEn} with {partner}",
  },
  establish: {
    "zh-CN": "缔结友好城市（区）关系",
    "en-US": "Establishing Friendly-City Relations",
  },
  establishAlternative: { "zh-CN": "签订{relation}", "en-US": "Signing a {relation}" },
  addressee: { "zh-CN": "区政府：", "en-US": "To the District Government:" },
  requestLead: {
    "zh-CN":
      "为进一步深化我区对外合作交流，根据《西城区缔结国内友好城市(区)管理办法》（西政办发〔2016〕9号），区外联办经遴选并征求相关职能部门意见，拟推动我区与{partner}{establish}。现将有关情况请示如下。",
    "en-US":
      "Under the Xicheng measures on domestic partner cities (Xi Zheng Ban Fa [2016] No. 9), the liaison office, after selection and consulting the departments concerned, proposes {establishLower} with {partner}. The facts are as follows.",
  },
  basics: { "zh-CN": "基本情况", "en-US": "The partner" },
  basicsText: {
    "zh-CN": "{partner}，行政级别为{level}（第五条第一项：{levelJudgement}）。",
    "en-US": "{partner}, administrative level {level} (article 5(1): {levelJudgement}).",
  },
  conditions: { "zh-CN": "具备的缔结条件（第五条）", "en-US": "The conditions of article 5" },
  conditionsText: {
    "zh-CN": "对照第五条，{partner}具备以下{met}项条件：",
    "en-US": "Of the conditions of article 5, {partner} meets {met}:",
  },
  conditionsNotMet: {
    "zh-CN": "尚不完全具备第{missing}项条件，拟依照第五条第六项以{relation}方式开展交往。",
    "en-US": "Condition(s) {missing} are not fully met: under article 5(6), a {relation} is proposed instead.",
  },
  exchanges: { "zh-CN": "前期交流情况", "en-US": "Exchanges so far" },
  exchangesText: {
    "zh-CN": "两地已开展交流活动{n}次，{visit}。",
    "en-US": "The two sides have held {n} exchanges; {visit}.",
  },
  visitYes: { "zh-CN": "领导互访已有记录（第六条第二项）", "en-US": "a leader visit is recorded (article 6(2))" },
  visitNo: {
    "zh-CN": "领导互访尚无记录，拟于提请审议前安排（第六条第二项）",
    "en-US": "no leader visit is recorded yet; one is to be arranged first (article 6(2))",
  },
  stepsText: { "zh-CN": "已完成的工作步骤：{steps}。", "en-US": "Steps done: {steps}." },
  stepDone: { "zh-CN": "{step}（{date}）", "en-US": "{step} ({date})" },
  proposal: { "zh-CN": "请示事项", "en-US": "The request" },
  proposalText: {
    "zh-CN":
      "拟由区外联办牵头起草协议书（草案附后），征求区属相关部门意见后，提请区政府常务会或专题会议研究，并提请区人大常委会审议作出相应决定；根据区人大常委会的决定，由区政府主要领导或委托的代表与对方政府对应负责人正式签署协议书。",
    "en-US":
      "The liaison office will draft the agreement (attached), consult the district's departments, and submit it to the government's executive or special meeting and then to the District People's Congress Standing Committee for decision; on its decision the district's principal leader, or a representative, signs with the counterpart.",
  },
  closing: { "zh-CN": "妥否，请批示。", "en-US": "We ask for your instructions." },
  attachment: {
    "zh-CN": "附件：{title}（草案）",
    "en-US": "Attachment: {title} (draft)",
  },
  contact: {
    "zh-CN": "（联系人：＿＿＿＿＿＿；联系电话：＿＿＿＿＿＿）",
    "en-US": "(Contact: ________; telephone: ________)",
  },

  // The agreement (协议书)
  agreementTitle: {
    "zh-CN": "北京市西城区与{partner}缔结友好城市（区）关系协议书",
    "en-US": "Agreement on Establishing Friendly-City Relations between Xicheng District, Beijing, and {partner}",
  },
  renewalTitle: {
    "zh-CN": "北京市西城区与{partner}续签友好城市（区）关系协议书",
    "en-US": "Agreement Renewing the Friendly-City Relations between Xicheng District, Beijing, and {partner}",
  },
  alternativeTitle: {
    "zh-CN": "北京市西城区人民政府与{partner}人民政府{relation}",
    "en-US": "{relation} between the Governments of Xicheng District, Beijing, and {partner}",
  },
  preamble: {
    "zh-CN":
      "北京市西城区人民政府与{partner}人民政府（以下简称“双方”），本着友好、合作、平等、互利的原则，为促进两地经济社会共同发展，经友好协商，决定{purpose}，达成协议如下：",
    "en-US":
      "The People's Government of Xicheng District, Beijing, and the People's Government of {partner} (the two sides), in the spirit of friendship, cooperation, equality and mutual benefit, and to further the development of both, have agreed by friendly consultation to {purposeEn}, as follows:",
  },
  purposeNew: { "zh-CN": "缔结友好城市（区）关系", "en-US": "establish friendly-city relations" },
  purposeRenewal: {
    "zh-CN": "在双方于{signed}缔结的友好城市（区）关系基础上续签本协议",
    "en-US": "renew the friendly-city relations they established on {signed}",
  },
  purposeAlternative: { "zh-CN": "签订本{relation}", "en-US": "sign this {relation}" },
  article: { "zh-CN": "第{n}条　{text}", "en-US": "Article {n}. {text}" },
  clauseRemit: {
    "zh-CN": "双方在各自政府的管辖范围内开展合作交流，合作交流内容不涉及本级政府管辖范围外的事务。",
    "en-US":
      "The two sides cooperate within the remit of each government; nothing in their cooperation concerns matters outside it.",
  },
  clausePrinciples: {
    "zh-CN":
      "双方的合作交流体现友好、合作、平等、互利的原则，在经贸、文化、科技、教育、卫生、旅游等领域开展多种形式的交流与合作。重点合作领域：＿＿＿＿＿＿。",
    "en-US":
      "Their cooperation follows the principles of friendship, cooperation, equality and mutual benefit, in trade, culture, science, education, health, tourism and other fields. Fields of first priority: ________.",
  },
  clauseSingleField: {
    "zh-CN": "双方在＿＿＿＿＿＿领域开展合作，具体合作内容为：＿＿＿＿＿＿。",
    "en-US": "The two sides cooperate in the field of ________, namely: ________.",
  },
  clauseAssistance: {
    "zh-CN": "双方按照中央和北京市对口帮扶支援工作要求，在＿＿＿＿＿＿等方面开展帮扶支援与合作。",
    "en-US":
      "Under the central and Beijing requirements for paired assistance, the two sides work together on ________.",
  },
  clauseNonInterference: {
    "zh-CN": "双方互不干涉对方城市（区）的内部事务。",
    "en-US": "Neither side interferes in the other's internal affairs.",
  },
  clauseLiaison: {
    "zh-CN":
      "双方建立政府间稳定顺畅的沟通交流渠道。我方联络部门为北京市西城区人民政府对外联络服务办公室，对方联络部门为＿＿＿＿＿＿。",
    "en-US":
      "The two sides keep a steady channel between their governments: for Xicheng, the District Foreign Liaison Office; for {partner}, ________.",
  },
  clauseTerm: {
    "zh-CN":
      "本协议有效期为五年，自签署之日起生效。五年期满后，根据两地意向，协商是否续签友好协议。协议期间，如遇地区行政区划调整变更，两地可友好协商是否重新签订协议。",
    "en-US":
      "This agreement is valid for five years from the day it is signed. When the five years end, the two sides consult, as both wish, on renewing it. Should an administrative division change meanwhile, they may agree by consultation to sign it again.",
  },
  clauseTermAlternative: {
    "zh-CN": "本协议有效期为＿＿年，自签署之日起生效。期满后，双方可协商续签。",
    "en-US": "This agreement is valid for ____ years from the day it is signed, and may be renewed by consultation.",
  },
  clauseCopies: {
    "zh-CN": "本协议书一式四份，双方各执两份，具有同等效力。",
    "en-US": "This agreement is made in four copies, two for each side, all equally valid.",
  },
  signatures: { "zh-CN": "签署", "en-US": "Signatures" },
  representative: { "zh-CN": "代表（签字）：＿＿＿＿＿＿", "en-US": "Representative (signature): ________" },
  signedAt: { "zh-CN": "签署地点：＿＿＿＿＿＿", "en-US": "Signed at: ________" },
  signedOn: { "zh-CN": "签署日期：＿＿＿＿年＿＿月＿＿日", "en-US": "Signed on: ________" },
  draftMark: { "zh-CN": "（草案）", "en-US": "(Draft)" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
} satisfies Record<string, Message>;

/** The five conditions of 第五条, as the request cites them. */
export const CONDITION_TEXT: Message[] = [
  {
    "zh-CN": "与我区具有相应行政级别，经济、社会、文化等综合实力与我区基本相当（第五条第一项）",
    "en-US":
      "a corresponding administrative level, and economic, social and cultural strength much like the district's (article 5(1))",
  },
  {
    "zh-CN": "落实中央、市委市政府协作要求，发挥首都功能核心区服务职能，确有缔结需要（第五条第二项）",
    "en-US": "a real need under the central and Beijing requirements for cooperation (article 5(2))",
  },
  {
    "zh-CN": "在某一领域具有先进经验，可以广泛借鉴学习（第五条第三项）",
    "en-US": "advanced experience in a field, from which the district can learn (article 5(3))",
  },
  {
    "zh-CN": "对我区经济社会文化事业发展具有互补性，缔结友好后可以惠及西城人民（第五条第四项）",
    "en-US": "complementarity with the district's development, to the benefit of Xicheng's people (article 5(4))",
  },
  {
    "zh-CN": "有利于区属企业实施“走出去”战略，并能促进当地经济社会发展（第五条第五项）",
    "en-US": "help for the district's enterprises going out, and for the partner's own development (article 5(5))",
  },
];
