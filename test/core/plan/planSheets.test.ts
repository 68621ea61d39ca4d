/**
 * What a user sees in the add-in's sheets, checked on the plan (STYLE.md: tests of what the
 * add-in writes are tests of the plan). Expected values come from the scenario in fixtures.ts,
 * worked out by hand from RULES.md.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { planWrites, type PlanScope } from "../../../src/core/plan/planWrites";
import type { LinkValue, PlanValue, SheetPlan, WritePlan } from "../../../src/core/plan/writePlan";
import type { Lang } from "../../../src/core/model";
import { FIELD_CATEGORIES } from "../../../src/core/records/fieldCategory";
import { book, serial, sheet } from "../../helpers/grid";
import {
  AGREEMENTS,
  CANDIDATES,
  EXCHANGES,
  HAN_ONLY,
  mainBook,
  NO_HAN,
  REGISTER,
  TODAY,
  YEAR,
  daysLeftOf,
  excel,
  registerSheet,
} from "./fixtures";

const analysis = analyzeWorkbook(mainBook(), { today: TODAY });
const plan = (lang: Lang, scope: PlanScope = "all", fixedToday: string | null = TODAY): WritePlan =>
  planWrites(analysis, mainBook(), { lang, scope, fixedToday });
const byTable = (p: WritePlan, table: string): SheetPlan => {
  const s = p.sheets.find((x) => x.tableName === table);
  if (!s) throw new Error(`no sheet with table ${table}`);
  return s;
};
const isLink = (v: PlanValue | LinkValue): v is LinkValue => v !== null && typeof v === "object";

describe("scope", () => {
  test.each([
    ["zh-CN", ["到期提醒", "合规检查", "资格评估", `${YEAR}年度交流总结`]],
    ["en-US", ["Expiry", "Findings", "Eligibility", `${YEAR} Summary`]],
  ] as const)("'all' in %s makes exactly the four sheets, each a table with its header frozen", (lang, names) => {
    const p = plan(lang);
    expect(p.sheets.map((s) => s.name)).toEqual(names);
    expect(p.sheets.map((s) => s.tableName)).toEqual([
      "PartnerCities_Expiry",
      "PartnerCities_Findings",
      "PartnerCities_Eligibility",
      `PartnerCities_Summary_${YEAR}`,
    ]);
    for (const s of p.sheets) {
      expect({ sheet: s.name, freezeRows: s.freezeRows }).toEqual({ sheet: s.name, freezeRows: 1 });
      // every body row has one cell per column
      for (const row of s.rows) expect(row).toHaveLength(s.columns.length);
      if (s.totals) expect(s.totals).toHaveLength(s.columns.length);
    }
    expect(p.highlights.map((h) => h.sheet)).toEqual([REGISTER]);
    expect(p.clearOtherHighlights).toBe(true);
    expect(p.deleteSheets).toEqual([]);
  });

  test("headers are in the plan's language", () => {
    for (const s of plan("zh-CN").sheets)
      for (const c of s.columns)
        expect({ sheet: s.name, header: c.header }).toEqual({ sheet: s.name, header: expect.stringMatching(HAN_ONLY) });
    for (const s of plan("en-US").sheets)
      for (const c of s.columns)
        expect({ sheet: s.name, header: c.header }).toEqual({ sheet: s.name, header: expect.stringMatching(NO_HAN) });
    // the same columns in both languages, and no two columns of a sheet share a header
    const zh = plan("zh-CN").sheets;
    plan("en-US").sheets.forEach((s, i) => {
      expect(s.columns.map((c) => c.kind)).toEqual(zh[i].columns.map((c) => c.kind));
      expect(new Set(s.columns.map((c) => c.header)).size).toBe(s.columns.length);
      expect(new Set(zh[i].columns.map((c) => c.header)).size).toBe(s.columns.length);
    });
  });

  test("'highlights' makes only the expiry sheet, and the highlights that read it", () => {
    const p = plan("zh-CN", "highlights");
    expect(p.sheets.map((s) => [s.name, s.tableName])).toEqual([["到期提醒", "PartnerCities_Expiry"]]);
    expect(p.highlights).toHaveLength(1);
    expect(p.highlights[0].sheet).toBe(REGISTER);
    expect(p.clearOtherHighlights).toBe(true);
    // the expiry sheet is the same one "all" writes
    expect(p.sheets[0]).toEqual(plan("zh-CN").sheets[0]);
  });

  test("'summary' makes only the year's summary and leaves the highlights alone", () => {
    for (const [lang, name] of [
      ["zh-CN", `${YEAR}年度交流总结`],
      ["en-US", `${YEAR} Summary`],
    ] as const) {
      const p = plan(lang, "summary");
      expect(p.sheets.map((s) => [s.name, s.tableName])).toEqual([[name, `PartnerCities_Summary_${YEAR}`]]);
      expect(p.highlights).toEqual([]);
      expect(p.clearOtherHighlights).toBe(false);
      expect(p.deleteSheets).toEqual([]);
    }
  });

  test("the summary sheet is named for the analysis year, not today's", () => {
    const a2025 = analyzeWorkbook(mainBook(), { today: TODAY, year: 2025 });
    const p = planWrites(a2025, mainBook(), { lang: "zh-CN", scope: "summary", fixedToday: null });
    expect(p.sheets.map((s) => [s.name, s.tableName])).toEqual([["2025年度交流总结", "PartnerCities_Summary_2025"]]);
  });

  test("settings given to the plan are carried as they are", () => {
    const p = planWrites(analysis, mainBook(), {
      lang: "zh-CN",
      scope: "all",
      fixedToday: null,
      settings: { today: "2026-11-27", old: null },
    });
    expect(p.settings).toEqual({ today: "2026-11-27", old: null });
    expect(plan("zh-CN").settings).toEqual({});
  });
});

describe("到期提醒 (expiry)", () => {
  const expiry = byTable(plan("zh-CN"), "PartnerCities_Expiry");
  const live = AGREEMENTS.filter((a) => a.status !== "terminated");

  test("lists every agreement not terminated, soonest to end first, unknown last days at the end", () => {
    // by meaning: expired (−60), urgent (44), expiring (154), active, then the one without a term start
    expect(expiry.rows.map((r) => r[0])).toEqual([
      "上海市黄浦区",
      "江苏省苏州市姑苏区",
      "浙江省杭州市上城区",
      "四川省成都市锦江区",
      "广东省广州市越秀区",
    ]);
    expect(expiry.rows).toHaveLength(live.length);
    expect(expiry.rows.map((r) => r[0])).not.toContain("天津市和平区");
  });

  test("the order holds whatever the register's order", () => {
    const reg = registerSheet();
    // the register upside down: rows 9 … 4 hold what 4 … 9 held
    const flipped = sheet(REGISTER, [...reg.values.slice(0, 3), ...reg.values.slice(3).reverse()]);
    const a = analyzeWorkbook(book(flipped), { today: TODAY });
    const p = planWrites(a, book(flipped), { lang: "zh-CN", scope: "highlights", fixedToday: null });
    expect(p.sheets[0].rows.map((r) => r[0])).toEqual([
      "上海市黄浦区",
      "江苏省苏州市姑苏区",
      "浙江省杭州市上城区",
      "四川省成都市锦江区",
      "广东省广州市越秀区",
    ]);
    // 上海市黄浦区 now sits in register row 9
    expect(p.sheets[0].rows[0][6]).toEqual({ text: `${REGISTER}!A9`, target: `'${REGISTER}'!A9` });
  });

  test("dates are Excel serial numbers in date columns; days left and status as the rules say", () => {
    const kinds = expiry.columns.map((c) => c.kind);
    expect(kinds).toEqual(["text", "text", "date", "date", "integer", "text", "link"]);
    expect(expiry.columns.map((c) => c.header)).toEqual([
      "友城",
      "关系类型",
      "协议起始日",
      "到期日",
      "剩余天数",
      "状态",
      "位置",
    ]);
    const statusZh = {
      expired: "已到期",
      urgent: "即将到期（紧急）",
      expiring: "即将到期",
      active: "有效",
      unknown: "无法判断",
    } as const;
    const ordered = ["expired", "urgent", "expiring", "active", "unknown"].map((s) =>
      live.find((a) => a.status === s)!,
    );
    expiry.rows.forEach((row, i) => {
      const a = ordered[i];
      expect(row[0]).toBe(a.partner);
      expect(row[1]).toBe(a.relationZh);
      expect(row[2]).toBe(a.signed ? excel(a.signed) : null);
      expect(row[3]).toBe(a.lastDay ? excel(a.lastDay) : null);
      expect(row[4]).toBe(daysLeftOf(a));
      expect(row[5]).toBe(statusZh[a.status as keyof typeof statusZh]);
      expect(row[6]).toEqual({ text: `${REGISTER}!A${a.row}`, target: `'${REGISTER}'!A${a.row}` });
    });
  });

  test("a known date: the last day 2026-09-28 is serial 46293, 60 days before 2026-11-27", () => {
    const huangpu = expiry.rows.find((r) => r[0] === "上海市黄浦区")!;
    expect(huangpu[3]).toBe(46293);
    expect(huangpu[2]).toBe(46293 - 1826); // five years earlier, 2024 being a leap year
    expect(huangpu[4]).toBe(-60);
  });

  test("a renewal date starts the term again", () => {
    const reg = sheet(REGISTER, [
      ["友城名称", "签署日期", "续签日期"],
      ["上海市黄浦区", serial("2016-04-18"), "2021-04-18"],
      ["江苏省苏州市姑苏区", serial("2016-04-18"), "协商中"],
    ]);
    const a = analyzeWorkbook(book(reg), { today: TODAY });
    const rows = planWrites(a, book(reg), { lang: "zh-CN", scope: "highlights", fixedToday: null }).sheets[0].rows;
    // 姑苏: ended 2021-04-18 (协商中 is a note); 黄浦: renewed 2021-04-18, ends 2026-04-18; both expired
    expect(rows.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ["江苏省苏州市姑苏区", excel("2016-04-18"), excel("2021-04-18"), "已到期"],
      ["上海市黄浦区", excel("2021-04-18"), excel("2026-04-18"), "已到期"],
    ]);
  });

  test("in en-US: the same rows, labels in English", () => {
    const en = byTable(plan("en-US"), "PartnerCities_Expiry");
    expect(en.rows.map((r) => [r[0], r[2], r[3], r[4], r[6]])).toEqual(
      expiry.rows.map((r) => [r[0], r[2], r[3], r[4], r[6]]),
    );
    for (const r of en.rows) {
      expect(r[1]).toEqual(expect.stringMatching(NO_HAN));
      expect(r[5]).toEqual(expect.stringMatching(NO_HAN));
    }
    // five statuses, five different labels
    expect(new Set(en.rows.map((r) => r[5])).size).toBe(5);
  });

  test("a link to the register row quotes the sheet name, doubling a quote in it", () => {
    const name = "O'Brien 名录";
    const b = book(sheet(name, [["友城名称", "签署日期"], [], [], ["上海市黄浦区", serial("2024-05-20")]]));
    const a = analyzeWorkbook(b, { today: TODAY });
    const row = planWrites(a, b, { lang: "en-US", scope: "all", fixedToday: null }).sheets[0].rows[0];
    expect(row[6]).toEqual({ text: `${name}!A4`, target: "'O''Brien 名录'!A4" });
  });
});

describe("合规检查 (findings)", () => {
  // by meaning (fixtures.ts), in the report's order: sheet, then row, then rule
  const expected = [
    {
      sheet: EXCHANGES,
      cell: "F4",
      rule: "ARCH-MISSING",
      article: "第十三条第五项",
      severity: "info",
      mentions: ["黄浦区"],
    },
    {
      sheet: EXCHANGES,
      cell: "F11",
      rule: "ARCH-MISSING",
      article: "第十三条第五项",
      severity: "info",
      mentions: ["锦江区"],
    },
    {
      sheet: REGISTER,
      row: 4,
      rule: "TERM-EXPIRED",
      article: "第七条第五项",
      severity: "error",
      mentions: ["上海市黄浦区", "2026-09-28", "60"],
    },
    {
      sheet: REGISTER,
      row: 5,
      rule: "TERM-URGENT",
      article: "第七条第五项",
      severity: "warning",
      mentions: ["江苏省苏州市姑苏区", "2027-01-10", "44"],
    },
    {
      sheet: REGISTER,
      row: 6,
      rule: "ACT-NONE",
      article: "第九条、第十三条第四项",
      severity: "warning",
      mentions: ["浙江省杭州市上城区", "2026"],
    },
    {
      sheet: REGISTER,
      row: 6,
      rule: "TERM-EXPIRING",
      article: "第七条第五项",
      severity: "info",
      mentions: ["浙江省杭州市上城区", "2027-04-30", "154"],
    },
    { sheet: REGISTER, cell: "E9", rule: "DATA-DATE", article: "—", severity: "error", mentions: ["待定"] },
    // 越秀区 is decided by the NPC but not signed: 第六条's next step is on its row
    {
      sheet: REGISTER,
      row: 9,
      rule: "PROC-NEXT",
      article: "第六条",
      severity: "info",
      mentions: ["广东省广州市越秀区"],
    },
    {
      sheet: CANDIDATES,
      row: 2,
      rule: "ELIG-CRITERIA",
      article: "第五条",
      severity: "info",
      mentions: ["河北省保定市"],
    },
    { sheet: CANDIDATES, row: 2, rule: "PROC-NEXT", article: "第六条", severity: "info", mentions: ["河北省保定市"] },
    {
      sheet: CANDIDATES,
      row: 3,
      rule: "ELIG-CRITERIA",
      article: "第五条",
      severity: "info",
      mentions: ["河北省邯郸市丛台区"],
    },
    {
      sheet: CANDIDATES,
      cell: "B3",
      rule: "ELIG-LEVEL",
      article: "第五条第一项",
      severity: "warning",
      mentions: ["地级市市辖区"],
    },
    {
      sheet: CANDIDATES,
      row: 3,
      rule: "PROC-NEXT",
      article: "第六条",
      severity: "info",
      mentions: ["河北省邯郸市丛台区"],
    },
    { sheet: CANDIDATES, row: 4, rule: "ELIG-CRITERIA", article: "第五条", severity: "info", mentions: ["重庆市"] },
    {
      sheet: CANDIDATES,
      cell: "B4",
      rule: "ELIG-LEVEL",
      article: "第五条第一项",
      severity: "warning",
      mentions: ["直辖市"],
    },
    { sheet: CANDIDATES, row: 4, rule: "PROC-NEXT", article: "第六条", severity: "info", mentions: ["重庆市"] },
  ];
  const zh = byTable(plan("zh-CN"), "PartnerCities_Findings");
  const en = byTable(plan("en-US"), "PartnerCities_Findings");

  test("one row per finding, in the report's order, with rule id and article", () => {
    expect(zh.columns.map((c) => c.kind)).toEqual(["text", "text", "text", "link", "text"]);
    expect(zh.rows.map((r) => [r[1], r[2]])).toEqual(expected.map((e) => [e.rule, e.article]));
    expect(en.rows.map((r) => [r[1], r[2]])).toEqual(expected.map((e) => [e.rule, e.article]));
  });

  test("the severity label is one per severity, in the language", () => {
    const labelOf = (p: SheetPlan, severity: string) =>
      new Set(p.rows.filter((_, i) => expected[i].severity === severity).map((r) => r[0]));
    // spec names the severities error / warning / info; the words shown are the add-in's (错误 / 警告 / 提示)
    expect([...labelOf(zh, "error")]).toEqual(["错误"]);
    expect([...labelOf(zh, "warning")]).toEqual(["警告"]);
    expect([...labelOf(zh, "info")]).toEqual(["提示"]);
    const enLabels = ["error", "warning", "info"].map((s) => [...labelOf(en, s)]);
    for (const l of enLabels) expect(l).toEqual([expect.stringMatching(NO_HAN)]);
    expect(new Set(enLabels.flat()).size).toBe(3);
  });

  test("each row links to the finding's cell", () => {
    zh.rows.forEach((r, i) => {
      const e = expected[i];
      const link = r[3];
      expect(isLink(link)).toBe(true);
      if (!isLink(link)) return;
      if (e.cell) expect(link).toEqual({ text: `${e.sheet}!${e.cell}`, target: `'${e.sheet}'!${e.cell}` });
      else expect(link.target).toMatch(new RegExp(`^'${e.sheet}'![A-Z]+${e.row}$`));
    });
    // the date that is not a date is the signing date in column E; the missing archive is column F
    expect(en.rows.map((r) => r[3])).toEqual(zh.rows.map((r) => r[3]));
  });

  test("the message is the finding's text in the language, naming what it is about", () => {
    zh.rows.forEach((r, i) => {
      const message = r[4] as string;
      expect(message).toMatch(/\p{Script=Han}/u);
      for (const m of expected[i].mentions)
        expect({ rule: expected[i].rule, message }).toEqual({
          rule: expected[i].rule,
          message: expect.stringContaining(m),
        });
    });
    en.rows.forEach((r, i) => {
      const message = r[4] as string;
      expect(message).not.toBe(zh.rows[i][4]);
      expect(message).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
      // partner names are data and stay as written; numbers and dates read the same
      for (const m of expected[i].mentions.filter((x) => /^[\d-]+$/.test(x) || x.length > 4)) {
        expect({ rule: expected[i].rule, message }).toEqual({
          rule: expected[i].rule,
          message: expect.stringContaining(m),
        });
      }
    });
    expect(en.rows[0][4]).not.toMatch(/档案资料/);
  });

  test("a workbook with nothing to report gives an empty findings sheet with its headers", () => {
    const b = book(
      sheet(REGISTER, [
        ["友城名称", "签署日期", "人大常委会决定日期", "文本保存单位"],
        ["四川省成都市锦江区", serial("2024-05-20"), serial("2024-05-01"), "区外联办"],
      ]),
      sheet(EXCHANGES, [
        ["日期", "友城", "档案资料"],
        [serial("2026-03-01"), "锦江区", "图片"],
      ]),
    );
    const a = analyzeWorkbook(b, { today: TODAY });
    expect(a.findings).toEqual([]);
    const f = byTable(planWrites(a, b, { lang: "zh-CN", scope: "all", fixedToday: null }), "PartnerCities_Findings");
    expect(f.rows).toEqual([]);
    expect(f.columns).toHaveLength(5);
  });
});

describe("资格评估 (eligibility)", () => {
  const zhAll = byTable(plan("zh-CN"), "PartnerCities_Eligibility");
  const enAll = byTable(plan("en-US"), "PartnerCities_Eligibility");
  const placeColumn = zhAll.columns.findIndex((x) => x.header === "位置");
  const onSheet = (p: SheetPlan, name: string) => ({
    ...p,
    rows: p.rows.filter((r) => (r[placeColumn] as LinkValue).text.startsWith(`${name}!`)),
  });
  // The candidates' rows first; the register's rows not yet signed after them (their own test below).
  const zh = onSheet(zhAll, CANDIDATES);
  const en = onSheet(enAll, CANDIDATES);
  const H = {
    city: "城市",
    level: "行政级别",
    judgement: "级别判断",
    met: "具备条件数",
    visit: "领导互访",
    rec: "建议",
    place: "位置",
  };
  const c = (name: string) => zh.columns.findIndex((x) => x.header === name);
  const conds = ["条件一", "条件二", "条件三", "条件四", "条件五"].map(c);

  test("one row per candidate, with its level, the five conditions, the count met and the recommendation", () => {
    expect(zh.rows.map((r) => r[c(H.city)])).toEqual(["河北省保定市", "河北省邯郸市丛台区", "重庆市"]);
    expect(zh.rows.map((r) => r[c(H.level)])).toEqual(["地级市", "地级市市辖区", "直辖市"]);
    expect(conds.every((i) => i >= 0)).toBe(true);
    expect(zh.rows.map((r) => r[c(H.met)])).toEqual([5, 3, 0]);
    expect(zh.columns[c(H.met)].kind).toBe("integer");
    expect(zh.rows.map((r) => r[c(H.rec)])).toEqual([
      "可缔结友好城市（区）",
      "建议以合作框架协议、单项领域合作协议或对口帮扶支援协议方式开展交往",
      "暂不具备缔结条件",
    ]);
    expect(zh.rows.map((r) => r[c(H.place)])).toEqual(
      [2, 3, 4].map((n) => ({ text: `${CANDIDATES}!A${n}`, target: `'${CANDIDATES}'!A${n}` })),
    );
  });

  test("the conditions read met, not met, or blank, as marked", () => {
    const marks = zh.rows.map((r) => conds.map((i) => r[i]));
    const [yes, no] = [marks[0][0], marks[2][0]];
    expect(yes).not.toBe(no);
    expect(marks[0]).toEqual([yes, yes, yes, yes, yes]);
    expect(marks[2]).toEqual([no, no, no, no, no]);
    // 邯郸: 是 否 是 (blank) 是 — a blank is neither met nor not met
    const blank = marks[1][3];
    expect([yes, no]).not.toContain(blank);
    expect(marks[1]).toEqual([yes, no, yes, blank, yes]);
    expect(
      en.rows
        .map((r) => conds.map((i) => r[i]))
        .flat()
        .every((m) => typeof m === "string" && NO_HAN.test(m)),
    ).toBe(true);
  });

  test("the level judgement: a prefecture-level city corresponds, a municipality is higher, a district of a city lower", () => {
    const j = zh.rows.map((r) => r[c(H.judgement)]);
    expect(j[0]).toMatch(/相应/);
    expect(new Set(j).size).toBe(3);
    const je = en.rows.map((r) => r[zh.columns.findIndex((x) => x.header === H.judgement)]);
    expect(je[0]).toMatch(/correspond/i);
    expect(je[1]).toMatch(/lower/i);
    expect(je[2]).toMatch(/higher/i);
  });

  test("a leader visit in the exchange log shows for the candidate it names", () => {
    // 保定市 came on a 领导来访 (exchange row 12); nobody visited the others
    const v = zh.rows.map((r) => r[c(H.visit)]);
    expect(v[0]).not.toBe(v[1]);
    expect(v[1]).toBe(v[2]);
  });

  test("the path through 第六条: last step done, next step, what blocks it; a register row not yet signed after the candidates", () => {
    const [last, next, blockers] = ["已完成步骤（第六条）", "下一步", "待解决"].map(c);
    const path = (a: (typeof analysis.paths)[number]) => {
      const done = a.steps.filter((s) => s.done).at(-1);
      return [done ? done.step : null, a.next, a.blockers.length];
    };
    expect(analysis.paths.map((p) => p.partner)).toEqual([
      "河北省保定市",
      "河北省邯郸市丛台区",
      "重庆市",
      "广东省广州市越秀区",
    ]);
    // 越秀区: the NPC decided on 2025-01-01, the signing date reads 待定 — signing is next.
    const yuexiu = analysis.paths[3];
    expect(path(yuexiu)).toEqual(["npc", "signing", 1]);
    expect(yuexiu.blockers).toEqual([{ kind: "leaderVisit" }]);
    const register = onSheet(zhAll, REGISTER).rows;
    expect(register.map((r) => [r[c(H.city)], r[c(H.rec)], r[last], r[next], r[blockers]])).toEqual([
      [
        "广东省广州市越秀区",
        "已列入友城名录，尚未签署",
        "区人大常委会审议决定（2025-01-01）",
        "正式签署协议书",
        "尚无领导互访记录（第六条第二项）",
      ],
    ]);
    expect(zhAll.rows.slice(0, zh.rows.length)).toEqual(zh.rows);
    // 重庆市 meets none of the conditions: not one step recorded, the preliminary opinion next.
    expect([zh.rows[2][last], zh.rows[2][next], zh.rows[2][blockers]]).toEqual(["无", "形成初步意见", "无"]);
    expect(
      enAll.rows.flatMap((r) => [r[last], r[next], r[blockers]]).every((v) => typeof v === "string" && NO_HAN.test(v)),
    ).toBe(true);
  });
});

describe(`${YEAR}年度交流总结 (summary)`, () => {
  const zh = byTable(plan("zh-CN"), `PartnerCities_Summary_${YEAR}`);
  const en = byTable(plan("en-US"), `PartnerCities_Summary_${YEAR}`);
  // columns: partner, exchanges, previous year, leader visits, 9 fields, published, archive, events, answered, status, suggestion
  const F0 = 4;
  const [PUB, ARCH, EV, ANS, STATUS, SUGG] = [13, 14, 15, 16, 17, 18];
  const field = (f: string) => F0 + FIELD_CATEGORIES.indexOf(f as (typeof FIELD_CATEGORIES)[number]);

  test("the columns, in order, the nine fields in FIELD_CATEGORIES order", () => {
    expect(FIELD_CATEGORIES).toEqual(["经贸", "文化", "科技", "教育", "卫生", "旅游", "商贸", "农副产品", "其他"]);
    expect(zh.columns).toHaveLength(19);
    expect(zh.columns.slice(F0, F0 + 9).map((c) => c.header)).toEqual([...FIELD_CATEGORIES]);
    expect(zh.columns.map((c) => c.kind)).toEqual([
      "text",
      ...Array(12).fill("integer"),
      "integer",
      "percent",
      "integer",
      "integer",
      "text",
      "text",
    ]);
    expect(new Set(en.columns.slice(F0, F0 + 9).map((c) => c.header)).size).toBe(9);
  });

  test("a row per partner of the year: not terminated, and the term overlaps the year or there were exchanges", () => {
    // 天津市和平区 is terminated; 广东省广州市越秀区 has no term and no exchange; 保定市 is a candidate
    expect(zh.rows.map((r) => r[0]).sort()).toEqual(
      ["上海市黄浦区", "四川省成都市锦江区", "江苏省苏州市姑苏区", "浙江省杭州市上城区"].sort(),
    );
  });

  const row = (p: SheetPlan, partner: string) => p.rows.find((r) => r[0] === partner)!;
  const zeros = (except: Record<string, number>) => FIELD_CATEGORIES.map((f) => except[f] ?? 0);

  test("上海市黄浦区: five exchanges in the year (names written three ways), one the year before", () => {
    const r = row(zh, "上海市黄浦区");
    expect(r.slice(1, 4)).toEqual([5, 1, 1]); // exchanges, previous year, leader visits (领导互访)
    // 医疗卫生 counts as 卫生; 农副产品 was in 2025
    expect(r.slice(F0, F0 + 9)).toEqual(zeros({ 经贸: 1, 文化: 1, 科技: 1, 教育: 1, 卫生: 1 }));
    expect(r[PUB]).toBe(2); // 《西城信息》 and 《调研与决策》
    expect(r[ARCH]).toBe(0.8); // four of five have archive material
    expect([r[EV], r[ANS]]).toEqual([1, 1]);
    expect(r[STATUS]).toBe("已到期"); // ended 2026-09-28
    expect(r[SUGG]).toBe("启动续签协商");
  });

  test("the other partners", () => {
    const gusu = row(zh, "江苏省苏州市姑苏区");
    expect(gusu.slice(1, 4)).toEqual([1, 1, 0]);
    expect(gusu.slice(F0, F0 + 9)).toEqual(zeros({ 旅游: 1 }));
    expect([gusu[PUB], gusu[ARCH], gusu[EV], gusu[ANS]]).toEqual([0, 1, 1, 0]);
    // on 2026-12-31, 10 days are left before 2027-01-10
    expect(gusu[STATUS]).toBe("即将到期（紧急）");
    expect(gusu[SUGG]).toBe("启动续签协商");

    const shangcheng = row(zh, "浙江省杭州市上城区");
    expect(shangcheng.slice(1, F0 + 9)).toEqual([0, 0, 0, ...zeros({})]);
    expect(shangcheng[ARCH]).toBeNull(); // no exchange: no share
    // on 2026-12-31, 120 days are left before 2027-04-30
    expect(shangcheng[STATUS]).toBe("即将到期");
    expect(shangcheng[SUGG]).toBe("启动续签协商；调整交流方向");

    const jinjiang = row(zh, "四川省成都市锦江区");
    expect(jinjiang.slice(1, 4)).toEqual([2, 0, 1]); // 领导出访 is a leader visit
    expect(jinjiang.slice(F0, F0 + 9)).toEqual(zeros({ 商贸: 1, 其他: 1 })); // a blank field is 其他
    expect([jinjiang[PUB], jinjiang[ARCH], jinjiang[EV], jinjiang[ANS]]).toEqual([0, 0.5, 1, 1]);
    expect(jinjiang[STATUS]).toBe("有效");
    expect(jinjiang[SUGG]).toBe(""); // ends 2029: no suggestion
    expect(field("其他")).toBe(12);
  });

  test("suggestions in English are joined too", () => {
    const s = row(en, "浙江省杭州市上城区")[SUGG] as string;
    const parts = s.split(/;\s*/);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe(row(en, "上海市黄浦区")[SUGG]);
    for (const p of parts) expect(p).toMatch(NO_HAN);
  });

  test("the totals row sums the rows", () => {
    expect(zh.totals).not.toBeNull();
    const totals = zh.totals!;
    expect(totals[0]).toBe("合计");
    zh.columns.forEach((c, i) => {
      if (c.kind !== "integer") return;
      const sum = zh.rows.reduce((s, r) => s + (r[i] as number), 0);
      expect({ column: c.header, total: totals[i] }).toEqual({ column: c.header, total: sum });
    });
    // and by meaning: 8 exchanges this year (保定市's visit is a candidate's), 2 the year before, 2 leader visits, 3 events, 2 answered
    expect(totals.slice(1, 4)).toEqual([8, 2, 2]);
    expect([totals[PUB], totals[EV], totals[ANS]]).toEqual([2, 3, 2]);
    expect(totals.slice(F0, F0 + 9)).toEqual(
      zeros({ 经贸: 1, 文化: 1, 科技: 1, 教育: 1, 卫生: 1, 旅游: 1, 商贸: 1, 其他: 1 }),
    );
    expect(en.totals![0]).toMatch(/^total/i);
  });

  test("a chart of this year's and last year's exchanges per partner", () => {
    expect(zh.chart).not.toBeNull();
    const chart = zh.chart!;
    expect(chart.type).toBe("columnClustered");
    expect(chart.categoryColumn).toBe(0);
    // the series are the columns holding 5 and 1 for 上海市黄浦区: exchanges, then previous year
    const huangpu = row(zh, "上海市黄浦区");
    expect(chart.seriesColumns.map((i) => huangpu[i])).toEqual([5, 1]);
    expect(chart.seriesColumns.map((i) => zh.columns[i].kind)).toEqual(["integer", "integer"]);
    expect(chart.title).toContain(String(YEAR));
    expect(en.chart!.title).toContain(String(YEAR));
    expect(en.chart!.title).toMatch(NO_HAN);
  });

  test("no partner in the year: no row, zero totals and no chart", () => {
    const b = book(
      sheet(REGISTER, [
        ["友城名称", "签署日期", "状态"],
        ["天津市和平区", serial("2015-03-01"), "已终止"],
      ]),
    );
    const a = analyzeWorkbook(b, { today: TODAY });
    const s = planWrites(a, b, { lang: "zh-CN", scope: "summary", fixedToday: null }).sheets[0];
    expect(s.rows).toEqual([]);
    expect(s.chart).toBeNull();
    s.columns.forEach((c, i) => {
      if (c.kind === "integer") expect(s.totals![i]).toBe(0);
    });
  });
});
