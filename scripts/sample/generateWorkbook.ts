import { createWriteStream } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { addDays } from "date-fns";
import ExcelJS from "exceljs";
import {
  addYearsClamped,
  daysBetween,
  fromLocalDate,
  isoDate,
  toExcelSerial,
  toLocalDate,
  type IsoDate,
} from "../../src/core/dates/isoDate";
import { columnLetter } from "../../src/core/detect/mapping";
import type { Role, Status } from "../../src/core/model";

/**
 * A partner-city workbook laid out the way a liaison office keeps one (WORKBOOK.md): a register
 * below two title rows, candidates below one, the exchange log as an Excel table, events and
 * departmental filings as plain ranges, dates written every way people write them. Everything is
 * placed around `anchor`, the "today" the data is built for, so that statuses hold; the cases
 * planted for the rules of RULES.md are returned as data beside the workbook.
 *
 * Deterministic: the same options give the same bytes of content (seeded PRNG, no clock).
 */

export interface SampleOptions {
  /** Rows of the exchange log, special rows included. */
  exchanges: number;
  /** Rows of the register (one agreement per partner). At least PLANTED_PARTNERS. */
  partners: number;
  /** The "today" the data is built around. */
  anchor: IsoDate;
  seed: number;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = {
  exchanges: 400,
  partners: 24,
  anchor: "2026-11-27",
  seed: 20161018,
};

/** The bench's log: many exchanges, few or many partners; written with the streaming writer. */
export const BIG_SAMPLE_OPTIONS: SampleOptions = { ...DEFAULT_SAMPLE_OPTIONS, exchanges: 100_000, partners: 50 };

/** A rule the core must report on that row (RULES.md ids). The core may report more. */
export interface PlantedCase {
  rule: string;
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  /** Column letter where the finding points at one cell, else null. */
  column: string | null;
  note: string;
}

/** The agreement the generator meant to write on a register row. */
export interface ExpectedAgreement {
  partner: string;
  sheet: string;
  row: number;
  status: Status;
  termStart: IsoDate | null;
  lastDay: IsoDate | null;
}

/** A cell as planned: text, a number, a date (its serial with a date format), or blank. */
export type PlannedCell = string | number | boolean | null | { serial: number; numFmt: string };

export interface PlannedSheet {
  name: string;
  role: Role | null;
  /** Title rows above the header; merged across the header's width when `mergeTitles`. */
  titles: string[];
  mergeTitles: boolean;
  header: string[];
  /** Data rows; an empty array is a blank row. */
  rows: PlannedCell[][];
  /** Written as an Excel table of this name (full writer only). */
  table: string | null;
  widths: number[];
}

export interface GeneratedSample {
  options: SampleOptions;
  /** The summary year the data is built for: the anchor's year. */
  year: number;
  sheetNames: Record<Role, string>;
  sheets: PlannedSheet[];
  planted: PlantedCase[];
  /** Expected status by partner, one per register row (terminated rows included). */
  agreements: ExpectedAgreement[];
  /** Exchanges written with a parseable date and a partner name that resolves, by register partner. */
  exchangesByPartner: Record<string, { year: number; previousYear: number }>;
}

// ---------------------------------------------------------------------------------------------
// Names: real districts and cities; two 鼓楼区 (南京, 福州) so that a bare 鼓楼区 is ambiguous.

interface Place {
  name: string;
  city: string;
  province: string;
  level: string;
}

const place = (city: string, district: string, province: string, level: string): Place => ({
  name: city + district,
  city,
  province,
  level,
});
const M = "直辖市市辖区";
const S = "副省级城市市辖区";
const P = "地级市市辖区";

/** Partners with a planted case, in register order. */
const PLANTED = {
  control: place("上海市", "静安区", "上海市", M),
  expired: place("天津市", "南开区", "天津市", M),
  urgent: place("南京市", "鼓楼区", "江苏省", S),
  expiring: place("福州市", "鼓楼区", "福建省", P),
  leapDay: place("青岛市", "市南区", "山东省", S),
  shortTerm: place("杭州市", "西湖区", "浙江省", S),
  mismatch: place("厦门市", "思明区", "福建省", S),
  terminated: place("武汉市", "汉阳区", "湖北省", S),
  noSigning: place("成都市", "青羊区", "四川省", S),
  npcAfter: place("西安市", "雁塔区", "陕西省", S),
  noNpc: place("深圳市", "福田区", "广东省", S),
  copies: place("大连市", "西岗区", "辽宁省", S),
  custody: place("济南市", "历下区", "山东省", S),
  division: place("青岛市", "市北区", "山东省", S),
  renewed: place("哈尔滨市", "南岗区", "黑龙江省", S),
  quiet: place("郑州市", "金水区", "河南省", P),
  disaster: place("重庆市", "沙坪坝区", "重庆市", M),
  late: place("广州市", "天河区", "广东省", S),
  quake: place("昆明市", "五华区", "云南省", P),
} as const;

/** Not friendly-city agreements (第五条第六项), written after a blank row. */
const ALTERNATIVES: { place: Place; relation: string; term: number }[] = [
  { place: { name: "湘西土家族苗族自治州", city: "", province: "湖南省", level: "自治州" }, relation: "合作框架协议", term: 3 },
  { place: { name: "和田地区", city: "", province: "新疆维吾尔自治区", level: "地区" }, relation: "对口帮扶支援协议", term: 5 },
  { place: { name: "黄山市", city: "", province: "安徽省", level: "地级市" }, relation: "单项领域合作协议", term: 2 },
];

const FILLERS: Place[] = [
  place("上海市", "徐汇区", "上海市", M),
  place("天津市", "河西区", "天津市", M),
  place("重庆市", "江北区", "重庆市", M),
  place("宁波市", "海曙区", "浙江省", S),
  place("长春市", "南关区", "吉林省", S),
  place("长沙市", "岳麓区", "湖南省", P),
  place("南昌市", "东湖区", "江西省", P),
  place("合肥市", "蜀山区", "安徽省", P),
  place("太原市", "迎泽区", "山西省", P),
  place("石家庄市", "长安区", "河北省", P),
  place("贵阳市", "云岩区", "贵州省", P),
  place("兰州市", "城关区", "甘肃省", P),
  place("南宁市", "青秀区", "广西壮族自治区", P),
  place("海口市", "美兰区", "海南省", P),
  place("呼和浩特市", "新城区", "内蒙古自治区", P),
  place("银川市", "兴庆区", "宁夏回族自治区", P),
  place("西宁市", "城中区", "青海省", P),
  place("乌鲁木齐市", "天山区", "新疆维吾尔自治区", P),
  place("无锡市", "梁溪区", "江苏省", P),
  place("温州市", "鹿城区", "浙江省", P),
  place("洛阳市", "老城区", "河南省", P),
  place("桂林市", "秀峰区", "广西壮族自治区", P),
  place("泉州市", "鲤城区", "福建省", P),
  place("烟台市", "芝罘区", "山东省", P),
  place("徐州市", "云龙区", "江苏省", P),
  place("唐山市", "路南区", "河北省", P),
  place("保定市", "竞秀区", "河北省", P),
  place("大同市", "平城区", "山西省", P),
  place("开封市", "龙亭区", "河南省", P),
  place("宜昌市", "西陵区", "湖北省", P),
  place("株洲市", "荷塘区", "湖南省", P),
  place("珠海市", "香洲区", "广东省", P),
  place("汕头市", "金平区", "广东省", P),
  place("柳州市", "鱼峰区", "广西壮族自治区", P),
  place("绵阳市", "涪城区", "四川省", P),
  place("遵义市", "红花岗区", "贵州省", P),
  place("赣州市", "章贡区", "江西省", P),
  place("芜湖市", "镜湖区", "安徽省", P),
  place("包头市", "昆都仑区", "内蒙古自治区", P),
  place("吉林市", "船营区", "吉林省", P),
  place("齐齐哈尔市", "龙沙区", "黑龙江省", P),
  place("鞍山市", "铁东区", "辽宁省", P),
  place("宝鸡市", "金台区", "陕西省", P),
  place("天水市", "秦州区", "甘肃省", P),
];

/**
 * Beyond the real districts above (bench sizes only): plausible but invented compass-point
 * districts of the same cities, always written in full in the log.
 */
const INVENTED_DISTRICTS = ["城东区", "城西区", "城南区", "城北区", "新区", "滨江区", "高新区", "经开区", "临港区", "北湖区", "南湖区"];

function fillerPlaces(count: number): Place[] {
  const out = FILLERS.slice(0, count);
  const cities = [...new Set([...FILLERS, ...Object.values(PLANTED)].map((p) => `${p.city}|${p.province}`))];
  for (let i = 0; out.length < count; i++) {
    const [city, province] = cities[i % cities.length].split("|");
    const district = INVENTED_DISTRICTS[Math.floor(i / cities.length)];
    if (district === undefined) throw new RangeError(`at most ${FILLERS.length + cities.length * INVENTED_DISTRICTS.length} filler partners`);
    out.push(place(city, district, province, P));
  }
  return out;
}

const CANDIDATE_HEADER = [
  "序号", "城市（区）名称", "省份", "级别", "第五条（一）", "第五条（二）", "第五条（三）", "第五条（四）", "第五条（五）",
  "形成初步意见日期", "向主要领导汇报日期", "备注",
];

const UNKNOWN_PARTNER = "景德镇市";
const AMBIGUOUS_PARTNER = "鼓楼区";

// ---------------------------------------------------------------------------------------------
// Randomness and dates

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const plusDays = (iso: IsoDate, days: number): IsoDate => fromLocalDate(addDays(toLocalDate(iso), days));

const FMT_ZH = 'yyyy"年"m"月"d"日"';
const FMT_SLASH = "yyyy/m/d";

/** How a date is written in a cell. */
export type DateForm = "date" | "date-slash" | "iso" | "slash" | "dot" | "zh" | "zh-spaced" | "zh-numerals" | "full-width";

const ZH_DIGITS = "〇一二三四五六七八九";
const zhCount = (n: number): string =>
  n <= 10 ? (n === 10 ? "十" : ZH_DIGITS[n]) : n < 20 ? "十" + ZH_DIGITS[n - 10] : ZH_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? ZH_DIGITS[n % 10] : "");
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export function writeDate(iso: IsoDate, form: DateForm): PlannedCell {
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  switch (form) {
    case "date":
      return { serial: toExcelSerial(iso), numFmt: FMT_ZH };
    case "date-slash":
      return { serial: toExcelSerial(iso), numFmt: FMT_SLASH };
    case "iso":
      return iso;
    case "slash":
      return `${y}/${m}/${d}`;
    case "dot":
      return `${y}.${m}.${d}`;
    case "zh":
      return `${y}年${m}月${d}日`;
    case "zh-spaced":
      return `${y} 年 ${m} 月 ${d} 日`;
    case "zh-numerals":
      return `${[...y].map((c) => ZH_DIGITS[Number(c)]).join("")}年${zhCount(m)}月${zhCount(d)}日`;
    case "full-width":
      return fullWidth(`${y}年${m}月${d}日`);
  }
}

const SIGNING_FORMS: DateForm[] = ["date", "zh", "date", "slash", "iso", "dot", "date", "zh-numerals", "full-width", "zh-spaced"];

// ---------------------------------------------------------------------------------------------
// The workbook

export const PLANTED_PARTNERS = Object.keys(PLANTED).length + ALTERNATIVES.length;

export function generateSample(partial: Partial<SampleOptions> = {}): GeneratedSample {
  const options: SampleOptions = { ...DEFAULT_SAMPLE_OPTIONS, ...partial };
  const { anchor } = options;
  if (isoDate(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)), Number(anchor.slice(8, 10))) !== anchor) {
    throw new RangeError(`anchor ${anchor} is not a date`);
  }
  if (options.partners < PLANTED_PARTNERS) throw new RangeError(`partners must be at least ${PLANTED_PARTNERS}`);
  if (options.exchanges < 40) throw new RangeError("exchanges must be at least 40");
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const year = Number(anchor.slice(0, 4));
  const sheetNames: Record<Role, string> = {
    register: "结好城市名册",
    candidates: "缔结候选评估",
    exchanges: "交流往来记录",
    events: "友城动态及回应",
    filings: "部门协议备案",
  };
  const planted: PlantedCase[] = [];
  const plant = (rule: string, sheet: PlannedSheet, index: number, column: string | null, note: string): void => {
    planted.push({ rule, sheet: sheet.name, row: sheet.titles.length + 2 + index, column, note });
  };
  const col = (sheet: PlannedSheet, header: string): string => {
    const i = sheet.header.indexOf(header);
    if (i < 0) throw new Error(`no column ${header} on ${sheet.name}`);
    return columnLetter(i);
  };

  // ---- register ------------------------------------------------------------------------------
  const register: PlannedSheet = {
    name: sheetNames.register,
    role: "register",
    titles: ["北京市西城区国内友好城市（区）结好情况一览表", `填报单位：区政府对外联络服务办公室\u3000\u3000截至${year}年${Number(anchor.slice(5, 7))}月`],
    mergeTitles: true,
    header: [
      "序号", "结好城市", "所在省市", "级别", "结好类型", "常务会（专题会）日期", "人大决定日期", "缔结日期", "我方签署人",
      "有效期限", "有效期至", "续签", "关系状态", "文本份数", "我方持有份数", "原件保管", "行政区划变更", "联系人", "备注",
    ],
    rows: [],
    table: null,
    widths: [6, 20, 12, 16, 14, 14, 14, 16, 12, 10, 14, 12, 10, 10, 12, 14, 24, 10, 20],
  };
  const agreements: ExpectedAgreement[] = [];
  const contacts = ["李科长", "张科长", "王干事", "赵干事"];

  interface RegisterRow {
    place: Place;
    relation?: string | null;
    gov?: IsoDate | null;
    npc?: IsoDate | null;
    signing: IsoDate | null;
    signingForm?: DateForm;
    term?: number | string;
    endDate?: IsoDate;
    renewal?: IsoDate | string;
    statusText?: string;
    copies?: [number, number];
    custodian?: string;
    division?: string;
    notes?: string;
    /** What the generator means the status to be; checked against the dates it wrote. */
    expect: Status;
  }

  /** Signing date whose 5-year term leaves `daysLeft` days from the anchor (±1 for 29 February). */
  const signedFor = (daysLeft: number, years = 5): IsoDate => {
    const last = plusDays(anchor, daysLeft);
    return addYearsClamped(last, -years);
  };
  const addRegisterRow = (row: RegisterRow): number => {
    const index = register.rows.length;
    const termYears = typeof row.term === "number" ? row.term : 5;
    const renewalDate = typeof row.renewal === "string" && /^\d{4}-\d{2}-\d{2}$/.test(row.renewal) ? row.renewal : null;
    const termStart = row.signing === null ? null : renewalDate !== null && renewalDate > row.signing ? renewalDate : row.signing;
    const computed = termStart === null ? null : addYearsClamped(termStart, termYears);
    const lastDay = row.endDate ?? computed;
    const daysLeft = lastDay === null ? null : daysBetween(anchor, lastDay);
    const status: Status =
      row.statusText === "已终止"
        ? "terminated"
        : daysLeft === null
          ? "unknown"
          : daysLeft < 0
            ? "expired"
            : daysLeft <= 90
              ? "urgent"
              : daysLeft <= 180
                ? "expiring"
                : "active";
    if (status !== row.expect) throw new Error(`generator: ${row.place.name} comes out ${status}, meant ${row.expect}`);
    const form = row.signingForm ?? SIGNING_FORMS[index % SIGNING_FORMS.length];
    const [copies, held] = row.copies ?? [4, 2];
    const date = (d: IsoDate | null | undefined): PlannedCell => (d ? writeDate(d, "date") : null);
    register.rows.push([
      agreements.length + 1,
      row.place.name,
      row.place.province,
      row.place.level,
      row.relation === undefined ? "友好城市" : row.relation,
      date(row.gov),
      date(row.npc),
      row.signing === null ? null : writeDate(row.signing, form),
      index % 3 === 0 ? "区长" : "区委书记",
      row.term ?? 5,
      row.endDate ? writeDate(row.endDate, "date") : null,
      row.renewal === undefined ? null : renewalDate !== null ? writeDate(renewalDate, "date") : row.renewal,
      row.statusText ?? (index % 2 ? "正常" : "有效"),
      copies,
      held,
      row.custodian ?? (index % 4 === 1 ? "区政府对外联络服务办公室" : "区外联办"),
      row.division ?? (["无", "否", "无", ""][index % 4] || null),
      contacts[index % contacts.length],
      row.notes ?? null,
    ]);
    agreements.push({
      partner: row.place.name,
      sheet: register.name,
      row: register.titles.length + 2 + index,
      status,
      termStart,
      lastDay,
    });
    return index;
  };
  /** The usual approvals: meeting 40 days and NPC decision 20 days before signing. */
  const approvals = (signing: IsoDate) => ({ gov: plusDays(signing, -40), npc: plusDays(signing, -20) });

  // A control row: every step in order, active.
  const controlSigning = signedFor(900);
  addRegisterRow({ place: PLANTED.control, ...approvals(controlSigning), signing: controlSigning, expect: "active" });

  const expiredSigning = signedFor(-75);
  let i = addRegisterRow({
    place: PLANTED.expired, ...approvals(expiredSigning), signing: expiredSigning, signingForm: "date",
    renewal: "协商中", notes: "续签事宜正在沟通", expect: "expired",
  });
  plant("TERM-EXPIRED", register, i, null, "term ended 75 days before the anchor; 续签 holds the note 协商中, not a date");

  const urgentSigning = signedFor(40);
  i = addRegisterRow({ place: PLANTED.urgent, ...approvals(urgentSigning), signing: urgentSigning, signingForm: "slash", expect: "urgent" });
  plant("TERM-URGENT", register, i, null, "40 days left");

  const expiringSigning = signedFor(150);
  i = addRegisterRow({ place: PLANTED.expiring, ...approvals(expiringSigning), signing: expiringSigning, signingForm: "dot", expect: "expiring" });
  plant("TERM-EXPIRING", register, i, null, "150 days left");

  // 29 February: the latest one on or before the anchor; its fifth anniversary is 28 February.
  let leap = year;
  while (isoDate(leap, 2, 29) === null || `${leap}-02-29` > anchor) leap--;
  const leapSigning = `${leap}-02-29`;
  addRegisterRow({ place: PLANTED.leapDay, ...approvals(leapSigning), signing: leapSigning, signingForm: "zh", expect: "active" });

  const shortSigning = plusDays(anchor, -400);
  i = addRegisterRow({ place: PLANTED.shortTerm, ...approvals(shortSigning), signing: shortSigning, term: 3, signingForm: "iso", expect: "active" });
  plant("TERM-LENGTH", register, i, col(register, "有效期限"), "a friendly city with a 3-year term");

  const mismatchSigning = signedFor(400);
  i = addRegisterRow({
    place: PLANTED.mismatch, ...approvals(mismatchSigning), signing: mismatchSigning,
    endDate: plusDays(addYearsClamped(mismatchSigning, 5), -1), expect: "active",
  });
  plant("TERM-MISMATCH", register, i, col(register, "有效期至"), "有效期至 is one day before the computed last day");

  const terminatedSigning = plusDays(anchor, -365 * 9 - 50);
  addRegisterRow({
    place: PLANTED.terminated, ...approvals(terminatedSigning), signing: terminatedSigning, statusText: "已终止",
    notes: "经双方协商解除结好关系", expect: "terminated",
  });

  const noSigningGov = plusDays(anchor, -700);
  i = addRegisterRow({ place: PLANTED.noSigning, gov: noSigningGov, npc: plusDays(noSigningGov, 15), signing: null, expect: "unknown" });
  plant("DATA-MISSING", register, i, col(register, "缔结日期"), "no signing date");
  plant("PROC-NEXT", register, i, null, "decided by the NPC, not signed: signing is next");

  const npcSigning = signedFor(1200);
  i = addRegisterRow({
    place: PLANTED.npcAfter, gov: plusDays(npcSigning, -30), npc: plusDays(npcSigning, 20), signing: npcSigning, expect: "active",
  });
  plant("PROC-ORDER", register, i, col(register, "人大决定日期"), "NPC decision 20 days after signing");

  const noNpcSigning = signedFor(1000);
  i = addRegisterRow({ place: PLANTED.noNpc, gov: plusDays(noNpcSigning, -30), npc: null, signing: noNpcSigning, expect: "active" });
  plant("PROC-NPC", register, i, col(register, "人大决定日期"), "friendly city without an NPC decision");

  const copiesSigning = signedFor(800);
  i = addRegisterRow({ place: PLANTED.copies, ...approvals(copiesSigning), signing: copiesSigning, copies: [2, 1], expect: "active" });
  plant("TEXT-COPIES", register, i, col(register, "文本份数"), "2 copies, 1 held");

  const custodySigning = signedFor(1400);
  i = addRegisterRow({ place: PLANTED.custody, ...approvals(custodySigning), signing: custodySigning, custodian: "区档案馆", expect: "active" });
  plant("TEXT-CUSTODY", register, i, col(register, "原件保管"), "kept by 区档案馆");

  const divisionSigning = signedFor(600);
  i = addRegisterRow({
    place: PLANTED.division, ...approvals(divisionSigning), signing: divisionSigning,
    division: "2012年原四方区并入市北区", expect: "active",
  });
  plant("DIV-CHANGE", register, i, col(register, "行政区划变更"), "a division change is recorded");

  const renewal = signedFor(500);
  const firstSigning = addYearsClamped(renewal, -5);
  addRegisterRow({ place: PLANTED.renewed, ...approvals(firstSigning), signing: firstSigning, renewal, notes: "已续签", expect: "active" });

  const quietSigning = signedFor(700);
  i = addRegisterRow({ place: PLANTED.quiet, ...approvals(quietSigning), signing: quietSigning, expect: "active" });
  plant("ACT-NONE", register, i, null, `no exchange in ${year}, two in ${year - 1}`);

  for (const p of [PLANTED.disaster, PLANTED.late, PLANTED.quake]) {
    const s = signedFor(300 + Math.floor(random() * 1200));
    addRegisterRow({ place: p, ...approvals(s), signing: s, expect: "active" });
  }

  // Fillers: signed 0.3–4.4 years ago, so that more than 180 days are left.
  const fillers = fillerPlaces(options.partners - PLANTED_PARTNERS);
  fillers.forEach((p, k) => {
    const s = plusDays(anchor, -110 - Math.floor(random() * 1500));
    const relation = k === 2 ? null : k % 5 === 4 ? "友城" : undefined;
    addRegisterRow({ place: p, ...approvals(s), signing: s, relation, term: k % 6 === 3 ? "5年" : undefined, expect: "active" });
  });

  register.rows.push([]); // a blank row before the other kinds of agreement
  for (const alt of ALTERNATIVES) {
    const s = plusDays(anchor, -200 - Math.floor(random() * 300));
    addRegisterRow({
      place: alt.place, relation: alt.relation, signing: s, term: alt.term, copies: [2, 1],
      custodian: "区发展改革委", gov: plusDays(s, -30), expect: "active",
    });
  }

  // ---- candidates ----------------------------------------------------------------------------
  const candidates: PlannedSheet = {
    name: sheetNames.candidates,
    role: "candidates",
    titles: [`${year}年拟缔结国内友好城市（区）条件评估`],
    mergeTitles: true,
    header: CANDIDATE_HEADER,
    rows: [],
    table: null,
    widths: [6, 22, 12, 14, 12, 12, 12, 12, 12, 16, 18, 24],
  };
  const visited = "泰州市";
  const candidateRows: { name: string; province: string; level: string; marks: PlannedCell[]; pre?: IsoDate; report?: IsoDate; rules: string[]; note: string }[] = [
    { name: visited, province: "江苏省", level: "地级市", marks: ["是", "是", "是", "是", "是"], pre: plusDays(anchor, -200), report: plusDays(anchor, -180), rules: [], note: "all five met; a leader visit is in the log" },
    { name: "绍兴市", province: "浙江省", level: "地级市", marks: ["✓", "✓", "✓", "✓", "✓"], pre: plusDays(anchor, -90), report: plusDays(anchor, -120), rules: ["ELIG-MATURITY", "PROC-ORDER"], note: "all five met, no leader visit; reported to leaders before the preliminary opinion" },
    { name: "黔东南苗族侗族自治州", province: "贵州省", level: "自治州", marks: ["Y", "Y", "N", "Y", "N"], pre: plusDays(anchor, -60), rules: [], note: "three met: alternative" },
    { name: "义乌市", province: "浙江省", level: "县级市", marks: [0, 1, 1, 0, 0], rules: ["ELIG-LEVEL"], note: "a county-level city (lower); two met" },
    { name: "沈阳市", province: "辽宁省", level: "副省级城市", marks: ["符合", "符合", "不符合", "符合", "符合"], rules: ["ELIG-LEVEL"], note: "a sub-provincial city (higher); four met" },
    { name: "安吉县", province: "浙江省", level: "县", marks: [false, "×", null, "不具备", "否"], rules: ["ELIG-LEVEL"], note: "a county (lower); none met, one blank" },
  ];
  candidateRows.forEach((c, k) => {
    candidates.rows.push([k + 1, c.name, c.province, c.level, ...c.marks, c.pre ? writeDate(c.pre, "date") : null, c.report ? writeDate(c.report, "zh") : null, null]);
    plant("ELIG-CRITERIA", candidates, k, null, c.note);
    plant("PROC-NEXT", candidates, k, null, c.note);
    for (const rule of c.rules) {
      const column = rule === "ELIG-LEVEL" ? col(candidates, "级别") : rule === "PROC-ORDER" ? col(candidates, "向主要领导汇报日期") : null;
      plant(rule, candidates, k, column, c.note);
    }
  });

  // ---- exchanges -----------------------------------------------------------------------------
  const exchanges: PlannedSheet = {
    name: sheetNames.exchanges,
    role: "exchanges",
    titles: [`${year - 1}—${year}年友好城市（区）交流往来登记`],
    mergeTitles: false,
    header: ["活动日期", "友好城市（区）", "活动内容", "合作领域", "交流形式", "方向", "牵头单位", "参加人数", "存档资料", "登载刊物"],
    rows: [],
    table: "交流往来",
    widths: [16, 20, 30, 10, 12, 8, 18, 10, 22, 14],
  };
  const allNames = [...agreements.map((a) => a.partner), ...candidateRows.map((c) => c.name)];
  const realNames = new Set([...Object.values(PLANTED), ...FILLERS].map((p) => p.name));
  /** A short form is used only where exactly one name of the register or candidates ends with it. */
  const unique = (short: string): boolean => allNames.filter((n) => n.endsWith(short)).length === 1;
  const writtenNames = (p: Place): string[] => {
    const forms = [p.name];
    if (!realNames.has(p.name) || !p.city) return forms;
    const district = p.name.slice(p.city.length);
    if (unique(district)) forms.push(district);
    if (!district.includes("市")) forms.push(p.city.replace(/市$/, "") + district);
    forms.push(`${p.city} ${district}`);
    return forms;
  };
  const FIELDS = ["经贸", "文化", "科技", "教育", "卫生", "旅游", "商贸", "农副产品", "其他"];
  const TOPIC: Record<string, string> = {
    经贸: "经贸合作", 文化: "文化交流", 科技: "科技创新", 教育: "教育协作", 卫生: "医疗卫生",
    旅游: "文旅推介", 商贸: "商贸洽谈", 农副产品: "农副产品产销对接", 其他: "干部交流",
  };
  const FORMS = ["考察交流", "考察交流", "会议论坛", "培训", "活动邀请", "挂职交流"];
  const UNITS = ["区外联办", "区商务局", "区教委", "区文化和旅游局", "区卫生健康委", "区科技和信息化局"];
  const MATERIALS = ["概要", "图片", "文字", "视频"];
  const startOfLog = `${year - 1}-01-01`;
  const yearStart = `${year}-01-01`;
  const spanDays = (from: IsoDate): number => Math.max(1, daysBetween(from, plusDays(anchor, -1)));

  interface Exchange {
    date: IsoDate | null;
    dateCell: PlannedCell;
    written: string;
    partner: string | null;
    form: string;
    field: string;
    archive: string | null;
    rules: { rule: string; column: string | null; note: string }[];
  }
  const dateCellFor = (d: IsoDate): PlannedCell => {
    const r = random();
    return writeDate(d, r < 0.9 ? "date" : r < 0.95 ? "iso" : r < 0.98 ? "dot" : "zh");
  };
  const makeExchange = (p: Place, date: IsoDate, form?: string): Exchange => {
    const names = writtenNames(p);
    const r = random();
    const written = r < 0.6 || names.length === 1 ? names[0] : names[1 + Math.floor(random() * (names.length - 1))];
    const archive = random() < 0.12 ? null : MATERIALS.filter(() => random() < 0.6).join("、") || "概要";
    return {
      date,
      dateCell: dateCellFor(date),
      written,
      partner: p.name,
      form: form ?? (random() < 0.08 ? "领导互访" : pick(FORMS)),
      field: pick(FIELDS),
      archive,
      rules: archive === null ? [{ rule: "ARCH-MISSING", column: col(exchanges, "存档资料"), note: "no archive material" }] : [],
    };
  };

  const active = [...Object.values(PLANTED), ...fillers, ...ALTERNATIVES.map((a) => a.place)].filter(
    (p) => p !== PLANTED.terminated && p !== PLANTED.quiet,
  );
  const log: Exchange[] = [];
  // Every partner but the quiet one has an exchange in the year; the quiet one only the year before.
  for (const p of active) log.push(makeExchange(p, plusDays(yearStart, Math.floor(random() * spanDays(yearStart)))));
  for (let k = 0; k < 2; k++) log.push(makeExchange(PLANTED.quiet, plusDays(startOfLog, 20 + Math.floor(random() * 300))));
  log.push(makeExchange(PLANTED.terminated, plusDays(startOfLog, Math.floor(random() * 200))));

  const special = (written: string, date: IsoDate | null, dateCell: PlannedCell, rule: string, column: string | null, note: string, form?: string): Exchange => ({
    date, dateCell, written, partner: null, form: form ?? "考察交流", field: "文化", archive: "概要、图片", rules: rule ? [{ rule, column, note }] : [],
  });
  const inYear = (offset: number): IsoDate => plusDays(anchor, -offset);
  const chronological: Exchange[] = [
    special(UNKNOWN_PARTNER, inYear(70), writeDate(inYear(70), "date"), "DATA-PARTNER", col(exchanges, "友好城市（区）"), "a city on neither the register nor the candidates"),
    special(AMBIGUOUS_PARTNER, inYear(45), writeDate(inYear(45), "date"), "DATA-PARTNER", col(exchanges, "友好城市（区）"), "鼓楼区 is in 南京市 and in 福州市"),
    special(visited, inYear(150), writeDate(inYear(150), "date"), "", null, "a leader visit with a candidate", "领导互访"),
  ];
  const lateRows = [
    special(PLANTED.control.name, null, "待定", "DATA-DATE", col(exchanges, "活动日期"), "date 待定"),
    special(PLANTED.late.name, null, null, "DATA-MISSING", col(exchanges, "活动日期"), "no date"),
  ];
  // The rest at random, never naming the quiet partner.
  const remaining = options.exchanges - log.length - chronological.length - lateRows.length;
  for (let k = 0; k < remaining; k++) {
    log.push(makeExchange(pick(active), plusDays(startOfLog, Math.floor(random() * spanDays(startOfLog)))));
  }
  const sorted = [...log, ...chronological].sort((a, b) => (a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : 0);
  const exchangesByPartner: Record<string, { year: number; previousYear: number }> = {};
  for (const a of agreements) exchangesByPartner[a.partner] = { year: 0, previousYear: 0 };
  [...sorted, ...lateRows].forEach((x, k) => {
    const direction = random() < 0.5 ? "来访" : "出访";
    const label = x.written.trim();
    const title =
      x.form === "领导互访"
        ? direction === "来访" ? `${label}主要领导来访` : `区主要领导赴${label}考察`
        : direction === "来访" ? `${label}${TOPIC[x.field]}代表团来访` : `赴${label}开展${TOPIC[x.field]}`;
    const published = random() < 0.7 ? null : random() < 0.6 ? "《西城信息》" : "《调研与决策》";
    exchanges.rows.push([x.dateCell, x.written, title, x.field, x.form, direction, pick(UNITS), 3 + Math.floor(random() * 28), x.archive, published]);
    for (const r of x.rules) plant(r.rule, exchanges, k, r.column, r.note);
    if (x.partner !== null && x.date !== null && exchangesByPartner[x.partner]) {
      const y = Number(x.date.slice(0, 4));
      if (y === year) exchangesByPartner[x.partner].year++;
      if (y === year - 1) exchangesByPartner[x.partner].previousYear++;
    }
  });
  if (exchangesByPartner[PLANTED.quiet.name].year !== 0) throw new Error("generator: the quiet partner has an exchange");

  // ---- events --------------------------------------------------------------------------------
  const events: PlannedSheet = {
    name: sheetNames.events,
    role: "events",
    titles: [],
    mergeTitles: false,
    header: ["时间", "友好城市（区）", "事件类型", "详情", "回应方式", "发函日期"],
    rows: [],
    table: null,
    widths: [14, 20, 16, 28, 14, 14],
  };
  const eventRows: [number, string, string, string, string | null, number | null, string | null, string][] = [
    [250, "上海静安区", "重要节日", "春节", "贺卡", 249, null, "on time"],
    [200, "西湖区", "重要节日", "建区周年纪念", "慰问信", 198, "EVENT-MISMATCH", "a festival answered with condolences"],
    [150, PLANTED.quake.name, "严重自然灾害", "地震", "贺电", 149, "EVENT-MISMATCH", "a disaster answered with congratulations"],
    [100, PLANTED.late.name, "主要领导任职", "区长任职", "贺信", 85, "EVENT-LATE", "answered 15 days later"],
    [60, "沙坪坝区", "严重自然灾害", "暴雨引发洪涝", null, null, "EVENT-NO-RESPONSE", "60 days without a response"],
    [40, PLANTED.expired.name, "主要领导调整", "区委书记调整", "贺信", 38, null, "on time"],
    [30, PLANTED.mismatch.name, "重大突发事件", "居民楼火灾", "慰问函", 35, "DATA-ORDER", "answered before the event"],
    [20, PLANTED.control.name, "活动邀请", "国际文化旅游节开幕式", null, null, "INVITE-NO-ANSWER", "an invitation (第十条) 20 days without an answer"],
    [3, PLANTED.noNpc.name, "主要领导变动", "区长调整", null, null, null, "3 days old: not yet late"],
  ];
  eventRows.forEach(([ago, partner, type, details, response, answeredAgo, rule, note], k) => {
    const day = plusDays(anchor, -ago);
    events.rows.push([
      writeDate(day, k % 3 === 2 ? "iso" : "date"), partner, type, details, response,
      answeredAgo === null ? null : writeDate(plusDays(anchor, -answeredAgo), "date"),
    ]);
    if (rule) {
      const column = rule === "EVENT-MISMATCH" ? col(events, "回应方式") : rule === "DATA-ORDER" ? col(events, "发函日期") : null;
      plant(rule, events, k, column, note);
    }
  });

  // ---- departmental agreements (第十四条) ----------------------------------------------------
  const filings: PlannedSheet = {
    name: sheetNames.filings,
    role: "filings",
    titles: [],
    mergeTitles: false,
    header: ["我方部门", "对方单位", "协议名称", "合作领域", "签约日期", "备案日期"],
    rows: [],
    table: null,
    widths: [16, 26, 24, 10, 16, 14],
  };
  const filingRows: [string, string, string, string, number, DateForm, number | null, string | null, string][] = [
    ["区教委", "天津市南开区教育局", "基础教育协作协议", "教育", 300, "date", 290, null, "filed ten days after signing"],
    ["区卫生健康委", "南京市鼓楼区卫生健康委员会", "医疗卫生协作协议", "卫生", 120, "date", null, "FILING-MISSING", "no filing date"],
    ["区商务局", "青岛市市南区商务局", "商贸流通合作协议", "商贸", 200, "zh", 210, "DATA-ORDER", "filed before it was signed"],
    ["区科技和信息化局", "深圳市福田区科技创新局", "科技创新合作协议", "科技", 400, "slash", 380, null, "in order"],
  ];
  filingRows.forEach(([dept, counterpart, name, field, signedAgo, form, filedAgo, rule, note], k) => {
    filings.rows.push([dept, counterpart, name, field, writeDate(plusDays(anchor, -signedAgo), form), filedAgo === null ? null : writeDate(plusDays(anchor, -filedAgo), "date")]);
    if (rule) plant(rule, filings, k, col(filings, "备案日期"), note);
  });

  const notes: PlannedSheet = {
    name: "填表说明",
    role: null,
    titles: [],
    mergeTitles: false,
    header: ["填表说明"],
    rows: [
      ["1. 本台账由区外联办负责维护，各部门于每季度末报送交流情况。"],
      ["2. 结好类型填写：友好城市、合作框架协议、单项领域合作协议、对口帮扶支援协议。"],
      ["3. 日期请按“2024年3月5日”格式填写。"],
    ],
    table: null,
    widths: [70],
  };

  planted.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row || (a.rule < b.rule ? -1 : 1)));
  return {
    options,
    year,
    sheetNames,
    sheets: [register, candidates, exchanges, events, filings, notes],
    planted,
    agreements,
    exchangesByPartner,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

const toValue = (cell: PlannedCell): ExcelJS.CellValue => (cell !== null && typeof cell === "object" ? cell.serial : cell);
const HEADER_FONT = { bold: true } as const;
const TITLE_FONT = { bold: true, size: 14 } as const;

/** The full workbook: merged titles, frozen headers, the exchange log as an Excel table. */
export function toExcelWorkbook(sample: GeneratedSample): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "区外联办";
  // A fixed timestamp keeps the file's content the same from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(Number(sample.options.anchor.slice(0, 4)), 0, 1));
  for (const sheet of sample.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: sheet.titles.length + 1 }] });
    sheet.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    writeTitles(ws, sheet);
    const headerRow = sheet.titles.length + 1;
    if (sheet.table) {
      ws.addTable({
        name: sheet.table,
        ref: `A${headerRow}`,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: sheet.header.map((name) => ({ name, filterButton: true })),
        rows: sheet.rows.map((row) => sheet.header.map((_, c) => toValue(row[c] ?? null))),
      });
      sheet.rows.forEach((row, r) => row.forEach((cell, c) => setFormat(ws.getCell(headerRow + 1 + r, c + 1), cell)));
    } else {
      const header = ws.getRow(headerRow);
      header.values = sheet.header;
      header.font = HEADER_FONT;
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const target = ws.getCell(headerRow + 1 + r, c + 1);
          target.value = toValue(cell);
          setFormat(target, cell);
        });
      });
    }
  }
  return workbook;
}

function writeTitles(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  sheet.titles.forEach((title, r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.value = title;
    cell.font = r === 0 ? TITLE_FONT : {};
    if (sheet.mergeTitles) {
      ws.mergeCells(r + 1, 1, r + 1, sheet.header.length);
      cell.alignment = { horizontal: r === 0 ? "center" : "left" };
    }
  });
}

function setFormat(cell: ExcelJS.Cell, planned: PlannedCell): void {
  if (planned !== null && typeof planned === "object") cell.numFmt = planned.numFmt;
}

/**
 * Writes the sample to `path` (via a temporary file and a rename). `streaming` uses exceljs's
 * streaming writer — fast and lean for the bench's 100,000 rows — which cannot write Excel tables:
 * the exchange log is then a plain range with the same header row.
 */
export async function writeSampleFile(path: string, sample: GeneratedSample, { streaming = false } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    if (streaming) await writeStreaming(temp, sample);
    else await toExcelWorkbook(sample).xlsx.writeFile(temp);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function writeStreaming(path: string, sample: GeneratedSample): Promise<void> {
  const stream = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const sheet of sample.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    writeTitles(ws, sheet);
    sheet.titles.forEach((_, r) => ws.getRow(r + 1).commit());
    const header = ws.getRow(sheet.titles.length + 1);
    header.values = sheet.header;
    header.font = HEADER_FONT;
    header.commit();
    sheet.rows.forEach((row, r) => {
      const target = ws.getRow(sheet.titles.length + 2 + r);
      row.forEach((cell, c) => {
        const t = target.getCell(c + 1);
        t.value = toValue(cell);
        setFormat(t, cell);
      });
      target.commit();
    });
    ws.commit();
  }
  await workbook.commit();
}
