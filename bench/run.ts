/**
 * `npm run bench`: how long the command line's work takes on a big exchange log.
 *
 * For each case it generates a workbook into bench/out/ (git-ignored; reused while the case's
 * options and the generator are unchanged), then measures
 *   - parse: readWorkbookBytes and readWorkbookBuffer, exceljs included (median of 3),
 *   - analysis: analyzeWorkbook + buildReport on the parsed grid (median of 5),
 *   - memory: the process's RSS high-water mark (process.resourceUsage().maxRSS) and heap used,
 *   - office-js writer: a full run (read, analyse, write every sheet and the highlights) on the
 *     in-memory Excel host: syncs per full run (and of them the reads), the write requests' sizes
 *     in bytes, the writer's time on that host (the whole run, and the run less its read and
 *     analysis), the plan's size (JSON), and the bound: the issue's 3 syncs plus one per 4 MB
 *     written, with the reads beyond a sheet's first 1,000 rows added — Excel on the web refuses
 *     a response over 5 MB as it refuses a request, so the reader (src/excel-host/readWorkbook.ts)
 *     reads 100,000 cells per round trip past them. readResponseEstMb is the JSON size of every
 *     cell's value and format, an estimate of what the reads bring back, not measured on Excel.
 * prints a table and writes bench/results.json.
 *
 * To add a size, add a case to CASES; to add a figure, add a step to STEPS (each returns the
 * figures it measured, or throws to be reported as failed without stopping the others).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeWorkbook } from "../src/core/analyze";
import { createFakeExcel } from "../src/excel-fake";
import { fakeStateFromXlsx } from "../src/excel-fake/fromXlsx";
import { REQUEST_BUDGET_BYTES } from "../src/excel-host/applyPlan";
import { readWorkbook } from "../src/excel-host/readWorkbook";
import { writeWorkbook } from "../src/excel-host/workbookService";
import { buildReport } from "../src/core/report/buildReport";
import type { WorkbookGrid } from "../src/core/workbook";
import { readWorkbookBuffer, readWorkbookBytes } from "../src/excel-file/readWorkbook";
import {
  DEFAULT_SAMPLE_OPTIONS,
  generateSample,
  writeSampleFile,
  type SampleOptions,
} from "../scripts/sample/generateWorkbook";

const ROOT = join(__dirname, "..");
const OUT_DIR = join(ROOT, "bench", "out");
const RESULTS = join(ROOT, "bench", "results.json");
const GENERATOR = join(ROOT, "scripts", "sample", "generateWorkbook.ts");

interface BenchCase {
  id: string;
  options: SampleOptions;
  /** A workbook that is not generated (the office's sample), read where it is. */
  file?: string;
}

/** The office's sample, beside the repository (../shared/samples), when it is there. */
const SHARED_SAMPLE = join(ROOT, "..", "shared", "samples", "partner-cities-sample.xlsx");

const generated = (exchanges: number, partners: number): BenchCase => ({
  id: `exchanges-${exchanges >= 1000 ? `${exchanges / 1000}k` : exchanges}-partners-${partners}`,
  options: { ...DEFAULT_SAMPLE_OPTIONS, exchanges, partners },
});

export const CASES: BenchCase[] = [
  ...(existsSync(SHARED_SAMPLE)
    ? [{ id: "office-sample", options: { ...DEFAULT_SAMPLE_OPTIONS }, file: SHARED_SAMPLE }]
    : []),
  generated(1_000, 50),
  generated(10_000, 50),
  generated(10_000, 500),
  generated(100_000, 50),
];

interface Context {
  benchCase: BenchCase;
  file: string;
  /** The grid of the last parse, for the steps after it. */
  grid: WorkbookGrid | null;
}

type Figures = Record<string, number | string | null>;

interface Step {
  name: string;
  run: (context: Context) => Promise<Figures>;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number): number => round(bytes / 1024 / 1024);
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

async function timed(times: number, run: () => unknown | Promise<unknown>): Promise<number[]> {
  const runs: number[] = [];
  for (let k = 0; k < times; k++) {
    collect();
    const start = performance.now();
    await run();
    runs.push(round(performance.now() - start));
  }
  return runs;
}

export const STEPS: Step[] = [
  {
    name: "parse",
    run: async (context) => {
      const runs = await timed(3, async () => {
        context.grid = await readWorkbookBuffer(await readWorkbookBytes(context.file));
      });
      const rows = context.grid?.sheets.reduce((n, s) => n + s.values.length, 0) ?? 0;
      return { medianMs: median(runs), runsMs: runs.join(" / "), gridRows: rows };
    },
  },
  {
    name: "analysis",
    run: async (context) => {
      const grid = context.grid;
      if (!grid) throw new Error("no parsed workbook");
      const today = context.benchCase.options.anchor;
      let findings = 0;
      const runs = await timed(5, () => {
        const analysis = analyzeWorkbook(grid, { today });
        buildReport(analysis, "zh-CN");
        findings = analysis.findings.length;
      });
      return { medianMs: median(runs), runsMs: runs.join(" / "), findings };
    },
  },
  {
    name: "office-js writer",
    run: async (context) => {
      const today = context.benchCase.options.anchor;
      const state = await fakeStateFromXlsx(await readFile(context.file));
      const excel = createFakeExcel(state);
      // The read and analysis alone, on a copy, to tell the writer's own time from the run's.
      const reading = createFakeExcel(structuredClone(state));
      const readStart = performance.now();
      const readOk = await reading
        .run(async (ctx) => analyzeWorkbook((await readWorkbook(ctx)).book, { today }))
        .then(
          () => true,
          () => false,
        );
      const readMs = readOk ? performance.now() - readStart : 0;
      collect();
      const start = performance.now();
      const plan = (await writeWorkbook(excel.run, { lang: "zh-CN", today }, "all")).plan!;
      const runMs = performance.now() - start;
      const readSyncs = reading.stats.syncs;
      const writes = excel.stats.requestBytes.slice(readSyncs);
      const written = writes.reduce((a, b) => a + b, 0);
      // The issue's bound (two reads, one write, one more per 4 MB written), plus the reads that
      // Excel on the web's 5 MB limit on responses makes necessary beyond a sheet's first 1,000 rows.
      const bound = readSyncs + Math.max(1, Math.ceil(written / REQUEST_BUDGET_BYTES));
      const responseBytes = state.sheets.reduce(
        (n, s) => n + JSON.stringify(Object.values(s.cells).map((c) => [c.value, c.numberFormat ?? "General"])).length,
        0,
      );
      return {
        syncsPerFullRun: excel.stats.syncs,
        readSyncs,
        bound,
        withinBound: excel.stats.syncs <= bound ? "yes" : "NO",
        writeRequestsBytes: writes.join(" + "),
        writtenMb: mb(written),
        largestRequestBytes: Math.max(...excel.stats.requestBytes),
        runMs: round(runMs),
        writerMs: round(Math.max(0, runMs - readMs)),
        planBytes: Buffer.byteLength(JSON.stringify(plan)),
        readResponseEstMb: mb(responseBytes),
      };
    },
  },
  {
    name: "memory",
    run: async () => ({
      maxRssMb: round(process.resourceUsage().maxRSS / 1024),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
    }),
  },
];

/** Reuses bench/out/<id>.xlsx while its options and the generator's source are the same. */
async function ensureWorkbook(benchCase: BenchCase): Promise<{ file: string; generatedMs: number | null }> {
  if (benchCase.file) return { file: benchCase.file, generatedMs: null };
  const file = join(OUT_DIR, `${benchCase.id}.xlsx`);
  const keyFile = join(OUT_DIR, `${benchCase.id}.key`);
  const source = await readFile(GENERATOR, "utf8");
  const key = createHash("sha256").update(JSON.stringify(benchCase.options)).update(source).digest("hex");
  if (existsSync(file) && existsSync(keyFile) && (await readFile(keyFile, "utf8")) === key)
    return { file, generatedMs: null };
  const start = performance.now();
  await writeSampleFile(file, generateSample(benchCase.options), { streaming: true });
  await writeFile(keyFile, key);
  return { file, generatedMs: round(performance.now() - start) };
}

interface StepResult {
  step: string;
  ok: boolean;
  figures: Figures;
  error?: string;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 160);
}

function printTable(id: string, results: StepResult[]): void {
  const rows = results.map((r) => [
    r.step,
    r.ok
      ? Object.entries(r.figures)
          .map(([k, v]) => `${k}=${v}`)
          .join("  ")
      : `failed (${r.error})`,
  ]);
  const width = Math.max(...rows.map((r) => r[0].length), 4);
  console.log(`\n${id}`);
  for (const [step, text] of rows) console.log(`  ${step.padEnd(width)}  ${text}`);
}

async function main(): Promise<void> {
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === "function",
    cases: [] as {
      id: string;
      options: SampleOptions;
      workbook: { file: string; generatedMs: number | null };
      steps: StepResult[];
    }[],
  };
  for (const benchCase of CASES) {
    const workbook = await ensureWorkbook(benchCase);
    console.log(
      `${benchCase.id}: ${workbook.generatedMs === null ? "cached" : `generated in ${workbook.generatedMs} ms`} (${workbook.file})`,
    );
    const context: Context = { benchCase, file: workbook.file, grid: null };
    const steps: StepResult[] = [];
    for (const step of STEPS) {
      try {
        steps.push({ step: step.name, ok: true, figures: await step.run(context) });
      } catch (error) {
        steps.push({ step: step.name, ok: false, figures: {}, error: oneLine(error) });
      }
    }
    printTable(benchCase.id, steps);
    const file = benchCase.file
      ? join("..", "shared", "samples", "partner-cities-sample.xlsx")
      : join("bench", "out", `${benchCase.id}.xlsx`);
    report.cases.push({ id: benchCase.id, options: benchCase.options, workbook: { ...workbook, file }, steps });
  }
  await writeFile(RESULTS, JSON.stringify(report, null, 2) + "\n");
  console.log(`\nwritten ${join("bench", "results.json")}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`bench: ${oneLine(error)}`);
    process.exitCode = 1;
  });
}
