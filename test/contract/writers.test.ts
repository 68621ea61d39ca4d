/**
 * The contract between the three writers: the office-js writer on the in-memory Excel, the ET
 * writer (WPS) on the in-memory ET host and the exceljs writer carry out the same plans, and the
 * workbooks they leave are compared cell by cell through `workbookModel` (see there for what is
 * compared and what is left out). The two in-memory hosts share one workbook state and one
 * state-to-xlsx, so the office-js and ET workbooks are compared whole, without exception.
 *
 * What the in-memory host loses on the way (fromXlsx → state → toXlsx), so what the office-js
 * path's file cannot show, and is never compared for it:
 * - merged cells (the host does not model them; only the master cell's value is kept) — the
 *   exceljs path keeps them, and a test below says so rather than hiding it;
 * - cells holding "" (Excel has no such thing; the model treats them as empty for both);
 * - fonts other than bold and colour (italic, underline, size), borders, alignment other than
 *   wrap, row heights, data validation, comments, defined names, images, pivot tables, print
 *   setup, the input's own charts;
 * - conditional formats other than expression ("Custom") rules, and a rule's style other than
 *   its fill and font colour;
 * - the Office settings (written by the office-js writer only; not in the .xlsx of either).
 * None of the workbooks below has any of these, except the merged title rows.
 *
 * The user's cells are compared twice: in the model (value, format, formula, link) and through
 * `readWorkbookBuffer`'s grids (values and formats as the core reads them, merged cells blank).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/core/model";
import type { PlanFont } from "../../src/core/plan/writePlan";
import type { CellValue, SheetGrid } from "../../src/core/workbook";
import { columnLetter } from "../../src/core/detect/mapping";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { ownTables, userSheets, withoutMerges, workbookModel, type WorkbookModel } from "./workbookModel";
import {
  exceljsRuns,
  officeRuns,
  wpsRuns,
  REGISTER,
  REGISTER_ROWS,
  registerWorkbook,
  toBuffer,
  type Runs,
} from "./writers";
import type { OfficeClient } from "../helpers/officeJsClient";
import { useFastEquality } from "../helpers/fastEquality";

useFastEquality();

const SHARED_SAMPLE = join(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");
const DEMO = join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");

const ZH_SHEETS = ["到期提醒", "合规检查", "资格评估", "2026年度交流总结"];
const EN_SHEETS = ["Expiry", "Findings", "Eligibility", "2026 Summary"];
const OWN_TABLES = [
  "PartnerCities_Expiry",
  "PartnerCities_Findings",
  "PartnerCities_Eligibility",
  "PartnerCities_Summary_2026",
];

const FORMULA_LOOKING = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "<img src=x onerror=alert(1)>"];
const USER_RULE = "LEN($B3)>3";

interface Case {
  name: string;
  input: () => Promise<Buffer>;
  /** Languages of the successive runs; the last one is run twice more in the checks. */
  langs: Lang[];
  /** The add-in's sheet names after the last run, in the order of OWN_TABLES. */
  ownSheets: string[];
  /** Registers highlighted (one rule per status colour each). */
  registers: number;
  /** The summary has partners, so a chart. */
  chart: boolean;
  extra?: (runs: { office: Models; exceljs: Models; wps: Models; input: WorkbookModel }) => void;
}

interface Models {
  outputs: WorkbookModel[];
  removed: WorkbookModel;
  runs: Runs;
}

const CASES: Case[] = [
  {
    name: "the office's sample",
    input: async () => readFileSync(SHARED_SAMPLE),
    langs: ["zh-CN"],
    ownSheets: ZH_SHEETS,
    registers: 1,
    chart: true,
  },
  {
    name: "the demo workbook",
    input: async () => readFileSync(DEMO),
    langs: ["zh-CN"],
    ownSheets: ZH_SHEETS,
    registers: 1,
    chart: true,
  },
  {
    name: "a register with a user's own conditional format",
    input: async () => {
      const { workbook, sheet } = registerWorkbook();
      sheet.addConditionalFormatting({
        ref: "B3:B6",
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [USER_RULE],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
          },
        ],
      });
      return toBuffer(workbook);
    },
    langs: ["zh-CN"],
    ownSheets: ZH_SHEETS,
    registers: 1,
    chart: true,
    extra: ({ office, exceljs, wps, input }) => {
      expect(input.userRules).toEqual([`${REGISTER} | B3:B6 | expression | ${USER_RULE} | #C6EFCE | -`]);
      for (const m of [
        ...office.outputs,
        office.removed,
        ...exceljs.outputs,
        exceljs.removed,
        ...wps.outputs,
        wps.removed,
      ])
        expect(m.userRules).toEqual(input.userRules);
    },
  },
  {
    name: "partner names that look like formulas or HTML",
    input: async () => {
      // A fifth agreement for the fifth name, ending in 2030 like the fourth.
      const rows = [...REGISTER_ROWS, REGISTER_ROWS[3]!].map((r, i) => ({ ...r, partner: FORMULA_LOOKING[i]! }));
      return toBuffer(registerWorkbook(rows).workbook);
    },
    langs: ["zh-CN"],
    ownSheets: ZH_SHEETS,
    registers: 1,
    chart: true,
    extra: ({ office, exceljs, wps }) => {
      for (const m of [...office.outputs, ...exceljs.outputs, ...wps.outputs]) {
        const expiry = m.sheets.find((s) => s.name === "到期提醒")!;
        const partners = Object.entries(expiry.cells).filter(([ref]) => /^A\d+$/.test(ref) && ref !== "A1");
        // Each is a live agreement, listed once, as its text.
        for (const name of FORMULA_LOOKING) {
          expect(partners.filter(([, c]) => c.value === name)).toEqual([
            [expect.any(String), { value: name, numFmt: "@", formula: null, link: null, font: "" }],
          ]);
        }
        // Everywhere the add-in wrote one of them, it is text.
        for (const sheet of m.sheets.filter((s) => ZH_SHEETS.includes(s.name))) {
          for (const cell of Object.values(sheet.cells))
            if (FORMULA_LOOKING.some((n) => String(cell.value).includes(n))) expect(cell.formula).toBeNull();
        }
      }
    },
  },
  {
    name: "a user's sheet already named 到期提醒",
    input: async () => {
      const { workbook } = registerWorkbook();
      const mine = workbook.addWorksheet("到期提醒");
      mine.getCell("A1").value = "我自己的到期表";
      mine.getCell("B2").value = 42;
      return toBuffer(workbook);
    },
    langs: ["zh-CN"],
    ownSheets: ["到期提醒 (2)", ...ZH_SHEETS.slice(1)],
    registers: 1,
    chart: true,
    extra: ({ office, exceljs, wps }) => {
      for (const m of [...office.outputs, ...exceljs.outputs, ...wps.outputs]) {
        expect(m.sheets.filter((s) => s.name === "到期提醒").map((s) => s.cells)).toEqual([
          {
            A1: { value: "我自己的到期表", numFmt: "General", formula: null, link: null, font: "" },
            B2: { value: 42, numFmt: "General", formula: null, link: null, font: "" },
          },
        ]);
        expect(m.ownRules.every((r) => r.includes("'到期提醒 (2)'!$A:$D"))).toBe(true);
      }
    },
  },
  {
    name: "a zh-CN run followed by an en-US run",
    input: async () => toBuffer(registerWorkbook().workbook),
    langs: ["zh-CN", "en-US"],
    ownSheets: EN_SHEETS,
    registers: 1,
    chart: true,
    extra: ({ office, exceljs, wps }) => {
      for (const models of [office, exceljs, wps]) {
        expect(Object.values(ownTables(models.outputs[0]!)).map((t) => t.sheet)).toEqual(ZH_SHEETS);
        const last = models.outputs[models.outputs.length - 1]!;
        expect(last.sheets.map((s) => s.name).filter((n) => ZH_SHEETS.includes(n))).toEqual([]);
        expect(last.ownRules.every((r) => r.includes("'Expiry'!$A:$D"))).toBe(true);
      }
    },
  },
];

async function models(runs: Runs): Promise<Models> {
  return {
    outputs: await Promise.all(runs.outputs.map(workbookModel)),
    removed: await workbookModel(runs.removed),
    runs,
  };
}

/**
 * A grid's non-blank cells: "" and null are both a blank cell to Excel, and a blank cell's format
 * is nobody's business (the host keeps no blank cells, so neither the blank slaves of a merge).
 */
function gridCells(sheet: SheetGrid): Record<string, [CellValue, string]> {
  const out: Record<string, [CellValue, string]> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") out[`${r},${c}`] = [value, sheet.formats?.[r]?.[c] ?? "General"];
    }),
  );
  return out;
}

/** A plan's font as the model spells a cell's font. */
const fontText = (font: PlanFont): string =>
  [font.bold ? "bold" : "", font.underline ? "underline" : "", font.color ?? ""].filter(Boolean).join(" ");

const sheetOf = (m: WorkbookModel, name: string) => m.sheets.find((s) => s.name === name);

test("the office's sample is beside the repository", () => {
  expect(existsSync(SHARED_SAMPLE)).toBe(true);
});

/** Each case through the in-memory host directly, and through the real office.js client of each host file. */
const CLIENTS: { client?: OfficeClient; label: string }[] = [
  { label: "in-memory host" },
  { client: "web", label: "office.js web client" },
  { client: "win32", label: "office.js Windows client" },
];

/** The exceljs and WPS writers' runs do not depend on the office.js client: made once per case. */
const otherModels = new Map<string, Promise<{ exceljs: Models; wps: Models }>>();

describe.each(CASES.flatMap((c) => CLIENTS.map(({ client, label }) => ({ ...c, client, label }))))(
  "$name, $label",
  (c) => {
    let input: Buffer;
    let inputModel: WorkbookModel;
    let office: Models;
    let exceljs: Models;
    let wps: Models;
    // The last language twice: the second run must change nothing.
    const langs = [...c.langs, c.langs[c.langs.length - 1]!];

    beforeAll(async () => {
      input = await c.input();
      inputModel = await workbookModel(input);
      office = await models(await officeRuns(input, langs, c.client));
      if (!otherModels.has(c.name))
        otherModels.set(
          c.name,
          (async () => ({
            exceljs: await models(await exceljsRuns(input, langs)),
            wps: await models(await wpsRuns(input, langs)),
          }))(),
        );
      ({ exceljs, wps } = await otherModels.get(c.name)!);
    });

    const all = () =>
      [
        ["office-js", office],
        ["exceljs", exceljs],
        ["ET", wps],
      ] as const;

    test("the three writers carry out the same plans", () => {
      const withoutSettings = ({ settings: _settings, ...rest }: (typeof office.runs.plans)[number]) => rest;
      expect(office.runs.plans.map(withoutSettings)).toEqual(exceljs.runs.plans.map(withoutSettings));
      expect(wps.runs.plans).toEqual(office.runs.plans);
    });

    test("the ET writer leaves the workbook the office-js writer leaves, cell by cell", () => {
      expect(wps.outputs).toEqual(office.outputs);
      expect(wps.removed).toEqual(office.removed);
    });

    test("the two writers leave the same workbook, cell by cell (merged cells aside: the host has none)", () => {
      office.outputs.forEach((m, i) => {
        const other = withoutMerges(exceljs.outputs[i]!);
        expect(m.sheets.map((s) => s.name)).toEqual(other.sheets.map((s) => s.name));
        for (const sheet of m.sheets) expect([sheet.name, sheet]).toEqual([sheet.name, sheetOf(other, sheet.name)]);
        expect(m.tables).toEqual(other.tables);
        expect(m.ownRules).toEqual(other.ownRules);
        expect(m.userRules).toEqual(other.userRules);
        expect(m.charts).toEqual(other.charts);
      });
      expect(office.removed).toEqual(withoutMerges(exceljs.removed));
    });

    test("known loss, not hidden: the exceljs writer keeps merged cells, the in-memory host drops them", () => {
      const merged = inputModel.sheets.filter((s) => s.merges.length > 0).map((s) => [s.name, s.merges]);
      for (const m of [...exceljs.outputs, exceljs.removed]) {
        expect(m.sheets.filter((s) => s.merges.length > 0).map((s) => [s.name, s.merges])).toEqual(merged);
      }
      for (const m of [...office.outputs, office.removed, ...wps.outputs, wps.removed])
        expect(m.sheets.flatMap((s) => s.merges)).toEqual([]);
    });

    test("every input cell is unchanged", async () => {
      const inputGrid = await readWorkbookBuffer(input);
      for (const [, models] of all()) {
        for (const m of [...models.outputs, models.removed]) {
          // The user's sheets keep their order, before and around the add-in's.
          expect(userSheets(m).map((s) => s.name)).toEqual(inputModel.sheets.map((s) => s.name));
          for (const sheet of inputModel.sheets) {
            const out = sheetOf(m, sheet.name)!;
            expect([sheet.name, out.cells]).toEqual([sheet.name, sheet.cells]);
            expect(out.freezeRows).toBe(sheet.freezeRows);
          }
          expect(m.userRules).toEqual(inputModel.userRules);
          expect(Object.entries(m.tables).filter(([n]) => !n.startsWith("PartnerCities_"))).toEqual(
            Object.entries(inputModel.tables),
          );
        }
        for (const output of [...models.runs.outputs, models.runs.removed]) {
          const grid = await readWorkbookBuffer(output);
          for (const sheet of inputGrid.sheets) {
            const out = grid.sheets.find((s) => s.name === sheet.name)!;
            expect([sheet.name, gridCells(out)]).toEqual([sheet.name, gridCells(sheet)]);
            expect(out.tables).toEqual(sheet.tables);
          }
        }
      }
    });

    test("the add-in's sheets, tables, rules and chart are there once, and no text it wrote is a formula", () => {
      for (const [, models] of all()) {
        const last = models.outputs[models.outputs.length - 1]!;
        expect(ownTables(last)).toEqual(
          Object.fromEntries(
            OWN_TABLES.map((t, i) => [
              t,
              { sheet: c.ownSheets[i], ref: expect.stringMatching(/^A1:[A-Z]+\d+$/), style: "TableStyleMedium2" },
            ]),
          ),
        );
        for (const name of c.ownSheets) {
          const sheet = sheetOf(last, name)!;
          expect(last.sheets.filter((s) => s.name === name)).toHaveLength(1);
          expect(sheet.freezeRows).toBe(1);
          expect(Object.values(sheet.cells).filter((cell) => cell.formula !== null)).toEqual([]);
          expect(Object.keys(sheet.cells).length).toBeGreaterThan(0);
        }
        expect(last.ownRules).toHaveLength(3 * c.registers);
        expect(new Set(last.ownRules).size).toBe(3 * c.registers);
        expect(last.ownRules.map((r) => r.split(" | ")[4])).toEqual(
          expect.arrayContaining(["#FFC7CE", "#F8CBAD", "#FFEB9C"]),
        );
        const summary = c.ownSheets[3]!;
        expect(last.charts.map((ch) => ch.sheet)).toEqual(c.chart ? [summary] : []);
        for (const ch of last.charts) for (const ref of ch.refs) expect(ref.startsWith(`'${summary}'!`)).toBe(true);
      }
    });

    test("every visible choice is the plan's: widths, number formats, fonts, table style, frozen rows, chart place", () => {
      for (const [, models] of all()) {
        const n = models.outputs.length;
        const [last, plan] = [models.outputs[n - 1]!, models.runs.plans[n - 1]!];
        for (const sheetPlan of plan.sheets) {
          const sheet = sheetOf(last, sheetPlan.name)!;
          // Excel draws a column of n characters n × 7 + 5 px wide (7 px a digit, 5 px of padding).
          expect(sheet.widths).toEqual(
            Object.fromEntries(sheetPlan.columns.map((col, j) => [columnLetter(j), col.width * 7 + 5])),
          );
          expect(sheet.freezeRows).toBe(sheetPlan.freezeRows);
          expect(last.tables[sheetPlan.tableName]!.style).toBe(sheetPlan.tableStyle);
          sheetPlan.columns.forEach((col, j) => {
            expect(sheet.cells[`${columnLetter(j)}1`]).toMatchObject({
              value: col.header,
              numFmt: sheetPlan.headerNumberFormat,
            });
            sheetPlan.rows.forEach((row, i) => {
              const cell = sheet.cells[`${columnLetter(j)}${i + 2}`];
              if (cell) expect(cell.numFmt).toBe(col.numberFormat);
              const value = row[j];
              if (typeof value === "object" && value !== null)
                expect(cell).toMatchObject({ link: value.target, font: fontText(sheetPlan.linkFont) });
            });
          });
          if (sheetPlan.totals) {
            const row = Math.max(1, sheetPlan.rows.length) + 2;
            expect(sheet.cells[`A${row}`]).toMatchObject({
              value: sheetPlan.totals[0],
              font: fontText(sheetPlan.totalsFont),
            });
          }
          const charts = last.charts.filter((ch) => ch.sheet === sheetPlan.name);
          if (sheetPlan.chart && sheetPlan.rows.length > 0) {
            const { topLeft, bottomRight } = sheetPlan.chart.position;
            // The drawing's corners: the top-left of the first cell, the top-left of the one after the last.
            const anchor = `${topLeft.column},${topLeft.row}+0,0 ${bottomRight.column + 1},${bottomRight.row + 1}+0,0`;
            expect(charts.map((ch) => ch.anchor)).toEqual([anchor]);
          } else expect(charts).toEqual([]);
        }
      }
    });

    test("a second run gives the same workbook as the first", () => {
      for (const [, models] of all()) {
        const n = models.outputs.length;
        expect(models.outputs[n - 1]).toEqual(models.outputs[n - 2]);
      }
    });

    test("the removal takes away exactly what was added", () => {
      expect(office.removed).toEqual(withoutMerges(inputModel));
      expect(wps.removed).toEqual(withoutMerges(inputModel));
      expect(exceljs.removed).toEqual(inputModel);
    });

    if (c.extra) test("case-specific checks", () => c.extra!({ office, exceljs, wps, input: inputModel }));
  },
);
