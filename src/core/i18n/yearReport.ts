import type { Message } from "./format";

/** The year-end report's words (第十三条第四项), `{…}` filled from the analysis. */
export const YEAR_REPORT_TEXT = {
  title: {
    "zh-CN": "西城区{year}年度国内友好城市（区）交流工作总结",
    "en-US": "Xicheng District: Domestic Partner Cities, Year-End Report {year}",
  },
  issuer: { "zh-CN": "北京市西城区人民政府对外联络服务办公室", "en-US": "Xicheng District Foreign Liaison Office" },
  lead: {
    "zh-CN":
      "根据《西城区缔结国内友好城市（区）管理办法》第十三条第四项，现将{year}年度我区与国内友好城市（区）的交流情况总结如下。",
    "en-US":
      "As article 13(4) of the Xicheng measures on domestic partner cities asks, this reports the district's exchanges with its partners in {year}.",
  },
  overall: { "zh-CN": "总体情况", "en-US": "Overview" },
  overallText: {
    "zh-CN":
      "{year}年，我区与{partners}个友好城市（区）开展交流活动{exchanges}次，上年为{previous}次，{change}；其中领导互访{leaderVisits}次。",
    "en-US":
      "In {year} the district held {exchanges} exchanges with {partners} partners, against {previous} the year before ({change}); {leaderVisits} were leader visits.",
  },
  more: { "zh-CN": "比上年增加{n}次", "en-US": "{n} more" },
  fewer: { "zh-CN": "比上年减少{n}次", "en-US": "{n} fewer" },
  same: { "zh-CN": "与上年持平", "en-US": "the same" },
  byField: { "zh-CN": "按领域分：{fields}。", "en-US": "By field: {fields}." },
  noField: { "zh-CN": "本年度无交流活动记录。", "en-US": "No exchange is recorded this year." },
  publishedText: {
    "zh-CN": "友城先进经验在《西城信息》《调研与决策》等刊物登载{published}篇（第十三条第三项）。",
    "en-US": "{published} were published in Xicheng Information or Research and Decisions (article 13(3)).",
  },
  eventsText: {
    "zh-CN": "友城重大事项{events}件，已发函回应{answered}件（第十一条）。",
    "en-US": "Partners had {events} major events; {answered} were answered by letter (article 11).",
  },
  invitationsText: {
    "zh-CN":
      "重大活动邀请（第十条）：友城邀请我区{received}次，我区邀请友城{sent}次，已出席或答复{answered}次，尚无答复记录{unanswered}次。",
    "en-US":
      "Invitations to major events (article 10): partners invited the district {received} times and the district invited partners {sent} times; {answered} were attended or answered, {unanswered} have no answer recorded.",
  },
  tablePartners: { "zh-CN": "表1　{year}年各友城交流情况", "en-US": "Table 1. Exchanges per partner, {year}" },
  chart: { "zh-CN": "图1　{year}年各友城交流次数", "en-US": "Figure 1. Exchanges per partner, {year}" },
  seriesYear: { "zh-CN": "{year}年", "en-US": "{year}" },
  partner: { "zh-CN": "友城", "en-US": "Partner" },
  exchanges: { "zh-CN": "交流次数", "en-US": "Exchanges" },
  previousYear: { "zh-CN": "上年", "en-US": "Previous year" },
  leaderVisits: { "zh-CN": "领导互访", "en-US": "Leader visits" },
  fields: { "zh-CN": "领域", "en-US": "Fields" },
  published: { "zh-CN": "刊物登载", "en-US": "Published" },
  eventsAnswered: { "zh-CN": "重大事项（已回应）", "en-US": "Events (answered)" },
  statusAtYearEnd: { "zh-CN": "年末状态", "en-US": "Status at year end" },
  totals: { "zh-CN": "合计", "en-US": "Total" },
  perPartner: { "zh-CN": "各友城交流情况", "en-US": "Partner by partner" },
  item: { "zh-CN": "项目", "en-US": "Item" },
  detail: { "zh-CN": "情况", "en-US": "Detail" },
  exchangesDetail: { "zh-CN": "{n}次（上年{previous}次）", "en-US": "{n} (previous year {previous})" },
  timesN: { "zh-CN": "{n}次", "en-US": "{n}" },
  piecesN: { "zh-CN": "{n}篇", "en-US": "{n}" },
  none: { "zh-CN": "无", "en-US": "None" },
  events: { "zh-CN": "重大事项及回应", "en-US": "Events and answers" },
  eventLine: { "zh-CN": "{date}{event}：{answer}", "en-US": "{date} {event}: {answer}" },
  notAnswered: { "zh-CN": "未回应", "en-US": "not answered" },
  answeredNoWords: { "zh-CN": "已回应", "en-US": "answered" },
  invitations: { "zh-CN": "重大活动邀请", "en-US": "Invitations" },
  invitationLine: {
    "zh-CN": "{date}{direction}“{event}”：{answer}",
    "en-US": "{date} {direction}, “{event}”: {answer}",
  },
  term: { "zh-CN": "协议期限", "en-US": "Agreement" },
  termDetail: {
    "zh-CN": "有效期至{lastDay}，年末状态：{status}",
    "en-US": "Valid to {lastDay}; at year end: {status}",
  },
  termUnknown: { "zh-CN": "有效期无法判断", "en-US": "Term cannot be read" },
  renewal: { "zh-CN": "协议到期与续签", "en-US": "Agreements ending and renewal" },
  renewalText: {
    "zh-CN": "以下{n}个友城的协议已到期或将于{next}年底前到期，建议根据两地意向启动续签协商（第七条第五项）。",
    "en-US":
      "The agreements with these {n} partners have ended or end by the close of {next}: renewal talks are due, as the two sides wish (article 7(5)).",
  },
  renewalNone: {
    "zh-CN": "本年度没有已到期或将于{next}年底前到期的协议。",
    "en-US": "No agreement has ended or ends by the close of {next}.",
  },
  tableRenewal: { "zh-CN": "表2　到期及即将到期的协议", "en-US": "Table 2. Agreements ended or ending" },
  lastDay: { "zh-CN": "协议到期日", "en-US": "Last day" },
  daysLeft: { "zh-CN": "剩余天数（截至{today}）", "en-US": "Days left (at {today})" },
  suggestion: { "zh-CN": "建议", "en-US": "Suggestion" },
  redirect: { "zh-CN": "无交流友城及调整建议", "en-US": "Partners with no exchange" },
  redirectText: {
    "zh-CN":
      "{year}年，我区与以下{n}个友城没有开展交流活动：{partners}。建议根据总结情况调整与其交流的方向、目标和形式（第十三条第四项）。",
    "en-US":
      "In {year} the district had no exchange with these {n} partners: {partners}. The direction, aims and form of exchanges with them should be reconsidered (article 13(4)).",
  },
  redirectNone: {
    "zh-CN": "{year}年，我区与每个友城都开展了交流活动。",
    "en-US": "In {year} the district had exchanges with every partner.",
  },
  archive: { "zh-CN": "档案整理情况", "en-US": "Archives" },
  archiveText: {
    "zh-CN":
      "{year}年的{exchanges}次交流活动中，已整理概要、图片、文字、视频等档案资料的{archived}次，占{share}（第十三条第五项）。",
    "en-US":
      "Of the {exchanges} exchanges of {year}, {archived} have archive material (summary, pictures, text, video) recorded: {share} (article 13(5)).",
  },
  archiveNone: { "zh-CN": "{year}年无交流活动需要归档。", "en-US": "No exchange of {year} needs archiving." },
  tableArchive: { "zh-CN": "表3　档案资料不完整的友城", "en-US": "Table 3. Partners with archives incomplete" },
  archived: { "zh-CN": "已归档", "en-US": "Archived" },
  share: { "zh-CN": "完整率", "en-US": "Share" },
  filings: { "zh-CN": "部门单项领域合作协议备案", "en-US": "Departmental agreements filed" },
  filingsText: {
    "zh-CN":
      "区属部门与外省市相关部门签订单项领域合作协议{n}份，已报区外联办备案{filed}份，未备案{unfiled}份（第十四条）。",
    "en-US":
      "District departments signed {n} single-field agreements with other provinces' departments; {filed} were filed with the liaison office and {unfiled} not (article 14).",
  },
  filingsNone: {
    "zh-CN": "本年度没有区属部门签订或待备案的单项领域合作协议。",
    "en-US": "No departmental agreement was signed this year or awaits filing.",
  },
  tableFilings: { "zh-CN": "表4　部门单项领域合作协议", "en-US": "Table 4. Departmental agreements" },
  department: { "zh-CN": "签订部门", "en-US": "Department" },
  counterpart: { "zh-CN": "合作方", "en-US": "Counterpart" },
  agreementName: { "zh-CN": "协议名称", "en-US": "Agreement" },
  signed: { "zh-CN": "签订日期", "en-US": "Signed" },
  filed: { "zh-CN": "备案日期", "en-US": "Filed" },
  notFiled: { "zh-CN": "未备案", "en-US": "Not filed" },
  invitationsSection: { "zh-CN": "重大活动邀请情况", "en-US": "Invitations to major events" },
  invitationsNone: { "zh-CN": "{year}年无重大活动邀请记录。", "en-US": "No invitation is recorded for {year}." },
  tableInvitations: {
    "zh-CN": "表5　{year}年重大活动邀请（第十条）",
    "en-US": "Table 5. Invitations, {year} (article 10)",
  },
  date: { "zh-CN": "日期", "en-US": "Date" },
  direction: { "zh-CN": "邀请方向", "en-US": "Invitation" },
  event: { "zh-CN": "活动", "en-US": "Event" },
  answer: { "zh-CN": "出席或答复", "en-US": "Answer" },
  fieldList: { "zh-CN": "{field}{n}次", "en-US": "{field} {n}" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
} satisfies Record<string, Message>;
