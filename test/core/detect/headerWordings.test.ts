/**
 * Header matching: every wording of WORKBOOK.md's table (and the English ones offices use) is
 * found as its field, whatever the width of its brackets, spaces typed inside it, a trailing "*"
 * or "（必填）" marker. The table below is copied from WORKBOOK.md, not from fields.ts.
 */
import { matchHeader } from "../../../src/core/detect/matchHeader";
import { ROLE_SPECS, type FieldId } from "../../../src/core/detect/fields";
import type { Role } from "../../../src/core/model";

type Row = [Role, FieldId, string];

const W = (role: Role, field: FieldId, ...headers: string[]): Row[] => headers.map((h) => [role, field, h]);

/** WORKBOOK.md, "Column headers seen in such workbooks". */
const WORKBOOK_TABLE: Row[] = [
  ...W(
    "register",
    "partner",
    "友城名称",
    "友好城市（区）",
    "城市（区）名称",
    "结好城市",
    "友城",
    "城市",
    "Partner",
    "City",
  ),
  ...W("register", "province", "所属省（区、市）", "省份", "所在省市", "Province"),
  ...W("register", "level", "行政级别", "级别", "Administrative level"),
  ...W("register", "relation", "关系类型", "协议类型", "结好类型", "Relation"),
  ...W("register", "npcDate", "人大常委会决定日期", "人大决定日期", "人大常委会审议日期", "NPC decision"),
  ...W("register", "govMeetingDate", "区政府常务会日期", "常务会（专题会）日期", "政府会议日期"),
  ...W(
    "register",
    "signingDate",
    "签署日期",
    "缔结日期",
    "签约日期",
    "结好日期",
    "协议签订日期",
    "Signed",
    "Signing date",
  ),
  ...W("register", "signatory", "签署人", "我方签署人", "Signatory"),
  ...W("register", "termYears", "有效期（年）", "有效期限", "协议期限", "Term"),
  ...W("register", "endDate", "到期日期", "有效期至", "截止日期", "Expires", "End date"),
  ...W("register", "renewal", "续签日期", "续签情况", "续签", "Renewed"),
  ...W("register", "status", "状态", "关系状态", "备注状态", "Status"),
  ...W("register", "copies", "协议份数", "文本份数"),
  ...W("register", "copiesHeld", "我方保存份数", "我方持有份数"),
  ...W("register", "custodian", "文本保存单位", "保存单位", "原件保管"),
  ...W("register", "divisionChange", "区划调整情况", "区划调整", "行政区划变更"),
  ...W("candidates", "city", "城市"),
  ...W("candidates", "province", "所属省（区、市）", "省份", "Province"),
  ...W("candidates", "level", "行政级别", "级别", "Administrative level"),
  ...W("candidates", "npcDate", "人大常委会决定日期", "NPC decision"),
  ...W("candidates", "govMeetingDate", "区政府常务会日期", "政府会议日期"),
  ...W("candidates", "cond1", "条件一", "第五条（一）", "级别相当"),
  ...W("candidates", "cond2", "条件二", "第五条（二）", "协作需要"),
  ...W("candidates", "cond3", "条件三", "第五条（三）", "先进经验"),
  ...W("candidates", "cond4", "条件四", "第五条（四）", "互补性"),
  ...W("candidates", "cond5", "条件五", "第五条（五）", "走出去"),
  ...W("exchanges", "date", "日期", "活动日期", "时间", "Date"),
  ...W("exchanges", "partner", "友城", "友城名称", "Partner", "City"),
  ...W("exchanges", "field", "领域", "合作领域"),
  ...W("exchanges", "form", "形式", "交流形式", "活动类型"),
  ...W("exchanges", "direction", "来访/出访", "方向"),
  ...W("exchanges", "archive", "档案资料", "存档资料"),
  ...W("exchanges", "published", "刊物登载", "登载刊物"),
  ...W("events", "date", "日期", "时间", "Date"),
  ...W("events", "partner", "友城", "Partner", "City"),
  ...W("events", "eventType", "事项类型", "事件类型"),
  ...W("events", "response", "我方回应", "回应方式"),
  ...W("events", "responseDate", "回应日期", "发函日期"),
  ...W("filings", "department", "签订部门", "我方部门"),
  ...W("filings", "filingDate", "备案日期"),
  ...W("filings", "signingDate", "签署日期", "签约日期", "协议签订日期", "Signed", "Signing date"),
];

const hasChinese = (s: string) => /[\u4e00-\u9fff]/u.test(s);
const halfBrackets = (s: string) => s.replace(/（/g, "(").replace(/）/g, ")");
const fullBrackets = (s: string) => s.replace(/\(/g, "（").replace(/\)/g, "）");
const spacedOut = (s: string) => (hasChinese(s) ? [...s].join(" ") : s.replace(/ /g, "  "));
const toFullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

/** The ways offices decorate one wording. */
function variantsOf(header: string): [string, string][] {
  const out: [string, string][] = [
    ["as written", header],
    ["half-width brackets", halfBrackets(header)],
    ["full-width brackets", fullBrackets(header)],
    ["spaces inside", spacedOut(header)],
    ["padded with spaces", `  ${header}\u3000`],
    ["trailing *", `${header}*`],
    ["leading *", `*${header}`],
    ["trailing full-width ＊", `${header}＊`],
    ["line break inside", hasChinese(header) ? `${header.slice(0, 2)}\n${header.slice(2)}` : header],
  ];
  if (hasChinese(header)) {
    out.push(["（必填）", `${header}（必填）`], ["(必填)", `${header}(必填)`], ["【必填】", `${header}【必填】`]);
  } else {
    out.push(
      ["full-width letters", toFullWidth(header)],
      ["upper case", header.toUpperCase()],
      ["lower case", header.toLowerCase()],
    );
  }
  return out;
}

describe("matchHeader: WORKBOOK.md's wordings, decorated as offices decorate them", () => {
  const cases = WORKBOOK_TABLE.flatMap(([role, field, header]) =>
    variantsOf(header).map(([how, text]) => [role, field, header, how, text] as const),
  );
  test.each(cases)("%s.%s ← %s (%s)", (role, field, _header, _how, text) => {
    expect(matchHeader(text, ROLE_SPECS[role])?.field).toBe(field);
  });
});

describe("matchHeader: what a header is not", () => {
  test.each([
    ["register", "本台账由区外联办维护，每季度更新。签署日期以协议文本为准，有效期为五年。"],
    ["register", "西城区与各友好城市（区）签署协议、开展交流活动情况汇总表（截至2026年10月）"],
    ["register", ""],
    ["register", "   "],
    ["register", "序号"],
    ["exchanges", "编号"],
    ["events", "Notes about this workbook and how to keep it"],
  ] as [Role, string][])("%s: %j matches nothing", (role, text) => {
    expect(matchHeader(text, ROLE_SPECS[role])).toBeNull();
  });

  test("a header naming a condition and its meaning is the condition, not the level column", () => {
    expect(matchHeader("条件一（级别相当）", ROLE_SPECS.candidates)?.field).toBe("cond1");
    expect(matchHeader("第五条第一项：级别相当", ROLE_SPECS.candidates)?.field).toBe("cond1");
  });

  test("有效期至 is the end date, 有效期（年） the term", () => {
    expect(matchHeader("有效期至", ROLE_SPECS.register)?.field).toBe("endDate");
    expect(matchHeader("有效期(年)", ROLE_SPECS.register)?.field).toBe("termYears");
  });

  test("我方保存份数 is the copies held, 协议份数 the copies", () => {
    expect(matchHeader("我方保存份数（份）", ROLE_SPECS.register)?.field).toBe("copiesHeld");
    expect(matchHeader("协议份数（份）", ROLE_SPECS.register)?.field).toBe("copies");
  });

  test("回应日期 is the response date, not the response nor the event date", () => {
    expect(matchHeader("回应日期", ROLE_SPECS.events)?.field).toBe("responseDate");
    expect(matchHeader("我方回应", ROLE_SPECS.events)?.field).toBe("response");
  });
});
