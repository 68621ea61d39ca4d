import type { Role } from "../model";

/**
 * The columns the rules read, by role, each with the header wordings seen in offices' workbooks
 * (WORKBOOK.md, and more). Headers are compared after `foldHeader`, so width, spaces and brackets
 * do not matter: "有效期（年）", "有效期(年)" and "有效期 年" are one header.
 */
export type FieldId =
  | "partner"
  | "shortName"
  | "province"
  | "level"
  | "relation"
  | "npcDate"
  | "govMeetingDate"
  | "signingDate"
  | "signatory"
  | "termYears"
  | "endDate"
  | "renewal"
  | "status"
  | "copies"
  | "copiesHeld"
  | "custodian"
  | "divisionChange"
  | "contact"
  | "notes"
  | "city"
  | "cond1"
  | "cond2"
  | "cond3"
  | "cond4"
  | "cond5"
  | "preliminaryDate"
  | "reportDate"
  | "draftDate"
  | "consultedDate"
  | "requestDate"
  | "leaderVisits"
  | "date"
  | "title"
  | "field"
  | "form"
  | "direction"
  | "leadUnit"
  | "people"
  | "archive"
  | "published"
  | "eventType"
  | "details"
  | "response"
  | "responseDate"
  | "department"
  | "counterpart"
  | "agreementName"
  | "filingDate";

type FieldKind = "text" | "date" | "term" | "mark" | "number";

interface FieldSpec {
  kind: FieldKind;
  headers: string[];
}

export interface RoleSpec {
  /** Each entry is one needed column; an entry of several fields is satisfied by any of them. */
  required: FieldId[][];
  fields: Partial<Record<FieldId, FieldSpec>>;
}

const text = (...headers: string[]): FieldSpec => ({ kind: "text", headers });
const date = (...headers: string[]): FieldSpec => ({ kind: "date", headers });

const PROVINCE = text(
  "所属省（区、市）",
  "所属省区市",
  "省份",
  "所在省市",
  "所在省份",
  "省（区、市）",
  "省区市",
  "所属省份",
  "Province",
);
const LEVEL = text("行政级别", "级别", "城市级别", "Administrative level", "Level");
const NPC_DATE = date(
  "人大常委会决定日期",
  "人大决定日期",
  "人大常委会审议日期",
  "人大常委会决定",
  "区人大常委会决定日期",
  "NPC decision",
  "NPC decision date",
);
const GOV_DATE = date(
  "区政府常务会日期",
  "常务会（专题会）日期",
  "政府会议日期",
  "常务会日期",
  "专题会日期",
  "区政府常务会",
  "Government meeting",
  "Government meeting date",
);
const FIELD = text("领域", "合作领域", "交流领域", "Field");

export const ROLE_SPECS: Record<Role, RoleSpec> = {
  register: {
    required: [["partner"], ["signingDate"]],
    fields: {
      partner: text(
        "友城名称",
        "友好城市（区）",
        "城市（区）名称",
        "结好城市",
        "友城",
        "城市",
        "友好城市",
        "友好城市名称",
        "友城（区）名称",
        "城市名称",
        "Partner",
        "City",
        "Partner city",
      ),
      shortName: text("简称", "友城简称", "Short name"),
      province: PROVINCE,
      level: LEVEL,
      relation: text("关系类型", "协议类型", "结好类型", "合作类型", "Relation", "Relation type", "Type"),
      npcDate: NPC_DATE,
      govMeetingDate: GOV_DATE,
      signingDate: date(
        "签署日期",
        "缔结日期",
        "签约日期",
        "结好日期",
        "协议签订日期",
        "签订日期",
        "结好时间",
        "缔结时间",
        "签约时间",
        "签署时间",
        "签订时间",
        "Signed",
        "Signing date",
        "Date signed",
      ),
      signatory: text("签署人", "我方签署人", "Signatory"),
      termYears: {
        kind: "term",
        headers: ["有效期（年）", "有效期限", "协议期限", "有效期", "期限（年）", "Term", "Term years", "Term (years)"],
      },
      endDate: date(
        "到期日期",
        "有效期至",
        "截止日期",
        "到期日",
        "协议到期日期",
        "到期时间",
        "Expires",
        "End date",
        "Expiry date",
      ),
      renewal: date("续签日期", "续签情况", "续签", "Renewed", "Renewal", "Renewal date"),
      status: text("状态", "关系状态", "备注状态", "协议状态", "Status"),
      copies: { kind: "number", headers: ["协议份数", "文本份数", "份数", "Copies"] },
      copiesHeld: { kind: "number", headers: ["我方保存份数", "我方持有份数", "我方份数", "Copies held"] },
      custodian: text("文本保存单位", "保存单位", "原件保管", "文本保管单位", "Custodian", "Kept by"),
      divisionChange: text("区划调整情况", "区划调整", "行政区划变更", "行政区划调整", "Division change"),
      contact: text("联络人", "联系人", "Contact"),
      notes: text("备注", "Notes", "Remarks"),
    },
  },
  candidates: {
    required: [["city"], ["cond1"], ["cond2"], ["cond3"], ["cond4"], ["cond5"]],
    fields: {
      city: text(
        "城市",
        "拟缔结城市",
        "城市名称",
        "城市（区）",
        "拟结好城市",
        "城市（区）名称",
        "City",
        "Candidate",
        "Candidate city",
      ),
      cond1: {
        kind: "mark",
        headers: ["条件一", "条件1", "第五条（一）", "第五条第一项", "级别相当", "Condition 1", "Criterion 1"],
      },
      cond2: {
        kind: "mark",
        headers: ["条件二", "条件2", "第五条（二）", "第五条第二项", "协作需要", "Condition 2", "Criterion 2"],
      },
      cond3: {
        kind: "mark",
        headers: ["条件三", "条件3", "第五条（三）", "第五条第三项", "先进经验", "Condition 3", "Criterion 3"],
      },
      cond4: {
        kind: "mark",
        headers: ["条件四", "条件4", "第五条（四）", "第五条第四项", "互补性", "Condition 4", "Criterion 4"],
      },
      cond5: {
        kind: "mark",
        headers: ["条件五", "条件5", "第五条（五）", "第五条第五项", "走出去", "Condition 5", "Criterion 5"],
      },
      province: PROVINCE,
      level: LEVEL,
      preliminaryDate: date(
        "初步意见日期",
        "形成初步意见日期",
        "初步意见",
        "Preliminary opinion",
        "Preliminary opinion date",
      ),
      reportDate: date(
        "汇报主要领导日期",
        "向主要领导汇报日期",
        "汇报日期",
        "领导汇报日期",
        "Report to leaders",
        "Reported to leaders",
      ),
      draftDate: date(
        "协议书起草日期",
        "起草协议书日期",
        "协议书起草",
        "协议起草日期",
        "Draft agreement",
        "Agreement drafted",
      ),
      consultedDate: date(
        "征求意见日期",
        "征求部门意见日期",
        "征求相关部门意见日期",
        "征求意见",
        "Departments consulted",
      ),
      requestDate: date("书面请示日期", "请示日期", "报送请示日期", "书面请示", "Written request", "Request date"),
      govMeetingDate: GOV_DATE,
      npcDate: NPC_DATE,
      signingDate: date("签署日期", "签约日期", "缔结日期", "协议签署日期", "Signed", "Signing date"),
      leaderVisits: text("领导互访", "领导互访情况", "Leader visits"),
    },
  },
  exchanges: {
    required: [["date"], ["partner"]],
    fields: {
      date: date("日期", "活动日期", "时间", "交流日期", "活动时间", "Date"),
      partner: text("友城", "友好城市", "友城名称", "交流对象", "对方城市", "城市", "交流城市", "Partner", "City"),
      title: text("活动名称", "活动内容", "交流活动", "项目名称", "Title", "Activity"),
      field: FIELD,
      form: text("形式", "交流形式", "活动类型", "活动形式", "Form", "Kind"),
      direction: text("来访/出访", "方向", "来访出访", "Direction"),
      leadUnit: text("我方牵头单位", "牵头单位", "承办单位", "Lead unit"),
      people: { kind: "number", headers: ["人数", "参加人数", "People"] },
      archive: text("档案资料", "存档资料", "归档资料", "档案", "Archive", "Archive materials"),
      published: text("刊物登载", "登载刊物", "登载情况", "刊登", "Published", "Published in"),
    },
  },
  events: {
    required: [["date"], ["partner"], ["eventType"]],
    fields: {
      date: date("日期", "发生日期", "事件日期", "时间", "Date"),
      partner: text("友城", "友好城市", "友城名称", "城市", "Partner", "City"),
      eventType: text("事项类型", "事件类型", "类型", "事项", "Event type", "Event"),
      details: text("具体情况", "详情", "内容", "Details"),
      response: text("我方回应", "回应方式", "回应", "处理情况", "Response"),
      responseDate: date("回应日期", "发函日期", "复函日期", "Response date"),
    },
  },
  filings: {
    required: [["department", "counterpart"], ["signingDate"]],
    fields: {
      department: text("签订部门", "我方部门", "区属部门", "部门", "Department"),
      counterpart: text("合作方", "对方部门", "对方单位", "合作部门", "Counterpart"),
      agreementName: text("协议名称", "协议", "Agreement"),
      field: FIELD,
      signingDate: date("签订日期", "签署日期", "签约日期", "协议签订日期", "Signed", "Signing date"),
      filingDate: date("备案日期", "报备日期", "Filed", "Filing date"),
    },
  },
};

export const ROLES: readonly Role[] = ["register", "candidates", "exchanges", "events", "filings"];
