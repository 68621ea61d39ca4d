import type { FieldId } from "../detect/fields";
import type { Recommendation, Relation, Role, Status, Suggestion } from "../model";
import type { Message } from "./format";

/** Names of the things the add-in talks about, in both languages. */
export const ROLE_LABELS: Record<Role, Message> = {
  register: { "zh-CN": "友城名录", "en-US": "partner register" },
  candidates: { "zh-CN": "拟缔结城市评估", "en-US": "candidate assessment" },
  exchanges: { "zh-CN": "交流活动记录", "en-US": "exchange log" },
  events: { "zh-CN": "重大事项记录", "en-US": "events log" },
  filings: { "zh-CN": "单项协议备案", "en-US": "departmental agreement filings" },
};

export const STATUS_LABELS: Record<Status, Message> = {
  terminated: { "zh-CN": "已终止", "en-US": "Terminated" },
  unknown: { "zh-CN": "无法判断", "en-US": "Unknown" },
  expired: { "zh-CN": "已到期", "en-US": "Expired" },
  urgent: { "zh-CN": "即将到期（紧急）", "en-US": "Ending soon (urgent)" },
  expiring: { "zh-CN": "即将到期", "en-US": "Ending soon" },
  active: { "zh-CN": "有效", "en-US": "Active" },
};

export const RELATION_LABELS: Record<Relation, Message> = {
  "friendly-city": { "zh-CN": "友好城市（区）", "en-US": "Friendly city" },
  framework: { "zh-CN": "合作框架协议", "en-US": "Framework agreement" },
  "single-field": { "zh-CN": "单项领域合作协议", "en-US": "Single-field agreement" },
  assistance: { "zh-CN": "对口帮扶支援协议", "en-US": "Assistance agreement" },
};

export const RECOMMENDATION_LABELS: Record<Recommendation, Message> = {
  "friendly-city": { "zh-CN": "可缔结友好城市（区）", "en-US": "May become a friendly city" },
  alternative: {
    "zh-CN": "建议以合作框架协议、单项领域合作协议或对口帮扶支援协议方式开展交往",
    "en-US": "A framework, single-field or assistance agreement instead",
  },
  "not-recommended": { "zh-CN": "暂不具备缔结条件", "en-US": "Not ready for an agreement" },
};

export const SUGGESTION_LABELS: Record<Suggestion, Message> = {
  renew: { "zh-CN": "启动续签协商", "en-US": "Start renewal talks" },
  redirect: { "zh-CN": "调整交流方向", "en-US": "Rethink the direction of exchanges" },
};

export const FIELD_LABELS: Record<FieldId, Message> = {
  partner: { "zh-CN": "友城名称", "en-US": "partner" },
  shortName: { "zh-CN": "简称", "en-US": "short name" },
  province: { "zh-CN": "所属省（区、市）", "en-US": "province" },
  level: { "zh-CN": "行政级别", "en-US": "administrative level" },
  relation: { "zh-CN": "关系类型", "en-US": "relation type" },
  npcDate: { "zh-CN": "人大常委会决定日期", "en-US": "NPC decision date" },
  govMeetingDate: { "zh-CN": "区政府常务会日期", "en-US": "government meeting date" },
  signingDate: { "zh-CN": "签署日期", "en-US": "signing date" },
  signatory: { "zh-CN": "签署人", "en-US": "signatory" },
  termYears: { "zh-CN": "有效期（年）", "en-US": "term" },
  endDate: { "zh-CN": "到期日期", "en-US": "end date" },
  renewal: { "zh-CN": "续签日期", "en-US": "renewal date" },
  status: { "zh-CN": "状态", "en-US": "status" },
  copies: { "zh-CN": "协议份数", "en-US": "copies" },
  copiesHeld: { "zh-CN": "我方保存份数", "en-US": "copies held" },
  custodian: { "zh-CN": "文本保存单位", "en-US": "custodian" },
  divisionChange: { "zh-CN": "区划调整情况", "en-US": "division change" },
  contact: { "zh-CN": "联络人", "en-US": "contact" },
  notes: { "zh-CN": "备注", "en-US": "notes" },
  city: { "zh-CN": "城市", "en-US": "city" },
  cond1: { "zh-CN": "条件一（级别相当）", "en-US": "condition 1 (corresponding level)" },
  cond2: { "zh-CN": "条件二（协作需要）", "en-US": "condition 2 (cooperation need)" },
  cond3: { "zh-CN": "条件三（先进经验）", "en-US": "condition 3 (advanced experience)" },
  cond4: { "zh-CN": "条件四（互补性）", "en-US": "condition 4 (complementarity)" },
  cond5: { "zh-CN": "条件五（走出去）", "en-US": "condition 5 (going out)" },
  preliminaryDate: { "zh-CN": "初步意见日期", "en-US": "preliminary opinion date" },
  reportDate: { "zh-CN": "汇报主要领导日期", "en-US": "report-to-leaders date" },
  draftDate: { "zh-CN": "协议书起草日期", "en-US": "draft agreement date" },
  consultedDate: { "zh-CN": "征求意见日期", "en-US": "departments consulted date" },
  requestDate: { "zh-CN": "书面请示日期", "en-US": "written request date" },
  leaderVisits: { "zh-CN": "领导互访", "en-US": "leader visits" },
  date: { "zh-CN": "日期", "en-US": "date" },
  title: { "zh-CN": "活动名称", "en-US": "title" },
  field: { "zh-CN": "领域", "en-US": "field" },
  form: { "zh-CN": "形式", "en-US": "form" },
  direction: { "zh-CN": "来访/出访", "en-US": "direction" },
  leadUnit: { "zh-CN": "我方牵头单位", "en-US": "lead unit" },
  people: { "zh-CN": "人数", "en-US": "people" },
  archive: { "zh-CN": "档案资料", "en-US": "archive materials" },
  published: { "zh-CN": "刊物登载", "en-US": "published in" },
  eventType: { "zh-CN": "事项类型", "en-US": "event type" },
  details: { "zh-CN": "具体情况", "en-US": "details" },
  response: { "zh-CN": "我方回应", "en-US": "response" },
  responseDate: { "zh-CN": "回应日期", "en-US": "response date" },
  department: { "zh-CN": "签订部门", "en-US": "department" },
  counterpart: { "zh-CN": "合作方", "en-US": "counterpart" },
  agreementName: { "zh-CN": "协议名称", "en-US": "agreement" },
  filingDate: { "zh-CN": "备案日期", "en-US": "filing date" },
};
