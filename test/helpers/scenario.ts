/**
 * One office's partner-city work, described by what it means ("an agreement signed 3 years and
 * 2 months before today, term 5: active"), and laid out as a workbook in many different ways:
 * other sheet names, other header wordings, title rows, blank rows, shuffled columns, dates
 * written in every form of RULES.md, the exchange log as an Excel table.
 *
 * The expectations (status, last day, recommendation, findings, totals) are stated here from the
 * rules of RULES.md, never taken from the code's output, so that every layout is checked against
 * the same meaning. Date arithmetic here is independent of `src/` (plain UTC calendar maths).
 */
import type { CellValue, SheetGrid, TableRegion, WorkbookGrid } from "../../src/core/workbook";
import type { Recommendation, Role, Status } from "../../src/core/model";

export type Iso = string;

// ---------------------------------------------------------------- calendar arithmetic (own)

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

export function iso(y: number, m: number, d: number): Iso {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const parts = (d: Iso): [number, number, number] => [
  Number(d.slice(0, 4)),
  Number(d.slice(5, 7)),
  Number(d.slice(8, 10)),
];

/** Same month and day `years` (and `months`) later; a day that does not exist becomes the month's last (Civil Code). */
export function addYM(d: Iso, years: number, months = 0): Iso {
  const [y, m, day] = parts(d);
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

export function addDays(d: Iso, days: number): Iso {
  const [y, m, day] = parts(d);
  const t = new Date(Date.UTC(y, m - 1, day) + days * 86_400_000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function daysFromTo(from: Iso, to: Iso): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** Excel 1900-system serial of a date after 1900-03-01. */
export function excelSerial(d: Iso): number {
  const [y, m, day] = parts(d);
  return Math.round((Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

// ---------------------------------------------------------------- date cells in every form

export type DateStyle = "serial" | "iso" | "slash" | "dot" | "cjk" | "cjkNumerals" | "fullwidth" | "spaced" | "compact";
export const DATE_STYLES: DateStyle[] = [
  "serial",
  "iso",
  "slash",
  "dot",
  "cjk",
  "cjkNumerals",
  "fullwidth",
  "spaced",
  "compact",
];

const CJK_DIGITS = "〇一二三四五六七八九";
const cjkCount = (n: number): string =>
  n < 10 ? CJK_DIGITS[n] : `${n >= 20 ? CJK_DIGITS[Math.floor(n / 10)] : ""}十${n % 10 ? CJK_DIGITS[n % 10] : ""}`;
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** A date as a person or Excel puts it in a cell, with the number format Excel would report. */
export function dateCell(d: Iso, style: DateStyle): { value: CellValue; format: string } {
  const [y, m, day] = parts(d);
  switch (style) {
    case "serial":
      return { value: excelSerial(d), format: DATE_FORMAT };
    case "iso":
      return { value: d, format: "@" };
    case "slash":
      return { value: `${y}/${m}/${day}`, format: "General" };
    case "dot":
      return { value: `${y}.${m}.${day}`, format: "General" };
    case "cjk":
      return { value: `${y}年${m}月${day}日`, format: "General" };
    case "cjkNumerals":
      return {
        value: `${[...String(y)].map((c) => CJK_DIGITS[Number(c)]).join("")}年${cjkCount(m)}月${cjkCount(day)}日`,
        format: "General",
      };
    case "fullwidth":
      return { value: fullWidth(`${y}年${m}月${day}日`), format: "General" };
    case "spaced":
      return { value: ` ${y} 年 ${m} 月 ${day} 日 `, format: "General" };
    case "compact":
      return { value: `${y}-${pad(m)}-${pad(day)}`.replace(/-/g, "/"), format: "General" };
  }
}

// ---------------------------------------------------------------- the scenario, by meaning

export interface AgreementSpec {
  key: string;
  partner: string;
  province: string;
  relation: string;
  npc: Iso | null;
  /** A date, or text that holds none (待定). */
  signed: Iso | { text: string };
  term: number;
  renewed: Iso | null;
  status: string;
  custodian: string;
  expect: { status: Status; lastDay: Iso | null; findings: string[] };
}

export interface CandidateSpec {
  key: string;
  city: string;
  level: string;
  marks: string[];
  preliminary: Iso | null;
  expect: { criteriaMet: number[]; recommendation: Recommendation; findings: string[] };
}

export interface ExchangeSpec {
  key: string;
  date: Iso;
  partner: string;
  title: string;
  field: string;
  form: string;
  archive: string;
  published: string;
  expect: { findings: string[] };
}

export interface EventSpec {
  key: string;
  date: Iso;
  partner: string;
  eventType: string;
  response: string;
  responseDate: Iso | null;
  expect: { findings: string[] };
}

export interface FilingSpec {
  key: string;
  department: string;
  counterpart: string;
  name: string;
  signed: Iso;
  filed: Iso | null;
  expect: { findings: string[] };
}

export interface Scenario {
  today: Iso;
  register: AgreementSpec[];
  candidates: CandidateSpec[];
  exchanges: ExchangeSpec[];
  events: EventSpec[];
  filings: FilingSpec[];
  expectTotals: { exchanges: number; leaderVisits: number; published: number; events: number; answered: number };
}

/**
 * The office's year, relative to `today` (default 15 June 2026, far from any status threshold).
 * Every expectation is worked out here from RULES.md.
 */
export function officeScenario(today: Iso = "2026-06-15"): Scenario {
  const Y = Number(today.slice(0, 4));
  const inYear = (m: number, d: number): Iso => iso(Y, m, d);
  const beforeToday = (days: number): Iso => addDays(today, -days);

  // An agreement signed 3 years and 2 months ago, term 5: 1 year 10 months left → active.
  const r1Signed = addYM(today, -3, -2);
  // Signed so that the last day is 60 days from today: urgent (0 ≤ 60 ≤ 90).
  const r2Signed = addYM(addDays(today, 60), -5);
  // 150 days left: expiring (90 < 150 ≤ 180).
  const r3Signed = addYM(addDays(today, 150), -5);
  // Signed 8 years ago, term 5: ended 3 years ago → expired; its term does not touch this year.
  const r4Signed = addYM(today, -8);
  // Signed 7 years ago, renewed 1 year 3 months ago → the term runs from the renewal: active.
  const r7Signed = addYM(today, -7);
  const r7Renewed = addYM(today, -1, -3);
  // 29 February two years and some months ago (2024-02-29 for 2026-06-15): 5 years end on 28 February.
  const leapYear = (() => {
    let y = Y - 2;
    while (!isLeap(y)) y--;
    return y;
  })();
  const r8Signed = iso(leapYear, 2, 29);
  // A framework agreement (not a friendly city): no NPC decision needed, a 3-year term is allowed.
  const r9Signed = addYM(today, -2);

  const friendly = "友好城市";
  const register: AgreementSpec[] = [
    {
      key: "R1",
      partner: "上海市黄浦区",
      province: "上海市",
      relation: friendly,
      npc: addDays(r1Signed, -20),
      signed: r1Signed,
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      expect: { status: "active", lastDay: addYM(r1Signed, 5), findings: [] },
    },
    {
      key: "R2",
      partner: "天津市和平区",
      province: "天津市",
      relation: friendly,
      npc: addDays(r2Signed, -20),
      signed: r2Signed,
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      // urgent, and no exchange with it this year though its term runs through the year.
      expect: { status: "urgent", lastDay: addDays(today, 60), findings: ["TERM-URGENT", "ACT-NONE"] },
    },
    {
      key: "R3",
      partner: "重庆市渝中区",
      province: "重庆市",
      relation: friendly,
      npc: addDays(r3Signed, -20),
      signed: r3Signed,
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      expect: { status: "expiring", lastDay: addDays(today, 150), findings: ["TERM-EXPIRING"] },
    },
    {
      key: "R4",
      partner: "广州市越秀区",
      province: "广东省",
      relation: friendly,
      npc: addDays(r4Signed, -20),
      signed: r4Signed,
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      expect: { status: "expired", lastDay: addYM(r4Signed, 5), findings: ["TERM-EXPIRED"] },
    },
    {
      key: "R5",
      partner: "杭州市上城区",
      province: "浙江省",
      relation: friendly,
      npc: addYM(today, -11),
      signed: addDays(addYM(today, -11), 30),
      term: 5,
      renewed: null,
      status: "已终止",
      custodian: "区外联办",
      expect: { status: "terminated", lastDay: null, findings: [] },
    },
    {
      key: "R6",
      partner: "成都市锦江区",
      province: "四川省",
      relation: friendly,
      npc: beforeToday(200),
      signed: { text: "待定" },
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      // No usable term start: unknown, and the text is reported, never guessed. Not yet signed,
      // so 第六条's next step (signing) is reported on it.
      expect: { status: "unknown", lastDay: null, findings: ["DATA-DATE", "PROC-NEXT"] },
    },
    {
      key: "R7",
      partner: "武汉市江汉区",
      province: "湖北省",
      relation: friendly,
      npc: addDays(r7Signed, -20),
      signed: r7Signed,
      term: 5,
      renewed: r7Renewed,
      status: "在册",
      custodian: "区外联办",
      expect: { status: "active", lastDay: addYM(r7Renewed, 5), findings: [] },
    },
    {
      key: "R8",
      partner: "西安市碑林区",
      province: "陕西省",
      relation: friendly,
      npc: null,
      signed: r8Signed,
      term: 5,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      // A friendly city without the NPC Standing Committee's decision.
      expect: { status: "active", lastDay: iso(leapYear + 5, 2, 28), findings: ["PROC-NPC"] },
    },
    {
      key: "R9",
      partner: "福州市鼓楼区",
      province: "福建省",
      relation: "合作框架协议",
      npc: null,
      signed: r9Signed,
      term: 3,
      renewed: null,
      status: "在册",
      custodian: "区外联办",
      expect: { status: "active", lastDay: addYM(r9Signed, 3), findings: [] },
    },
  ];

  const candidates: CandidateSpec[] = [
    {
      key: "C1",
      city: "苏州市姑苏区",
      level: "地级市",
      marks: ["√", "√", "√", "√", "√"],
      preliminary: beforeToday(100),
      // all five met, and a leader visit with it is in the exchange log
      expect: {
        criteriaMet: [1, 2, 3, 4, 5],
        recommendation: "friendly-city",
        findings: ["ELIG-CRITERIA", "PROC-NEXT"],
      },
    },
    {
      key: "C2",
      city: "大理白族自治州",
      level: "自治州",
      marks: ["√", "×", "√", "√", "×"],
      preliminary: beforeToday(90),
      expect: { criteriaMet: [1, 3, 4], recommendation: "alternative", findings: ["ELIG-CRITERIA", "PROC-NEXT"] },
    },
    {
      key: "C3",
      city: "张家口市崇礼区",
      level: "地级市市辖区",
      marks: ["×", "×", "×", "×", "×"],
      preliminary: null,
      // none met; and a district of a prefecture-level city is lower than Xicheng
      expect: {
        criteriaMet: [],
        recommendation: "not-recommended",
        findings: ["ELIG-CRITERIA", "ELIG-LEVEL", "PROC-NEXT"],
      },
    },
    {
      key: "C4",
      city: "嘉兴市",
      level: "地级市",
      marks: ["是", "是", "是", "是", "是"],
      preliminary: beforeToday(30),
      // all five met but no leader visit recorded: not yet mature (成熟一个缔结一个)
      expect: {
        criteriaMet: [1, 2, 3, 4, 5],
        recommendation: "friendly-city",
        findings: ["ELIG-CRITERIA", "ELIG-MATURITY", "PROC-NEXT"],
      },
    },
  ];

  const x = (
    key: string,
    date: Iso,
    partner: string,
    field: string,
    form: string,
    archive: string,
    published: string,
    findings: string[] = [],
  ): ExchangeSpec => ({
    key,
    date,
    partner,
    title: `${partner}${form}`,
    field,
    form,
    archive,
    published,
    expect: { findings },
  });
  const exchanges: ExchangeSpec[] = [
    x("X1", inYear(3, 10), "上海市黄浦区", "经贸", "考察交流", "概要、图片", "西城信息"),
    x("X2", inYear(4, 2), "黄浦区", "文化", "领导互访", "文字", ""),
    x("X3", inYear(2, 20), "重庆市渝中区", "教育", "培训", "", "", ["ARCH-MISSING"]),
    x("X4", inYear(5, 5), "武汉市江汉区", "科技", "会议论坛", "视频", "调研与决策"),
    x("X5", inYear(1, 15), "西安碑林区", "旅游", "考察交流", "图片", ""),
    x("X6", inYear(5, 20), "福州市鼓楼区", "卫生", "考察交流", "概要", ""),
    x("X7", inYear(4, 10), "苏州市姑苏区", "经贸", "领导互访", "概要", ""),
    x("X8", iso(Y - 1, 9, 1), "上海市黄浦区", "文化", "考察交流", "概要", ""),
    x("X9", inYear(3, 3), "深圳市南山区", "经贸", "考察交流", "概要", "", ["DATA-PARTNER"]),
    x("X10", iso(Y - 1, 11, 11), "天津市和平区", "文化", "考察交流", "概要", ""),
  ];

  const events: EventSpec[] = [
    {
      key: "E1",
      date: inYear(3, 1),
      partner: "天津市和平区",
      eventType: "主要领导变动",
      response: "贺信",
      responseDate: inYear(3, 3),
      expect: { findings: [] },
    },
    // a disaster 45 days ago, still unanswered
    {
      key: "E2",
      date: beforeToday(45),
      partner: "重庆市渝中区",
      eventType: "严重自然灾害",
      response: "",
      responseDate: null,
      expect: { findings: ["EVENT-NO-RESPONSE"] },
    },
    // a festival answered 19 days later
    {
      key: "E3",
      date: inYear(4, 1),
      partner: "上海市黄浦区",
      eventType: "重要节日",
      response: "贺电",
      responseDate: inYear(4, 20),
      expect: { findings: ["EVENT-LATE"] },
    },
    {
      key: "E4",
      date: iso(Y - 1, 12, 1),
      partner: "武汉市江汉区",
      eventType: "主要领导变动",
      response: "贺信",
      responseDate: iso(Y - 1, 12, 2),
      expect: { findings: [] },
    },
  ];

  const filings: FilingSpec[] = [
    {
      key: "F1",
      department: "区教委",
      counterpart: "上海市黄浦区教育局",
      name: "基础教育合作协议",
      signed: inYear(3, 1),
      filed: inYear(3, 10),
      expect: { findings: [] },
    },
    {
      key: "F2",
      department: "区卫生健康委",
      counterpart: "成都市锦江区卫生健康局",
      name: "医疗卫生合作协议",
      signed: inYear(4, 1),
      filed: null,
      expect: { findings: ["FILING-MISSING"] },
    },
  ];

  return {
    today,
    register,
    candidates,
    exchanges,
    events,
    filings,
    // This year's exchanges with register partners: X1 X2 (黄浦) X3 X4 X5 X6 = 6 (X7 is a candidate,
    // X9 unknown, X8 X10 last year); leader visits: X2; published: X1 X4;
    // events this year with register partners: E1 E2 E3, answered E1 E3.
    expectTotals: { exchanges: 6, leaderVisits: 1, published: 2, events: 3, answered: 2 },
  };
}

/** Every date of the scenario moved by `years` (29 February to 28 February where the year has none). */
export function shiftScenario(s: Scenario, years: number): Scenario {
  const d = (v: Iso): Iso => addYM(v, years);
  const dn = (v: Iso | null): Iso | null => (v === null ? null : d(v));
  return {
    ...s,
    today: d(s.today),
    register: s.register.map((r) => ({
      ...r,
      npc: dn(r.npc),
      signed: typeof r.signed === "string" ? d(r.signed) : r.signed,
      renewed: dn(r.renewed),
      expect: { ...r.expect, lastDay: dn(r.expect.lastDay) },
    })),
    candidates: s.candidates.map((c) => ({ ...c, preliminary: dn(c.preliminary) })),
    exchanges: s.exchanges.map((x) => ({ ...x, date: d(x.date) })),
    events: s.events.map((e) => ({ ...e, date: d(e.date), responseDate: dn(e.responseDate) })),
    filings: s.filings.map((f) => ({ ...f, signed: d(f.signed), filed: dn(f.filed) })),
  };
}

// ---------------------------------------------------------------- header wordings

export type Wording = "standard" | "variant" | "english";

type Col<T> = { header: Record<Wording, string>; cell: (item: T) => CellValue | { date: Iso | null } };

const h = (standard: string, variant: string, english: string): Record<Wording, string> => ({
  standard,
  variant,
  english,
});

const REGISTER_COLUMNS: Col<AgreementSpec>[] = [
  { header: h("序号", "编号", "No."), cell: () => null },
  { header: h("友城名称", "结好城市", "Partner"), cell: (r) => r.partner },
  { header: h("所属省（区、市）", "省份", "Province"), cell: (r) => r.province },
  { header: h("关系类型", "结好类型", "Relation"), cell: (r) => r.relation },
  { header: h("人大常委会决定日期", "人大决定日期", "NPC decision"), cell: (r) => ({ date: r.npc }) },
  {
    header: h("签署日期", "缔结日期", "Signing date"),
    cell: (r) => (typeof r.signed === "string" ? { date: r.signed } : r.signed.text),
  },
  { header: h("有效期（年）", "有效期限", "Term"), cell: (r) => r.term },
  { header: h("续签日期", "续签", "Renewed"), cell: (r) => ({ date: r.renewed }) },
  { header: h("状态", "关系状态", "Status"), cell: (r) => r.status },
  { header: h("文本保存单位", "保存单位", "Kept by"), cell: (r) => r.custodian },
];

const CANDIDATE_COLUMNS: Col<CandidateSpec>[] = [
  { header: h("序号", "编号", "No."), cell: () => null },
  { header: h("城市", "拟缔结城市", "City"), cell: (c) => c.city },
  { header: h("行政级别", "级别", "Administrative level"), cell: (c) => c.level },
  ...[0, 1, 2, 3, 4].map((i): Col<CandidateSpec> => ({
    header: h(
      `条件${"一二三四五"[i]}（${["级别相当", "协作需要", "先进经验", "互补性", "走出去"][i]}）`,
      `第五条（${"一二三四五"[i]}）`,
      `Condition ${i + 1}`,
    ),
    cell: (c) => c.marks[i],
  })),
  { header: h("初步意见日期", "初步意见", "Preliminary opinion"), cell: (c) => ({ date: c.preliminary }) },
];

const EXCHANGE_COLUMNS: Col<ExchangeSpec>[] = [
  { header: h("日期", "活动日期", "Date"), cell: (x) => ({ date: x.date }) },
  { header: h("友城", "交流对象", "Partner"), cell: (x) => x.partner },
  { header: h("活动名称", "活动名称", "Title"), cell: (x) => x.title },
  { header: h("领域", "合作领域", "Field"), cell: (x) => x.field },
  { header: h("形式", "交流形式", "Form"), cell: (x) => x.form },
  { header: h("档案资料", "存档资料", "Archive"), cell: (x) => x.archive },
  { header: h("刊物登载", "登载刊物", "Published"), cell: (x) => x.published },
];

const EVENT_COLUMNS: Col<EventSpec>[] = [
  { header: h("日期", "发生日期", "Date"), cell: (e) => ({ date: e.date }) },
  { header: h("友城", "友好城市", "Partner"), cell: (e) => e.partner },
  { header: h("事项类型", "事件类型", "Event type"), cell: (e) => e.eventType },
  { header: h("我方回应", "回应方式", "Response"), cell: (e) => e.response },
  { header: h("回应日期", "发函日期", "Response date"), cell: (e) => ({ date: e.responseDate }) },
];

const FILING_COLUMNS: Col<FilingSpec>[] = [
  { header: h("签订部门", "我方部门", "Department"), cell: (f) => f.department },
  { header: h("合作方", "对方单位", "Counterpart"), cell: (f) => f.counterpart },
  { header: h("协议名称", "协议名称", "Agreement"), cell: (f) => f.name },
  { header: h("签订日期", "签约日期", "Signed"), cell: (f) => ({ date: f.signed }) },
  { header: h("备案日期", "备案日期", "Filing date"), cell: (f) => ({ date: f.filed }) },
];

// ---------------------------------------------------------------- layout

export interface LayoutOptions {
  names: Record<Role, string>;
  /** The notes sheet every office keeps beside its lists; null for none. */
  notesSheet: string | null;
  wording: Wording;
  /** Rows above the header: the first a title merged across the width, then a subtitle; 0 = header on row 1. */
  titleRows: number;
  /** Blank rows between the title rows and the header. */
  blankAfterTitle: number;
  /** Blank rows after each record. */
  blankBetween: number;
  /** A footnote row (注：…) under the records, after a blank row. */
  footnote: boolean;
  /** Column order per role: a permutation of the role's columns; identity when absent. */
  order?: Partial<Record<Role, number[]>>;
  /** The style of the i-th date cell written in the workbook. */
  dateStyle: (i: number) => DateStyle;
  /** The exchange log as an Excel table whose header sits at this 0-based row and column. */
  exchangesTable?: { row: number; column: number; name: string };
}

export const STANDARD_NAMES: Record<Role, string> = {
  register: "友城名录",
  candidates: "拟缔结城市评估",
  exchanges: "交流活动",
  events: "重大事项",
  filings: "单项协议备案",
};

export const DEFAULT_LAYOUT: LayoutOptions = {
  names: STANDARD_NAMES,
  notesSheet: "说明",
  wording: "standard",
  titleRows: 0,
  blankAfterTitle: 0,
  blankBetween: 0,
  footnote: false,
  dateStyle: () => "serial",
};

export interface Built {
  book: WorkbookGrid;
  /** Excel row (1-based) of each item, by its key. */
  rowOf: Map<string, number>;
  /** Sheet of each item, by its key. */
  sheetOf: Map<string, string>;
  /** The header text of each 0-based column, per sheet. */
  headers: Map<string, (string | null)[]>;
}

/** A deterministic permutation of 0..n-1 from a seed (for shuffled columns). */
export function permutation(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const TITLES: Record<Role, string> = {
  register: "西城区国内友好城市（区）名录",
  candidates: "拟缔结国内友好城市（区）评估表",
  exchanges: "友城交流活动登记表",
  events: "友城重大事项及我方回应",
  filings: "单项领域合作协议备案登记",
};

export function buildWorkbook(s: Scenario, layout: Partial<LayoutOptions> = {}): Built {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT, ...layout };
  const rowOf = new Map<string, number>();
  const sheetOf = new Map<string, string>();
  const headers = new Map<string, (string | null)[]>();
  let dateIndex = 0;

  function makeSheet<T extends { key: string }>(role: Role, columns: Col<T>[], items: T[]): SheetGrid {
    const name = o.names[role];
    const order = o.order?.[role] ?? columns.map((_, i) => i);
    const cols = order.map((i) => columns[i]);
    const table = role === "exchanges" ? o.exchangesTable : undefined;
    const left = table?.column ?? 0;
    const width = left + cols.length;
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    const push = (row: CellValue[], fmt?: (string | null)[]) => {
      const full = Array.from({ length: width }, (_, i) => row[i] ?? null);
      values.push(full);
      formats.push(fmt ? Array.from({ length: width }, (_, i) => fmt[i] ?? "General") : full.map(() => "General"));
    };
    const blank = () => push([]);

    if (table) {
      // Things above and beside the table: a title in A1, a note at the left of the table.
      push(["2026年度友城交流活动"]);
      while (values.length < table.row) blank();
    } else if (o.titleRows > 0) {
      push([TITLES[role]]); // merged across the width: the other cells of the merge are empty
      if (o.titleRows > 1) push(["制表单位：区政府对外联络服务办公室　　更新日期：2026年6月"]);
      for (let i = 2; i < o.titleRows; i++) blank();
      for (let i = 0; i < o.blankAfterTitle; i++) blank();
    }

    const headerRow = values.length;
    const headerCells: (string | null)[] = Array.from({ length: width }, () => null);
    cols.forEach((c, i) => (headerCells[left + i] = c.header[o.wording]));
    push(headerCells);
    headers.set(name, headerCells);

    items.forEach((item, n) => {
      const row: CellValue[] = [];
      const fmt: (string | null)[] = [];
      cols.forEach((c, i) => {
        const v = c.cell(item);
        const at = left + i;
        if (v !== null && typeof v === "object") {
          if (v.date === null) row[at] = null;
          else {
            const cell = dateCell(v.date, o.dateStyle(dateIndex++));
            row[at] = cell.value;
            fmt[at] = cell.format;
          }
        } else if (c.header.standard === "序号") row[at] = n + 1;
        else row[at] = v;
      });
      push(row, fmt);
      rowOf.set(item.key, values.length);
      sheetOf.set(item.key, name);
      if (!table) for (let b = 0; b < o.blankBetween; b++) blank();
    });
    const lastRecordRow = values.length - 1;
    if (o.footnote && !table) {
      blank();
      push(["注：本表由区外联办维护，日期以协议文本为准。"]);
    }
    if (table) {
      // A side note beside the table, out of its columns.
      if (left > 0) values[headerRow][0] = "说明";
      const tables: TableRegion[] = [
        { name: table.name, headerRow, lastRow: lastRecordRow, firstColumn: left, lastColumn: left + cols.length - 1 },
      ];
      return { name, values, formats, tables };
    }
    return { name, values, formats };
  }

  const sheets: SheetGrid[] = [
    makeSheet("register", REGISTER_COLUMNS, s.register),
    makeSheet("candidates", CANDIDATE_COLUMNS, s.candidates),
    makeSheet("exchanges", EXCHANGE_COLUMNS, s.exchanges),
    makeSheet("events", EVENT_COLUMNS, s.events),
    makeSheet("filings", FILING_COLUMNS, s.filings),
  ];
  if (o.notesSheet) {
    sheets.push({
      name: o.notesSheet,
      values: [
        ["本台账由区外联办维护，每季度更新一次，签署日期、有效期以协议文本为准。"],
        ["关系类型：友好城市、合作框架协议、单项领域合作协议、对口帮扶支援协议。"],
        [],
        ["各表说明：友城名录登记已签协议；交流活动登记每次交流；重大事项登记友城发生的重大事项及我方回应。"],
      ],
    });
  }
  return { book: { sheets }, rowOf, sheetOf, headers };
}

/** The columns' count per role (for permutations). */
export const COLUMN_COUNTS: Record<Role, number> = {
  register: REGISTER_COLUMNS.length,
  candidates: CANDIDATE_COLUMNS.length,
  exchanges: EXCHANGE_COLUMNS.length,
  events: EVENT_COLUMNS.length,
  filings: FILING_COLUMNS.length,
};

/** The findings the scenario means, as "RULE|sheet|row", sorted. */
export function expectedFindings(s: Scenario, built: Built): string[] {
  const out: string[] = [];
  const items: { key: string; expect: { findings: string[] } }[] = [
    ...s.register,
    ...s.candidates,
    ...s.exchanges,
    ...s.events,
    ...s.filings,
  ];
  for (const item of items) {
    for (const rule of item.expect.findings)
      out.push(`${rule}|${built.sheetOf.get(item.key)}|${built.rowOf.get(item.key)}`);
  }
  return out.sort();
}
