/**
 * Runs one corpus case through everything a user's workbook meets: the analysis and the JSON
 * report, the exceljs writer (the command line's --out) and the office-js writer on the in-memory
 * host. Failures are captured, not thrown, so that each test of a case reports its own.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Analysis, Lang } from "../../src/core/model";
import { planWrites } from "../../src/core/plan/planWrites";
import { TABLE_PREFIX, type WritePlan } from "../../src/core/plan/writePlan";
import { buildReport, type ReportDocument } from "../../src/core/report/buildReport";
import type { WorkbookGrid } from "../../src/core/workbook";
import { applyPlanToXlsx } from "../../src/excel-file/applyPlan";
import { attributes, readText, sheetParts, startTags } from "../../src/excel-file/plan/ooxml";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { classifyExcelError, type ExcelFailure } from "../../src/excel-host/excelErrors";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import type { FakeCell, FakeWorkbookState } from "../../src/excel-fake/state";
import { writeWorkbook } from "../../src/excel-host/workbookService";

export const TODAY = "2026-11-27";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function attempt<T>(work: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}

export function unwrap<T>(outcome: Outcome<T>, what: string): T {
  if (outcome.ok) return outcome.value;
  const e = outcome.error;
  const text = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  throw new Error(`${what} threw: ${text}`);
}

/** A sheet's cells as exceljs reads them from a file: value (formulas with their text), number format. */
export type CellSnapshot = Record<
  string,
  { value: unknown; numFmt: string | null; note?: unknown; validation?: unknown }
>;

export interface SheetExtras {
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
  autoFilter: unknown;
  protectedSheet: boolean;
  state: string;
  /** The user's conditional formats (the add-in's own, marked PartnerCities, left out). */
  conditional: unknown;
}

export interface ExcelJsView {
  cells: Record<string, CellSnapshot>;
  extras: Record<string, SheetExtras>;
  names: string[];
  date1904: boolean;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Every cell of every sheet, as exceljs loads the file: formulas, errors, rich text and all. */
export async function excelJsView(buffer: Buffer): Promise<ExcelJsView> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const cells: Record<string, CellSnapshot> = {};
  const extras: Record<string, SheetExtras> = {};
  const date1904 = Boolean(workbook.properties.date1904);
  for (const ws of workbook.worksheets) {
    const snap: CellSnapshot = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.hidden) hiddenRows.push(n);
      row.eachCell({ includeEmpty: false }, (cell) => {
        const note = cell.note === undefined ? undefined : normalise(cell.note);
        const validation = cell.dataValidation === undefined ? undefined : normalise(cell.dataValidation);
        if ((cell.value === null || cell.value === undefined) && note === undefined && validation === undefined) return;
        snap[cell.address] = {
          value: normalise(cell.value),
          numFmt: cell.numFmt || null,
          ...(note === undefined ? {} : { note }),
          ...(validation === undefined ? {} : { validation }),
        };
      });
    });
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
    const model = ws.model as unknown as { merges?: string[] };
    extras[ws.name] = {
      merges: [...(model.merges ?? [])].sort(),
      hiddenRows,
      hiddenColumns,
      autoFilter: normalise(ws.autoFilter ?? null),
      protectedSheet: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      state: ws.state,
      conditional: normalise(
        (
          (ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: unknown[] }[] }[] })
            .conditionalFormattings ?? []
        )
          .map((cf) => ({
            ref: cf.ref,
            rules: cf.rules.filter((r) => !JSON.stringify(r.formulae ?? []).includes("PartnerCities")),
          }))
          .filter((cf) => cf.rules.length > 0),
      ),
    };
    cells[ws.name] = snap;
  }
  return { cells, extras, names: workbook.worksheets.map((w) => w.name), date1904 };
}

export interface ExcelJsWrite {
  plan: WritePlan;
  output: Buffer;
  outputGrid: WorkbookGrid;
  before: ExcelJsView;
  after: ExcelJsView;
  /** Links inside the workbook of the output, by sheet: cell → location ('Sheet'!A4), as Excel reads them. */
  links: Record<string, Record<string, string>>;
  /** Every sheet the output's workbook part lists, chart sheets included, in tab order. */
  tabs: string[];
}

/** The location-only (internal) links of each worksheet of a package, which exceljs does not read back. */
async function internalLinks(
  buffer: Buffer,
): Promise<{ links: Record<string, Record<string, string>>; tabs: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const links: Record<string, Record<string, string>> = {};
  for (const part of await sheetParts(zip)) {
    const xml = (await readText(zip, part.path)) ?? "";
    const found: Record<string, string> = {};
    for (const tag of startTags(xml, "hyperlink")) {
      const a = attributes(tag);
      if (a.ref && a.location !== undefined) found[a.ref] = a.location;
    }
    links[part.name] = found;
  }
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const tabs = startTags(workbook, "sheet").map((tag) => attributes(tag).name ?? "");
  return { links, tabs };
}

export interface FakeWrite {
  before: FakeWorkbookState;
  after: FakeWorkbookState;
  /** The refusal, when the write was refused. */
  refusal: { error: unknown; failure: ExcelFailure } | null;
  plan: WritePlan | null;
}

export interface CaseRun {
  input: Buffer;
  grid: WorkbookGrid;
  analysis: Analysis;
  report: ReportDocument;
  excelJs: Outcome<ExcelJsWrite>;
  fake: Outcome<FakeWrite>;
}

export interface RunOptions {
  lang: Lang;
  /** Sheets to protect on the in-memory host before the write (inject.protectSheet). */
  protectInFake?: string[];
}

export async function runCase(input: Buffer, options: RunOptions): Promise<Outcome<CaseRun>> {
  return attempt(async () => {
    const grid = await readWorkbookBuffer(input);
    const analysis = analyzeWorkbook(grid, { today: TODAY });
    const report = buildReport(analysis, options.lang);

    const excelJs = await attempt(async (): Promise<ExcelJsWrite> => {
      const before = await excelJsView(input);
      const plan = planWrites(analysis, grid, { lang: options.lang, scope: "all", fixedToday: TODAY });
      const output = await applyPlanToXlsx(input, plan);
      return {
        plan,
        output,
        outputGrid: await readWorkbookBuffer(output),
        before,
        after: await excelJsView(output),
        ...(await internalLinks(output)),
      };
    });

    const fake = await attempt(async (): Promise<FakeWrite> => {
      const state = await fakeStateFromXlsx(input);
      const before = structuredClone(state);
      const excel = createFakeExcel(state);
      for (const name of options.protectInFake ?? []) excel.inject.protectSheet(name);
      try {
        const outcome = await writeWorkbook(excel.run, { lang: options.lang, today: TODAY }, "all");
        return { before, after: excel.state, refusal: null, plan: outcome.plan };
      } catch (error) {
        return { before, after: excel.state, refusal: { error, failure: classifyExcelError(error) }, plan: null };
      }
    });

    return { input, grid, analysis, report, excelJs, fake };
  });
}

/** Cells of a fake sheet as plain data, for comparing. */
export function fakeCells(state: FakeWorkbookState, sheet: string): Record<string, FakeCell> | undefined {
  return state.sheets.find((s) => s.name === sheet)?.cells;
}

/** The add-in's sheets in a fake state: those holding a table with the add-in's prefix. */
export function fakeOwnSheets(state: FakeWorkbookState): string[] {
  return state.sheets.filter((s) => s.tables.some((t) => t.name.startsWith(TABLE_PREFIX))).map((s) => s.name);
}

/** Excel keeps at most this many characters in a cell. */
export const EXCEL_CELL_LIMIT = 32_767;
