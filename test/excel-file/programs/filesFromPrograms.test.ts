/**
 * Workbooks as other programs write them read as the plain register reads, and `--out` keeps
 * them. Fixtures: hand-edited XML (handEdited.ts) for what neither LibreOffice nor openpyxl
 * writes; LibreOffice's and openpyxl's own saves (otherPrograms.ts), made at test time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../../src/core/analyze";
import type { IsoDate } from "../../../src/core/dates/isoDate";
import { planWrites } from "../../../src/core/plan/planWrites";
import { buildReport } from "../../../src/core/report/buildReport";
import type { WorkbookGrid } from "../../../src/core/workbook";
import { applyPlanToXlsx } from "../../../src/excel-file/applyPlan";
import { readWorkbookBuffer } from "../../../src/excel-file/readWorkbook";
import {
  absolutePaths,
  date1904,
  inlineRichText,
  isoDateCells,
  localeDateFormat,
  register,
  REGISTER,
  ROWS,
  tableWithoutStyle,
  uncalculatedFormulas,
} from "./handEdited";
import {
  convertedByLibreOffice,
  openpyxl,
  readWithOpenpyxl,
  savedByLibreOffice,
  savedByOpenpyxl,
} from "./otherPrograms";
import { runReport } from "../../../src/cli/report";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;
const SHARED_SAMPLE = join(__dirname, "..", "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");

async function reportOf(xlsx: Buffer) {
  const grid = await readWorkbookBuffer(xlsx);
  const analysis = analyzeWorkbook(grid, { today: TODAY });
  return { grid, analysis, report: buildReport(analysis, "zh-CN") };
}

/** What a user checks in a report: each agreement's partner, status and days, the findings by place. */
function checked(report: Awaited<ReturnType<typeof reportOf>>["report"]) {
  return {
    agreements: report.agreements.map((a) => [a.partner, a.status, a.termStart, a.lastDay, a.daysLeft]),
    findings: report.findings.map((f) => [f.rule, f.sheet, f.row]).sort(),
  };
}

async function out(xlsx: Buffer, grid: WorkbookGrid, analysis: ReturnType<typeof analyzeWorkbook>): Promise<Buffer> {
  return applyPlanToXlsx(xlsx, planWrites(analysis, grid, { lang: "zh-CN", scope: "all", fixedToday: TODAY }));
}

let plain: ReturnType<typeof checked>;

beforeAll(async () => {
  plain = checked((await reportOf(await register())).report);
  expect(plain.agreements.map((a) => a[1])).toEqual(["expired", "urgent", "expiring", "active"]);
});

describe("the reader takes the file as it is", () => {
  test.each([
    ['a 1904 workbook as Excel spells it (date1904="1")', () => date1904("1")],
    ['a 1904 workbook as LibreOffice spells it (date1904="true")', () => date1904("true")],
    ["built-in locale date format 31 with no format record (zh-CN Excel, WPS)", () => localeDateFormat(31)],
    ["built-in locale date format 57 with no format record", () => localeDateFormat(57)],
    ['ISO date cells (t="d")', () => isoDateCells()],
    ["inline rich-text strings", () => inlineRichText()],
    ["absolute part paths (/xl/worksheets/…, /xl/tables/…)", () => absolutePaths()],
    ["a table without tableStyleInfo", () => tableWithoutStyle()],
  ])("%s: the same report as the plain register", async (_name, build) => {
    expect(checked((await reportOf(await build())).report)).toEqual(plain);
  });

  test("locale date formats show as zh-CN Excel shows them", async () => {
    const { grid } = await reportOf(await localeDateFormat(31));
    expect(grid.sheets[0]!.formats![2]![3]).toBe('yyyy"年"m"月"d"日"');
    const fifty = await reportOf(await localeDateFormat(50));
    expect(fifty.grid.sheets[0]!.formats![2]![3]).toBe('yyyy"年"m"月"');
  });

  test("a table with its header row is found whether or not it has a style", async () => {
    for (const xlsx of [await tableWithoutStyle(), await absolutePaths()]) {
      const { grid, analysis } = await reportOf(xlsx);
      expect(grid.sheets[0]!.tables).toEqual([
        { name: "名录表", headerRow: 1, lastRow: 5, firstColumn: 0, lastColumn: 4 },
      ]);
      expect(analysis.sheets[0]!.table).toBe("名录表");
    }
  });

  test("formulas saved without results: one DATA-UNCALCULATED for the sheet, no finding per row", async () => {
    const { report } = await reportOf(await uncalculatedFormulas());
    const rules = report.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === "DATA-UNCALCULATED")).toHaveLength(1);
    expect(rules).not.toContain("DATA-MISSING");
    expect(rules).not.toContain("DATA-DATE");
    const finding = report.findings.find((f) => f.rule === "DATA-UNCALCULATED")!;
    expect(finding).toMatchObject({ sheet: REGISTER, row: 3, severity: "warning" });
    expect(finding.message).toContain("4");
    expect(finding.message).toContain("Excel 或 WPS");
  });
});

describe("--out keeps the user's dates as they are, and writes its own in the workbook's system", () => {
  test.each([
    ['date1904="1"', () => date1904("1")],
    ['date1904="true"', () => date1904("true")],
  ])(
    "%s: the expiry sheet's days are the agreements' days, read by openpyxl in the workbook's system",
    async (_n, build) => {
      const xlsx = await build();
      const { grid, analysis } = await reportOf(xlsx);
      const view = readWithOpenpyxl(await out(xlsx, grid, analysis));
      expect(view.date1904).toBe(true);
      const expiry = view.sheets.find((s) => s.name === "到期提醒")!;
      const lastDays = Object.entries(expiry.cells)
        .filter(([ref]) => /^D\d+$/.test(ref) && ref !== "D1")
        .map(([, c]) => c.value);
      expect(lastDays).toEqual(analysis.agreements.filter((a) => a.status !== "terminated").map((a) => a.lastDay));
      const registerCells = view.sheets.find((s) => s.name === REGISTER)!.cells;
      expect(registerCells.E3!.value).toBe("2026-05-02");
    },
  );

  test.each([
    // openpyxl does not know the locale ids as dates: it shows the serial, before and after alike.
    ["locale format 31", () => localeDateFormat(31), 42493],
    ["ISO date cells", () => isoDateCells(), "2016-05-03"],
  ])("%s: the user's date cells and their formats are unchanged, as openpyxl reads them", async (_n, build, d3) => {
    const xlsx = await build();
    const { grid, analysis } = await reportOf(xlsx);
    const [before, after] = [readWithOpenpyxl(xlsx), readWithOpenpyxl(await out(xlsx, grid, analysis))];
    const cells = (v: typeof before) => v.sheets.find((s) => s.name === REGISTER)!.cells;
    expect(cells(after)).toEqual(cells(before));
    expect(cells(after).D3!.value).toBe(d3);
    const zip = await JSZip.loadAsync(await out(xlsx, grid, analysis));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const original = await (await JSZip.loadAsync(xlsx)).file("xl/worksheets/sheet1.xml")!.async("string");
    const data = (xml: string) => /<sheetData>[\s\S]*<\/sheetData>/.exec(xml)![0];
    expect(data(sheet)).toBe(data(original));
  });

  test("a table without a style, and absolute part paths: the copy is written and its tables are all there", async () => {
    for (const xlsx of [await tableWithoutStyle(), await absolutePaths()]) {
      const { grid, analysis } = await reportOf(xlsx);
      const view = readWithOpenpyxl(await out(xlsx, grid, analysis));
      expect(view.sheets.map((s) => Object.keys(s.tables))).toEqual([
        ["名录表"],
        ["PartnerCities_Expiry"],
        ["PartnerCities_Findings"],
        ["PartnerCities_Eligibility"],
        ["PartnerCities_Summary_2026"],
      ]);
    }
  });
});

describe("the shared sample as other programs save it", () => {
  let sample: ReturnType<typeof checked>;
  beforeAll(async () => {
    sample = checked((await reportOf(readFileSync(SHARED_SAMPLE))).report);
  });

  test("LibreOffice Calc's save gives the same report", async () => {
    expect(checked((await reportOf(savedByLibreOffice(readFileSync(SHARED_SAMPLE)))).report)).toEqual(sample);
  });

  test("openpyxl's save gives the same report", async () => {
    expect(checked((await reportOf(savedByOpenpyxl(readFileSync(SHARED_SAMPLE)))).report)).toEqual(sample);
  });

  test("openpyxl's own register with formulas (no cached values) and a 1904 calendar", async () => {
    const script = `
import sys, datetime, openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "${REGISTER}"
ws.append(["序号", "友城名称", "关系类型", "签署日期", "到期日期"])
rows = ${JSON.stringify(ROWS.map((r) => [r.partner, r.signed.toISOString().slice(0, 10), r.ends.toISOString().slice(0, 10)]))}
for i, (partner, signed, ends) in enumerate(rows):
    ws.append([i + 1, partner, "友好城市", datetime.date.fromisoformat(signed), datetime.date.fromisoformat(ends)])
    ws.cell(row=i + 2, column=4).number_format = "yyyy-mm-dd"
    ws.cell(row=i + 2, column=5).number_format = "yyyy-mm-dd"
ws["G1"] = "=COUNTA(B2:B99)"
wb.save(sys.argv[1])
`;
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const tmp = mkdtempSync(join(tmpdir(), "pc-openpyxl-"));
    try {
      const file = join(tmp, "register.xlsx");
      openpyxl(script, [file]);
      const xlsx = readFileSync(file);
      const { report, grid } = await reportOf(xlsx);
      expect(grid.date1904).toBe(true);
      expect(report.agreements.map((a) => [a.partner, a.lastDay])).toEqual(plain.agreements.map((a) => [a[0], a[3]]));
      expect(report.findings.filter((f) => f.rule === "DATA-UNCALCULATED").map((f) => [f.sheet, f.row])).toEqual([
        [REGISTER, 1],
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("other formats keep their one-line refusal", () => {
  test.each(["xls", "ods", "csv"])(
    "the sample as LibreOffice saves it as .%s: exit 2, one line, save it as .xlsx",
    async (extension) => {
      const bytes = convertedByLibreOffice(readFileSync(SHARED_SAMPLE), extension);
      const dir = mkdtempSync(join(tmpdir(), "pc-format-"));
      try {
        writeFileSync(join(dir, `book.${extension}`), bytes);
        const err: string[] = [];
        const out: string[] = [];
        const code = await runReport([`book.${extension}`, "--out", "copy.xlsx"], {
          stdout: (t) => void out.push(t),
          stderr: (l) => void err.push(l),
          cwd: dir,
          now: () => new Date(),
        });
        expect(code).toBe(2);
        expect(out).toEqual([]);
        expect(err).toEqual([
          `book.${extension} 不是 Excel 工作簿（.xlsx）。.xls、.csv 等格式请先在 Excel 中另存为 .xlsx`,
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
