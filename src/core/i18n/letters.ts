import type { Message } from "./format";

/**
 * The built-in drafts of letters (第十一条), in the office's register. Placeholders:
 * {partner} the partner's name, {addressee} its government (上海市黄浦区人民政府), {occasion} the
 * festival, anniversary or event, {occasionDate} its day, {years} an anniversary's years,
 * {sender} who signs, {date} the letter's date. The office may replace any of them in the settings.
 * A body's lines are its paragraphs.
 */
export const LETTER_TEMPLATE_TEXT = {
  "festival.title": { "zh-CN": "贺信", "en-US": "Letter of Greetings" },
  "festival.body": {
    "zh-CN":
      "值此{occasion}来临之际，{sender}谨向{addressee}并全体干部群众致以节日的诚挚问候和美好的祝愿！\n" +
      "长期以来，两地在各领域的交流合作不断深化，友谊日益加深。我们愿与贵方一道，携手并进，推动两地友好合作关系迈上新台阶。\n" +
      "恭祝节日快乐，各项事业蒸蒸日上！",
    "en-US":
      "On the occasion of {occasion}, the {sender} extends its warmest greetings and best wishes to the {addressee} and all the people of {partner}.\n" +
      "Our exchanges and cooperation in many fields have grown steadily, and our friendship with them. We look forward to working with you to take our partnership further.\n" +
      "With best wishes for a happy festival and continued success.",
  },
  "leadership.title": { "zh-CN": "贺信", "en-US": "Letter of Congratulations" },
  "leadership.body": {
    "zh-CN":
      "欣悉贵方{occasion}，{sender}谨致以热烈的祝贺！\n" +
      "两地友好往来由来已久，交流合作成果丰硕。相信在新一届领导班子的带领下，{partner}各项事业必将取得新的更大成就。我们愿与贵方一道，继续深化两地友好合作。\n" +
      "顺致崇高的敬意！",
    "en-US":
      "We have learned with pleasure of the news at {partner}: {occasion}. The {sender} extends its warm congratulations.\n" +
      "Our two sides share a long friendship and a fruitful record of cooperation. We are confident that under its new leadership {partner} will achieve still greater success, and we look forward to deepening our cooperation.\n" +
      "Please accept the assurances of our highest consideration.",
  },
  "anniversary.title": { "zh-CN": "周年贺信", "en-US": "Anniversary Letter" },
  "anniversary.body": {
    "zh-CN":
      "值此两地{occasion}之际，{sender}谨向{addressee}并全体干部群众致以热烈的祝贺和诚挚的问候！\n" +
      "{years}年来，两地秉持友好、合作、平等、互利的原则，在各领域开展了务实的交流与合作，结下了深厚的友谊。我们愿与贵方一道，继往开来，共同谱写两地友好合作的新篇章。\n" +
      "顺致崇高的敬意！",
    "en-US":
      "On the {occasion} of our two sides, the {sender} extends its warm congratulations and sincere greetings to the {addressee} and all the people of {partner}.\n" +
      "For {years} years we have worked together in friendship, cooperation, equality and mutual benefit, and built a deep friendship. We look forward to opening a new chapter of our partnership together.\n" +
      "Please accept the assurances of our highest consideration.",
  },
  "emergency.title": { "zh-CN": "慰问函", "en-US": "Letter of Sympathy" },
  "emergency.body": {
    "zh-CN":
      "惊悉{occasionDate}贵方发生{occasion}，{sender}深表关切，谨向受到影响的群众致以诚挚的慰问，向奋战在一线的同志们致以崇高的敬意！\n" +
      "两地情谊深厚，守望相助。相信在贵方的坚强领导下，一定能够妥善处置、尽快恢复正常的生产生活秩序。如有需要，我们愿尽力提供帮助。\n" +
      "特此致函慰问。",
    "en-US":
      "We were deeply concerned to learn of the {occasion} at {partner} on {occasionDate}. The {sender} extends its sincere sympathy to all those affected and its respect to everyone working to deal with it.\n" +
      "Our two sides have long stood by each other. We are confident that order will soon be restored, and we stand ready to help in any way we can.\n" +
      "With our sincere sympathy.",
  },
  "disaster.title": { "zh-CN": "慰问函", "en-US": "Letter of Sympathy" },
  "disaster.body": {
    "zh-CN":
      "惊悉{occasionDate}贵方遭受{occasion}，{sender}深表关切，谨向受灾群众致以诚挚的慰问，向奋战在抗灾救灾一线的同志们致以崇高的敬意！\n" +
      "两地情谊深厚，守望相助。相信在贵方的坚强领导下，一定能够战胜灾害、早日重建家园。如有需要，我们愿尽力提供帮助。\n" +
      "特此致函慰问。",
    "en-US":
      "We were deeply saddened to learn of the {occasion} that struck {partner} on {occasionDate}. The {sender} extends its sincere sympathy to the people affected and its respect to all those engaged in relief.\n" +
      "Our two sides have long stood by each other. We are confident that you will overcome the disaster and rebuild soon, and we stand ready to help in any way we can.\n" +
      "With our sincere sympathy.",
  },
} satisfies Record<string, Message>;

export const LETTER_TEXT = {
  /** Who signs, unless the settings say otherwise. */
  sender: { "zh-CN": "北京市西城区人民政府", "en-US": "People's Government of Xicheng District, Beijing" },
  /** The government of a partner, from its name. */
  addressee: { "zh-CN": "{partner}{government}", "en-US": "People's Government of {partner}" },
  /** 地区 and 盟 are governed by an administrative office, every other unit by a people's government. */
  "government.people": { "zh-CN": "人民政府", "en-US": "" },
  "government.office": { "zh-CN": "行政公署", "en-US": "" },
  /** After the addressee's line. */
  salutationEnd: { "zh-CN": "：", "en-US": ":" },
  /** An event whose day is not recorded. */
  unknownDate: { "zh-CN": "近日", "en-US": "recent days" },
  "kind.congratulation": { "zh-CN": "贺信", "en-US": "Letter of congratulations" },
  "kind.condolence": { "zh-CN": "慰问函", "en-US": "Letter of sympathy" },
} satisfies Record<string, Message>;
