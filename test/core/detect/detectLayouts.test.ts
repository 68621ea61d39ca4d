/**
 * Role detection (WORKBOOK.md, "Sheet roles"): the header row found wherever it sits in the first
 * 20 rows, sheets with no role left alone, roles as Excel tables, records read past blank rows,
 * repeated headers and footnotes, the user's mapping over detection, and DATA-COLUMN.
 */
import { analyzeWorkbook } from "../../../src/core/analyze";
import { detectLayouts } from "../../../src/core/detect/detectLayouts";
import type { CellValue, SheetGrid } from "../../../src/core/workbook";
import { book, serial, sheet } from "../../helpers/grid";

const TODAY = "2026-06-15";
const REGISTER_HEADER: CellValue[] = [
  "序号",
  "友城名称",
  "所属省（区、市）",
  "人大常委会决定日期",
  "签署日期",
  "有效期（年）",
  "状态",
];
const reg = (n: number, partner: string, signed: string): CellValue[] => [
  n,
  partner,
  "上海市",
  serial("2021-01-01"),
  serial(signed),
  5,
  "在册",
];
const REGISTER_ROWS = [
  reg(1, "上海市黄浦区", "2021-09-28"),
  reg(2, "天津市和平区", "2022-05-12"),
  reg(3, "重庆市渝中区", "2023-03-15"),
];

/** A merged title across the width: only the top-left cell holds the value, as office-js gives it. */
const mergedTitle = (text: string, width: number): CellValue[] => [text, ...Array<CellValue>(width - 1).fill(null)];
const blankRow = (width: number): CellValue[] => Array<CellValue>(width).fill(null);

/**
 * Rows padded to one width, as office-js hands `range.values` over (a rectangle). Ragged rows are
 * allowed by the SheetGrid contract too; they are tested on their own in raggedAndBadInput.test.ts.
 */
const rect = (rows: CellValue[][]): CellValue[][] => {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
};
const sheetOf = (name: string, rows: CellValue[][], extra?: Partial<SheetGrid>) => sheet(name, rect(rows), extra);

const only = (s: SheetGrid, mapping?: Parameters<typeof detectLayouts>[1]) => {
  const layouts = detectLayouts(s, mapping);
  expect(layouts).toHaveLength(1);
  return layouts[0];
};

describe("the header row, wherever it sits", () => {
  test("on row 1", () => {
    const l = only(sheetOf("任意名称", [REGISTER_HEADER, ...REGISTER_ROWS]));
    expect(l).toMatchObject({
      role: "register",
      headerRow: 1,
      dataRows: [2, 3, 4],
      missing: [],
      table: null,
      source: "detected",
    });
    expect(l.columns).toMatchObject({ partner: 1, province: 2, npcDate: 3, signingDate: 4, termYears: 5, status: 6 });
  });

  test("below a merged title, a subtitle and blank rows", () => {
    const w = REGISTER_HEADER.length;
    const rows = [
      mergedTitle("西城区国内友好城市（区）名录", w),
      mergedTitle("制表单位：区政府对外联络服务办公室　　更新日期：2026年10月", w),
      blankRow(w),
      blankRow(w),
      REGISTER_HEADER,
      ...REGISTER_ROWS,
    ];
    expect(only(sheetOf("Sheet1", rows))).toMatchObject({ role: "register", headerRow: 5, dataRows: [6, 7, 8] });
  });

  test("on row 15, under notes and blank rows", () => {
    const above: CellValue[][] = [
      ["友城工作台账"],
      ["说明：本表登记我区已缔结的国内友好城市（区）协议。"],
      ...Array.from({ length: 12 }, () => [] as CellValue[]),
    ];
    expect(above).toHaveLength(14);
    expect(only(sheetOf("台账", [...above, REGISTER_HEADER, ...REGISTER_ROWS]))).toMatchObject({
      role: "register",
      headerRow: 15,
      dataRows: [16, 17, 18],
    });
  });

  test("on row 20, the last row looked at", () => {
    const above = Array.from({ length: 19 }, (_, i) => (i === 0 ? ["名录"] : []) as CellValue[]);
    expect(only(sheetOf("台账", [...above, REGISTER_HEADER, ...REGISTER_ROWS])).headerRow).toBe(20);
  });

  test("a header below a title whose words are header words (友城名录) is still the header", () => {
    const rows = [["友城名录"], ["友城", "签署日期"], ["上海市黄浦区", serial("2021-09-28")]];
    expect(only(sheetOf("S", rows))).toMatchObject({ headerRow: 2, dataRows: [3] });
  });
});

describe("sheets with no role are left alone", () => {
  test.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    ["a sheet of empty rows", [[], [null, null], ["", "  "]]],
    [
      "a notes sheet of sentences",
      [
        ["本台账由区外联办维护，每季度更新。"],
        ["关系类型：友好城市、合作框架协议、单项领域合作协议、对口帮扶支援协议。"],
        ["签署日期以协议文本为准，有效期为五年，到期前六个月启动续签协商。"],
      ],
    ],
    ["a sheet with one header that matches", [["城市"], ["上海市黄浦区"], ["天津市和平区"]]],
    [
      "one matching header among others that match nothing",
      [
        ["城市", "人口（万人）", "GDP（亿元）"],
        ["上海市黄浦区", 66, 3000],
      ],
    ],
    ["a legend of header words, one a row", [["友城名称"], ["签署日期"], ["有效期（年）"], ["到期日期"]]],
    [
      "a chart's data",
      [
        ["年份", "交流次数"],
        [2024, 40],
        [2025, 52],
      ],
    ],
  ])("%s", (_what, rows) => {
    expect(detectLayouts(sheetOf("说明", rows))).toEqual([]);
    expect(analyzeWorkbook(book(sheetOf("说明", rows)), { today: TODAY }).findings).toEqual([]);
  });
});

describe("roles as Excel tables", () => {
  test("a register table at A1", () => {
    const s = sheetOf("名录", [REGISTER_HEADER, ...REGISTER_ROWS], {
      tables: [{ name: "友城表", headerRow: 0, lastRow: 3, firstColumn: 0, lastColumn: REGISTER_HEADER.length - 1 }],
    });
    expect(only(s)).toMatchObject({ role: "register", table: "友城表", headerRow: 1, dataRows: [2, 3, 4] });
  });

  test("an exchange log table starting at C5, with a title and notes outside it", () => {
    const header = ["日期", "友城", "活动名称", "领域", "形式", "档案资料"];
    const pad = (cells: CellValue[]) => [null, null, ...cells];
    const rows: CellValue[][] = [
      ["2026年交流活动登记"],
      [],
      ["填表人：张三"],
      [],
      ["说明", null, ...header],
      pad([serial("2026-03-10"), "上海市黄浦区", "考察", "经贸", "考察交流", "概要"]),
      pad([serial("2026-04-02"), "天津市和平区", "会议", "文化", "会议论坛", ""]),
      ["合计", 2],
    ];
    const s = sheetOf("交流", rows, {
      tables: [{ name: "交流表", headerRow: 4, lastRow: 6, firstColumn: 2, lastColumn: 7 }],
    });
    const l = only(s);
    expect(l).toMatchObject({ role: "exchanges", table: "交流表", headerRow: 5, dataRows: [6, 7] });
    expect(l.columns).toMatchObject({ date: 2, partner: 3, title: 4, field: 5, form: 6, archive: 7 });
  });

  test("two tables on one sheet: each its own role", () => {
    const rows: CellValue[][] = [
      ["日期", "友城", "形式", null, "日期", "友城", "事项类型", "我方回应"],
      [
        serial("2026-03-10"),
        "上海市黄浦区",
        "考察交流",
        null,
        serial("2026-03-01"),
        "上海市黄浦区",
        "重要节日",
        "贺信",
      ],
    ];
    const s = sheetOf("综合", rows, {
      tables: [
        { name: "交流", headerRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 2 },
        { name: "事项", headerRow: 0, lastRow: 1, firstColumn: 4, lastColumn: 7 },
      ],
    });
    const layouts = detectLayouts(s);
    expect(layouts.map((l) => [l.table, l.role, l.columns.date])).toEqual([
      ["交流", "exchanges", 0],
      ["事项", "events", 4],
    ]);
  });

  test("a table that holds no role does not hide the register beside it", () => {
    const rows: CellValue[][] = [REGISTER_HEADER.concat([null, "年份", "次数"]), [...REGISTER_ROWS[0], null, 2025, 3]];
    const s = sheetOf("名录", rows, {
      tables: [{ name: "统计", headerRow: 0, lastRow: 1, firstColumn: 8, lastColumn: 9 }],
    });
    expect(only(s)).toMatchObject({ role: "register", table: null, dataRows: [2] });
  });
});

describe("records: blank rows, repeated headers and footnotes are not records", () => {
  test("blank rows between records are skipped (also rows with only a serial number)", () => {
    const rows = [
      REGISTER_HEADER,
      REGISTER_ROWS[0],
      [],
      blankRow(7),
      REGISTER_ROWS[1],
      [4],
      ["", "  ", null],
      REGISTER_ROWS[2],
    ];
    expect(only(sheetOf("S", rows)).dataRows).toEqual([2, 5, 8]);
  });

  test("a header row repeated mid-sheet (a printout's page header) is skipped", () => {
    const rows = [
      REGISTER_HEADER,
      REGISTER_ROWS[0],
      REGISTER_HEADER,
      REGISTER_ROWS[1],
      [" 序号", "友城 名称", "所属省(区、市)", "人大常委会决定日期", "签署日期", "有效期(年)", "状态"],
      REGISTER_ROWS[2],
    ];
    expect(only(sheetOf("S", rows)).dataRows).toEqual([2, 4, 6]);
  });

  test.each([
    "注：有效期自签署之日起计算，一般为五年。",
    "注:本表每季度更新",
    "说明：到期前六个月启动续签协商",
    "合计：3个",
    "备注：以协议文本为准",
  ])("a footnote row under the records (%s) is skipped", (note) => {
    const rows = [REGISTER_HEADER, ...REGISTER_ROWS, [], [note]];
    expect(only(sheetOf("S", rows)).dataRows).toEqual([2, 3, 4]);
    const a = analyzeWorkbook(book(sheetOf("S", rows)), { today: TODAY });
    expect(a.findings.filter((f) => f.row > 4)).toEqual([]);
  });

  test("a footnote in a merged cell under the partner column is skipped", () => {
    const rows = [REGISTER_HEADER, ...REGISTER_ROWS, [null, "注：序号3为续签后重新登记", null, null, null, null, null]];
    expect(only(sheetOf("S", rows)).dataRows).toEqual([2, 3, 4]);
  });

  test("a record whose partner happens to start with 注 is not a footnote when it has more cells", () => {
    const rows = [REGISTER_HEADER, reg(1, "注册城市", "2021-09-28")];
    expect(only(sheetOf("S", rows)).dataRows).toEqual([2]);
  });
});

describe("the user's mapping overrides detection", () => {
  const unknownHeaders: CellValue[][] = [
    ["编号", "对方", "所在地", "生效", "年限"],
    [1, "上海市黄浦区", "上海市", serial("2024-09-28"), 5],
    [2, "天津市和平区", "天津市", serial("2025-05-12"), 5],
  ];

  test("role, header row and columns for a sheet whose headers match nothing", () => {
    const s = sheetOf("自定义", unknownHeaders);
    expect(detectLayouts(s)).toEqual([]);
    const l = only(s, { role: "register", headerRow: 1, columns: { partner: "B", signingDate: "D", termYears: "e" } });
    expect(l).toMatchObject({ role: "register", headerRow: 1, source: "mapping", missing: [], dataRows: [2, 3] });
    expect(l.columns).toMatchObject({ partner: 1, signingDate: 3, termYears: 4 });
    const a = analyzeWorkbook(book(s), {
      today: TODAY,
      settings: {
        mapping: {
          自定义: { role: "register", headerRow: 1, columns: { partner: "B", signingDate: "D", termYears: "E" } },
        },
      },
    });
    expect(a.agreements.map((x) => [x.row, x.partner, x.lastDay, x.status])).toEqual([
      [2, "上海市黄浦区", "2029-09-28", "active"],
      [3, "天津市和平区", "2030-05-12", "active"],
    ]);
  });

  test('a column mapped by letter (signingDate: "G") replaces the detected one', () => {
    // 签署日期 in E holds a note; the real dates are in G under a heading nobody foresaw.
    const rows: CellValue[][] = [
      ["序号", "友城名称", "所属省（区、市）", "人大常委会决定日期", "签署日期", "状态", "正式签字"],
      [1, "上海市黄浦区", "上海市", serial("2021-09-01"), "见附件", "在册", serial("2021-09-28")],
    ];
    const detected = analyzeWorkbook(book(sheetOf("名录", rows)), { today: TODAY });
    expect(detected.agreements[0].status).toBe("unknown");
    const mapped = analyzeWorkbook(book(sheetOf("名录", rows)), {
      today: TODAY,
      settings: { mapping: { 名录: { columns: { signingDate: "G" } } } },
    });
    expect(mapped.sheets[0]).toMatchObject({ role: "register", source: "mapping" });
    expect(mapped.sheets[0].columns.signingDate).toBe(6);
    expect(mapped.agreements[0]).toMatchObject({ termStart: "2021-09-28", lastDay: "2026-09-28", status: "expiring" });
  });

  test("a header row given by the user is used even where another row scores better", () => {
    const rows: CellValue[][] = [
      ["友城名称", "签署日期", "有效期（年）"],
      ["城市", "签约日期", "期限"],
      ["上海市黄浦区", serial("2024-01-01"), 5],
    ];
    expect(only(sheetOf("S", rows))).toMatchObject({ headerRow: 1, dataRows: [2, 3] });
    expect(only(sheetOf("S", rows), { headerRow: 2 })).toMatchObject({ headerRow: 2, dataRows: [3] });
  });

  test('role: "none" leaves a register alone', () => {
    const s = sheetOf("名录", [REGISTER_HEADER, ...REGISTER_ROWS]);
    expect(detectLayouts(s, { role: "none" })).toEqual([]);
    const a = analyzeWorkbook(book(s), { today: TODAY, settings: { mapping: { 名录: { role: "none" } } } });
    expect(a.sheets).toEqual([]);
    expect(a.agreements).toEqual([]);
    expect(a.findings).toEqual([]);
  });

  test("a mapping for another sheet does not touch this one", () => {
    const a = analyzeWorkbook(book(sheetOf("名录", [REGISTER_HEADER, ...REGISTER_ROWS])), {
      today: TODAY,
      settings: { mapping: { 其他: { role: "none" } } },
    });
    expect(a.sheets.map((l) => l.role)).toEqual(["register"]);
  });

  test("a forced role whose needed column cannot be found is reported (DATA-COLUMN)", () => {
    const a = analyzeWorkbook(book(sheetOf("自定义", unknownHeaders)), {
      today: TODAY,
      settings: { mapping: { 自定义: { role: "register", columns: { partner: "B" } } } },
    });
    expect(a.findings.filter((f) => f.rule === "DATA-COLUMN").map((f) => [f.sheet, f.row, f.data.columnField])).toEqual(
      [["自定义", 1, "signingDate"]],
    );
  });
});

describe("DATA-COLUMN: a register without its signing-date column", () => {
  test.each<[string, CellValue[][], number]>([
    [
      "header on row 1",
      [
        ["友城名称", "所属省（区、市）", "行政级别", "有效期（年）", "状态"],
        ["上海市黄浦区", "上海市", "直辖市市辖区", 5, "在册"],
      ],
      1,
    ],
    [
      "header under a title",
      [
        ["友城名录"],
        [],
        ["序号", "城市", "省份", "行政级别", "有效期限", "关系状态", "联络人"],
        [1, "上海市黄浦区", "上海市", "直辖市市辖区", 5, "在册", "王"],
      ],
      3,
    ],
  ])("%s → DATA-COLUMN naming signingDate on the header row", (_what, rows, headerRow) => {
    const a = analyzeWorkbook(book(sheetOf("名录", rows)), { today: TODAY });
    expect(a.sheets.map((l) => [l.role, l.missing])).toEqual([["register", ["signingDate"]]]);
    const col = a.findings.filter((f) => f.rule === "DATA-COLUMN");
    expect(col).toHaveLength(1);
    expect(col[0]).toMatchObject({
      sheet: "名录",
      row: headerRow,
      severity: "error",
      data: { columnField: "signingDate", role: "register" },
    });
    // Every row then lacks a term start: unknown, not guessed.
    expect(a.agreements.map((x) => x.status)).toEqual(["unknown"]);
  });
});

describe("roles that look alike", () => {
  const roleOf = (rows: CellValue[][]) => detectLayouts(sheetOf("S", rows)).map((l) => l.role);

  test.each<[string, CellValue[]]>([
    [
      "the office's log",
      ["日期", "友城", "活动名称", "领域", "形式", "来访/出访", "我方牵头单位", "人数", "档案资料", "刊物登载"],
    ],
    ["a short log", ["时间", "友城", "形式"]],
    ["a log with a response-like column", ["日期", "友城", "活动名称", "交流形式", "存档资料"]],
    ["English", ["Date", "Partner", "Title", "Field", "Form", "Direction", "Archive", "Published"]],
  ])("an exchange log is exchanges, not events (%s)", (_what, header) => {
    expect(roleOf([header, [serial("2026-03-10"), "上海市黄浦区", "x", "经贸", "考察交流"]])).toEqual(["exchanges"]);
  });

  test.each<[string, CellValue[]]>([
    ["the office's sheet", ["日期", "友城", "事项类型", "具体情况", "我方回应", "回应日期"]],
    ["other wordings", ["发生日期", "友好城市", "事件类型", "详情", "回应方式", "发函日期"]],
    ["short", ["时间", "城市", "事项", "回应"]],
    ["English", ["Date", "Partner", "Event type", "Details", "Response", "Response date"]],
  ])("an events sheet is events, not exchanges (%s)", (_what, header) => {
    expect(
      roleOf([header, [serial("2026-03-10"), "上海市黄浦区", "重要节日", "新春", "贺信", serial("2026-03-11")]]),
    ).toEqual(["events"]);
  });

  test.each<[string, CellValue[]]>([
    ["the office's sheet", ["签订部门", "合作方", "协议名称", "领域", "签订日期", "备案日期"]],
    ["with a partner-city column", ["签订部门", "友城", "协议名称", "签署日期", "备案日期"]],
    [
      "with a city column and a status",
      ["友城名称", "我方部门", "协议名称", "合作领域", "签约日期", "备案日期", "状态"],
    ],
    ["English", ["Department", "Counterpart", "Agreement", "Field", "Signed", "Filing date"]],
  ])("a filings sheet is filings, not the register (%s)", (_what, header) => {
    expect(
      roleOf([
        header,
        ["区教委", "上海市黄浦区教育局", "教育合作协议", "教育", serial("2026-03-01"), serial("2026-03-10")],
      ]),
    ).toEqual(["filings"]);
  });

  test("the register is not taken for filings, exchanges or candidates", () => {
    expect(roleOf([REGISTER_HEADER, ...REGISTER_ROWS])).toEqual(["register"]);
    expect(
      roleOf([
        [
          "Partner",
          "Province",
          "Administrative level",
          "Relation",
          "NPC decision",
          "Signing date",
          "Term",
          "Expires",
          "Renewed",
          "Status",
        ],
      ]),
    ).toEqual(["register"]);
    expect(roleOf([["城市", "省份", "行政级别", "签署日期"]])).toEqual(["register"]);
  });

  test("the candidates sheet is candidates, not the register", () => {
    expect(
      roleOf([
        [
          "序号",
          "城市",
          "所属省份",
          "行政级别",
          "条件一（级别相当）",
          "条件二（协作需要）",
          "条件三（先进经验）",
          "条件四（互补性）",
          "条件五（走出去）",
          "初步意见日期",
        ],
      ]),
    ).toEqual(["candidates"]);
    expect(
      roleOf([
        ["City", "Administrative level", "Condition 1", "Condition 2", "Condition 3", "Condition 4", "Condition 5"],
      ]),
    ).toEqual(["candidates"]);
  });
});
