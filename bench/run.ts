/**
 * `npm run bench`: how long the command line's work takes on a big exchange log.
 *
 * For each case it generates a workbook into bench/out/ (git-ignored; reused while the case's
 * options and the generator are unchanged), then measures
 *   - parse: readWorkbookBytes and readWorkbookBuffer, exceljs included (median of 3),
 *   - analysis: analyzeWorkbook + buildReport on the parsed grid (median of 5),
 *   - memory: the process's RSS high-water mark (process.resourceUsage().maxRSS) and heap used,
 *   - command line: `npm run report` itself, as a child process (node with tsx's loader, as
 *     `npm run report` runs it), once for the JSON and once with --out: each one's own peak RSS
 *     (read by bench/peakRss.cjs inside it) and its wall time,
 *   - office-js writer: a full run (read, analyse, write every sheet and the highlights) as the
 *     add-in makes it inside Excel: Excel.run of the real office.js client (Microsoft's web host
 *     file in jsdom, test/helpers/officeJsClient.ts), its requests answered by the in-memory host.
 *     Syncs per full run (Excel.run's clean-up request included; of them the reads), the largest
 *     request and the largest response in bytes as the client serializes them (UTF-8 of the
 *     JSON), the clean-up request's size, the write requests' sizes, the writer's time on that
 *     host (the whole run, and the run less its read and analysis), the plan's size (JSON), and
 *     the bound: the reads, one write plus one per 4 MB written, and the clean-up request. Excel
 *     on the web refuses a request or a response over 5 MB; the writer budgets 4,000,000 bytes a
 *     request and the reader some 3 MB a response.
 * prints a table, writes bench/results.json and rewrites the README's bench table from it
 * (bench/table.ts).
 *
 *   npm run bench                                  every case
 *   npm run bench -- --only office-sample,exchanges-1k-partners-50
 *                                                  those cases only (ids, or parts of ids); the
 *                                                  other cases' figures in bench/results.json stay
 *
 * To add a size, add a case to CASES; to add a figure, add a step to STEPS (each returns the
 * figures it measured, or throws to be reported as failed without stopping the others).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeWorkbook } from "../src/core/analyze";
import { createFakeExcel } from "../src/excel-fake";
import { fakeStateFromXlsx } from "../src/excel-fake/fromXlsx";
import { REQUEST_BUDGET_BYTES } from "../src/excel-host/applyPlan";
import { readWorkbook } from "../src/excel-host/readWorkbook";
import { writeWorkbook } from "../src/excel-host/workbookService";
import { buildReport } from "../src/core/report/buildReport";
import { realClient } from "../test/helpers/officeJsClient";
import { fakeStateToXlsx } from "../test/helpers/fakeToXlsx";
import { unregisteredLog } from "../test/helpers/unregisteredLog";
import { updateReadmeTable, type BenchResults } from "./table";
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
  /** The case as the README's table names it. */
  label: string;
  options: SampleOptions;
  /** A workbook that is not generated (the office's sample), read where it is. */
  file?: string;
  /** A workbook made otherwise than by the sample generator, and the sources it is made from (for reuse). */
  make?: { bytes: () => Promise<Buffer>; sources: string[] };
}

/** The office's sample, beside the repository (../shared/samples), when it is there. */
const SHARED_SAMPLE = join(ROOT, "..", "shared", "samples", "partner-cities-sample.xlsx");

const generated = (exchanges: number, partners: number): BenchCase => ({
  id: `exchanges-${exchanges >= 1000 ? `${exchanges / 1000}k` : exchanges}-partners-${partners}`,
  label: `${exchanges.toLocaleString("en-US")} exchanges, ${partners} partners`,
  options: { ...DEFAULT_SAMPLE_OPTIONS, exchanges, partners },
});

/**
 * A register whose exchange log names 10,000 partners it does not have: over 10,000 findings, each a
 * linked row of the findings sheet, with long names (as wireBytes.test.ts writes 12,000 of them)
 * so that the write is several requests of bytes.
 */
const FINDINGS_ROWS = 10_000;
const findingsRegister: BenchCase = {
  id: "register-10k-findings",
  label: "a register with over 10,000 findings",
  options: { ...DEFAULT_SAMPLE_OPTIONS },
  make: {
    bytes: () => fakeStateToXlsx(unregisteredLog("友城名录", FINDINGS_ROWS, 120)),
    sources: [join(ROOT, "test", "helpers", "unregisteredLog.ts"), join(ROOT, "test", "helpers", "fakeToXlsx.ts")],
  },
};

const CASES: BenchCase[] = [
  ...(existsSync(SHARED_SAMPLE)
    ? [
        {
          id: "office-sample",
          label: "the office's sample",
          options: { ...DEFAULT_SAMPLE_OPTIONS },
          file: SHARED_SAMPLE,
        },
      ]
    : []),
  generated(1_000, 50),
  generated(10_000, 50),
  generated(10_000, 500),
  generated(100_000, 50),
  generated(100_000, 500),
  findingsRegister,
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

const STEPS: Step[] = [
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
      // The run as the add-in makes it inside Excel: Excel.run of the real office.js client (the
      // web host file), its requests answered by the in-memory host and measured as sent.
      const excel = createFakeExcel(state);
      const { run, wire } = realClient(excel, "web");
      // The read and analysis alone, on a copy, to tell the writer's own time from the run's.
      const reading = createFakeExcel(structuredClone(state));
      const reader = realClient(reading, "web");
      const readStart = performance.now();
      const readOk = await reader
        .run(async (ctx) => analyzeWorkbook((await readWorkbook(ctx)).book, { today }))
        .then(
          () => true,
          () => false,
        );
      const readMs = readOk ? performance.now() - readStart : 0;
      collect();
      const start = performance.now();
      const outcome = await writeWorkbook(run, { lang: "zh-CN", today }, "all").then(
        (o) => o,
        (error: unknown) => error as Error,
      );
      const runMs = performance.now() - start;
      // The reads, then the writes, then Excel.run's clean-up request.
      const readSyncs = reader.wire.requests.length - 1;
      const writes = wire.requests.slice(readSyncs, -1);
      const written = writes.reduce((a, b) => a + b, 0);
      // Two reads and one write, one more write per 4 MB, and the reads beyond a sheet's first
      // 1,000 rows that Excel on the web's 5 MB limit on responses makes necessary.
      const bound = readSyncs + Math.max(1, Math.ceil(written / REQUEST_BUDGET_BYTES)) + 1;
      const largest = (list: number[]) => (list.length > 0 ? Math.max(...list) : 0);
      return {
        result: outcome instanceof Error ? `failed: ${outcome.message.slice(0, 60)}` : "written",
        syncsPerFullRun: wire.requests.length,
        readSyncs,
        bound,
        withinBound: wire.requests.length <= bound ? "yes" : "NO",
        largestRequestBytes: largest(wire.requests),
        largestResponseBytes: largest(wire.responses),
        cleanupRequestBytes: wire.requests.at(-1) ?? 0,
        writeRequestsBytes: writes.join(" + "),
        writtenMb: mb(written),
        runMs: round(runMs),
        writerMs: round(Math.max(0, runMs - readMs)),
        planBytes: outcome instanceof Error ? 0 : Buffer.byteLength(JSON.stringify(outcome.plan)),
      };
    },
  },
  {
    name: "command line",
    run: async (context) => {
      const dir = await mkdtemp(join(tmpdir(), "bench-report-"));
      try {
        const json = runCommand(context, ["--json", join(dir, "report.json")]);
        const out = runCommand(context, ["--json", join(dir, "report2.json"), "--out", join(dir, "copy.xlsx")]);
        return { jsonPeakRssMb: json.peakMb, jsonMs: json.ms, outPeakRssMb: out.peakMb, outMs: out.ms };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
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

/** `npm run report -- FILE …` as its own process: its peak RSS (MB) and wall time (ms). */
function runCommand(context: Context, extra: string[]): { peakMb: number; ms: number } {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      "--require",
      join(ROOT, "bench", "peakRss.cjs"),
      "--import",
      "tsx",
      join(ROOT, "src", "cli", "report.ts"),
      context.file,
      "--today",
      context.benchCase.options.anchor,
      ...extra,
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = round(performance.now() - start);
  if (result.status !== 0) throw new Error(`npm run report failed: ${result.stderr.trim().split("\n")[0]}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(result.stderr);
  if (!peak) throw new Error("the command did not report its peak");
  return { peakMb: round(Number(peak[1]) / 1024), ms };
}

/** Reuses bench/out/<id>.xlsx while its options and the generator's source are the same. */
async function ensureWorkbook(benchCase: BenchCase): Promise<{ file: string; generatedMs: number | null }> {
  if (benchCase.file) return { file: benchCase.file, generatedMs: null };
  const file = join(OUT_DIR, `${benchCase.id}.xlsx`);
  const keyFile = join(OUT_DIR, `${benchCase.id}.key`);
  const hash = createHash("sha256").update(JSON.stringify(benchCase.options));
  for (const source of benchCase.make?.sources ?? [GENERATOR]) hash.update(await readFile(source, "utf8"));
  const key = hash.digest("hex");
  if (existsSync(file) && existsSync(keyFile) && (await readFile(keyFile, "utf8")) === key)
    return { file, generatedMs: null };
  const start = performance.now();
  if (benchCase.make) {
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(file, await benchCase.make.bytes());
  } else await writeSampleFile(file, generateSample(benchCase.options), { streaming: true });
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

interface CaseResult {
  id: string;
  label: string;
  /** When this case was measured: a run of some cases keeps the others' earlier figures. */
  measured: string;
  options: SampleOptions;
  workbook: { file: string; generatedMs: number | null };
  steps: StepResult[];
}

/** `--only a,b`: the cases whose id is, or contains, one of the words; every case without it. */
function selectedCases(args: string[]): BenchCase[] {
  const at = args.indexOf("--only");
  if (at < 0) return CASES;
  const words = (args[at + 1] ?? "").split(",").filter(Boolean);
  const chosen = CASES.filter((c) => words.some((w) => c.id === w || c.id.includes(w)));
  if (chosen.length === 0)
    throw new Error(`--only ${words.join(",")} matches no case; the cases: ${CASES.map((c) => c.id).join(", ")}`);
  return chosen;
}

/** The cases of an earlier bench/results.json, to keep those not run now. */
async function earlierCases(): Promise<CaseResult[]> {
  if (!existsSync(RESULTS)) return [];
  try {
    const earlier = JSON.parse(await readFile(RESULTS, "utf8")) as { date?: string; cases?: CaseResult[] };
    return (earlier.cases ?? []).map((c) => ({ ...c, measured: c.measured ?? earlier.date ?? "" }));
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const chosen = selectedCases(process.argv.slice(2));
  const date = new Date().toISOString();
  const report = {
    date,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === "function",
    cases: [] as CaseResult[],
  };
  const fresh = new Map<string, CaseResult>();
  for (const benchCase of chosen) {
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
    fresh.set(benchCase.id, {
      id: benchCase.id,
      label: benchCase.label,
      measured: date,
      options: benchCase.options,
      workbook: { ...workbook, file },
      steps,
    });
  }
  // In the order of CASES: this run's figures, else the earlier ones (a case no longer listed is dropped).
  const earlier = new Map((await earlierCases()).map((c) => [c.id, c]));
  for (const benchCase of CASES) {
    const result = fresh.get(benchCase.id) ?? earlier.get(benchCase.id);
    if (result) report.cases.push({ ...result, label: benchCase.label });
  }
  await writeFile(RESULTS, JSON.stringify(report satisfies BenchResults, null, 2) + "\n");
  console.log(`\nwritten ${join("bench", "results.json")}`);
  await updateReadmeTable();
  console.log("README.md: bench table rewritten");
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`bench: ${oneLine(error)}`);
    process.exitCode = 1;
  });
}
