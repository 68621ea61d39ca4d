/**
 * A small office workbook for the plan's tests, described by what it means. Every expectation
 * here is worked out by hand from RULES.md (the Civil Code last day, days left from TODAY, the
 * year-end summary of 第十三条第四项), never taken from the code's output.
 *
 * Today is 2026-11-27; the summary year is 2026.
 */
import type { CellValue, SheetGrid, TableRegion } from "../../../src/core/workbook";
import { book, serial, sheet } from "../../helpers/grid";
import { daysFromTo, excelSerial } from "../../helpers/scenario";
import type { SheetPlan } from "../../../src/core/plan/writePlan";

export const TODAY = "2026-11-27";
export const YEAR = 2026;

export const REGISTER = "友城名录";
export const EXCHANGES = "交流活动";
export const CANDIDATES = "拟缔结评估";
export const EVENTS = "重大事项";

/** Register columns: A 序号, B 友城名称, C 关系类型, D 人大常委会决定日期, E 签署日期, F 有效期（年）, G 续签日期, H 状态, I 文本保存单位, J 经办人. */
export const REGISTER_HEADER: CellValue[] = [
  "序号",
  "友城名称",
  "关系类型",
  "人大常委会决定日期",
  "签署日期",
  "有效期（年）",
  "续签日期",
  "状态",
  "文本保存单位",
  "经办人",
];

export interface AgreementMeaning {
  row: number;
  partner: string;
  relationZh: string;
  signed: string | null;
  status: "expired" | "urgent" | "expiring" | "active" | "terminated" | "unknown";
  lastDay: string | null;
}

/** Register rows 4–9 (a title in row 1, a blank row 2, the header in row 3). */
export const AGREEMENTS: AgreementMeaning[] = [
  // signed 2021-09-28, five years: last day 2026-09-28, 60 days before today
  {
    row: 4,
    partner: "上海市黄浦区",
    relationZh: "友好城市（区）",
    signed: "2021-09-28",
    status: "expired",
    lastDay: "2026-09-28",
  },
  // last day 2027-01-10: 44 days left, within 90
  {
    row: 5,
    partner: "江苏省苏州市姑苏区",
    relationZh: "友好城市（区）",
    signed: "2022-01-10",
    status: "urgent",
    lastDay: "2027-01-10",
  },
  // last day 2027-04-30: 154 days left, between 90 and 180
  {
    row: 6,
    partner: "浙江省杭州市上城区",
    relationZh: "合作框架协议",
    signed: "2022-04-30",
    status: "expiring",
    lastDay: "2027-04-30",
  },
  {
    row: 7,
    partner: "天津市和平区",
    relationZh: "友好城市（区）",
    signed: "2015-03-01",
    status: "terminated",
    lastDay: null,
  },
  {
    row: 8,
    partner: "四川省成都市锦江区",
    relationZh: "友好城市（区）",
    signed: "2024-05-20",
    status: "active",
    lastDay: "2029-05-20",
  },
  // 待定 holds no date: no term start
  {
    row: 9,
    partner: "广东省广州市越秀区",
    relationZh: "友好城市（区）",
    signed: null,
    status: "unknown",
    lastDay: null,
  },
];

export const daysLeftOf = (a: AgreementMeaning): number | null => (a.lastDay ? daysFromTo(TODAY, a.lastDay) : null);

export function registerSheet(name = REGISTER, partners: Partial<Record<number, string>> = {}): SheetGrid {
  const raw: Record<number, CellValue[]> = {
    4: [
      1,
      "上海市黄浦区",
      "友好城市（区）",
      serial("2021-09-01"),
      serial("2021-09-28"),
      5,
      null,
      null,
      "区外联办",
      "张三",
    ],
    5: [2, "江苏省苏州市姑苏区", "友好城市", serial("2021-12-20"), "2022-01-10", 5, null, null, "区外联办", "李四"],
    6: [3, "浙江省杭州市上城区", "合作框架协议", null, "2022年4月30日", 5, null, null, "区外联办", "王五"],
    7: [
      4,
      "天津市和平区",
      "友好城市",
      serial("2015-02-01"),
      serial("2015-03-01"),
      5,
      null,
      "已终止",
      "区外联办",
      "赵六",
    ],
    8: [
      5,
      "四川省成都市锦江区",
      "友好城市",
      serial("2024-05-01"),
      serial("2024-05-20"),
      5,
      null,
      null,
      "区外联办",
      "钱七",
    ],
    9: [6, "广东省广州市越秀区", "友好城市", serial("2025-01-01"), "待定", 5, null, null, "区外联办", "孙八"],
  };
  for (const [row, partner] of Object.entries(partners)) raw[Number(row)][1] = partner!;
  return sheet(name, [
    ["北京市西城区国内友好城市（区）一览表"],
    [],
    REGISTER_HEADER,
    raw[4],
    raw[5],
    raw[6],
    raw[7],
    raw[8],
    raw[9],
  ]);
}

/** Exchange log, header in row 1: 日期 | 友城 | 活动名称 | 领域 | 形式 | 档案资料 | 刊物登载. */
export function exchangesSheet(): SheetGrid {
  return sheet(EXCHANGES, [
    ["日期", "友城", "活动名称", "领域", "形式", "档案资料", "刊物登载"],
    /* 2 */ [serial("2026-03-15"), "黄浦区", "经贸洽谈会", "经贸", "领导互访", "文字、图片", "《西城信息》"],
    /* 3 */ [serial("2026-05-10"), "上海市黄浦区", "文化周", "文化", "文艺演出", "图片", null],
    /* 4 */ [serial("2026-06-01"), "黄浦区", "科技论坛", "科技", "会议", null, null],
    /* 5 */ [serial("2026-07-20"), "上海黄浦区", "医疗合作", "医疗卫生", "考察", "视频", "《调研与决策》"],
    /* 6 */ [serial("2026-11-01"), "黄浦区", "师资培训", "教育", "培训", "图片", null],
    /* 7 */ [serial("2026-09-09"), "姑苏区", "旅游推介", "旅游", "推介会", "概要", null],
    /* 8 */ [serial("2025-10-10"), "姑苏区", "教育交流", "教育", "来访", "图片", null],
    /* 9 */ [serial("2025-04-04"), "黄浦区", "农产品展销", "农副产品", "展销", "图片", null],
    /* 10 */ [serial("2026-08-08"), "成都市锦江区", "商贸对接", "商贸", "领导出访", "文字", null],
    /* 11 */ [serial("2026-10-10"), "锦江区", "座谈", null, "座谈", "无", null],
    /* 12 */ [serial("2026-04-01"), "保定市", "考察交流", "经贸", "领导来访", "图片", null],
  ]);
}

export function eventsSheet(): SheetGrid {
  return sheet(EVENTS, [
    ["日期", "友城", "事项类型", "我方回应", "回应日期"],
    [serial("2026-07-01"), "黄浦区", "领导调整", "贺信", serial("2026-07-03")],
    [serial("2026-08-15"), "锦江区", "自然灾害", "慰问电", serial("2026-08-16")],
    // two days before today: not yet late, not answered
    [serial("2026-11-25"), "姑苏区", "节庆", null, null],
  ]);
}

export function candidatesSheet(): SheetGrid {
  return sheet(CANDIDATES, [
    ["城市", "行政级别", "条件一", "条件二", "条件三", "条件四", "条件五"],
    ["河北省保定市", "地级市", "√", "√", "√", "√", "√"],
    ["河北省邯郸市丛台区", "地级市市辖区", "是", "否", "是", null, "是"],
    ["重庆市", "直辖市", "×", "×", "×", "×", "×"],
  ]);
}

export const mainBook = (...extra: SheetGrid[]) =>
  book(registerSheet(), exchangesSheet(), candidatesSheet(), eventsSheet(), ...extra);

/** Independent of src: Excel's 1900-system serial. */
export const excel = excelSerial;

/** A sheet the add-in wrote earlier, as Excel hands it back: a table named with the add-in's prefix. */
export function ownSheet(name: string, tableName: string, rows: CellValue[][] = [["x"], ["y"]]): SheetGrid {
  const table: TableRegion = {
    name: tableName,
    headerRow: 0,
    lastRow: rows.length - 1,
    firstColumn: 0,
    lastColumn: Math.max(0, ...rows.map((r) => r.length - 1)),
  };
  return sheet(name, rows, { tables: [table] });
}

/** A planned sheet as Excel would hold it after apply: header row, body, links shown as their text. */
export function renderPlanSheet(p: SheetPlan): SheetGrid {
  const rows: CellValue[][] = [
    p.columns.map((c) => c.header),
    ...p.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.text : v))),
  ];
  if (p.totals) rows.push(p.totals);
  return ownSheet(p.name, p.tableName, rows);
}

export const col = (p: SheetPlan, header: string): number => {
  const i = p.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header} in ${p.name}`);
  return i;
};

export const HAN_ONLY = /^[\p{Script=Han}（）]+$/u;
export const NO_HAN = /^[^\p{Script=Han}]+$/u;
