/**
 * The README's bench table, made from bench/results.json: `npm run bench` rewrites it after each
 * run, `npm run bench:table` from the results already there. The table sits between the two
 * markers below in README.md; everything outside them is left as it is.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const TABLE_START = "<!-- bench-table:start (npm run bench:table writes this table from bench/results.json) -->";
export const TABLE_END = "<!-- bench-table:end -->";

type Figures = Record<string, number | string | null | undefined>;

export interface BenchResults {
  date: string;
  node: string;
  platform: string;
  cases: {
    id: string;
    label?: string;
    measured?: string;
    steps: { step: string; ok: boolean; figures: Figures; error?: string }[];
  }[];
}

const FOUR_MB = 4_000_000;

/** Bytes as the README writes them: decimal units (Excel's 5 MB and the writer's 4 MB budget are compared to these). */
export function bytesText(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

const numberText = (n: number): string => n.toLocaleString("en-US");

const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : "—");

/** The README table: one row per case, the real client's round trips of a full run in bytes as sent. */
export function benchTable(results: BenchResults): string {
  const header = [
    "case",
    "findings",
    "syncs (reads + writes + clean-up)",
    "largest request",
    "largest response",
    "clean-up request",
    "all under 4 MB",
    "measured",
  ];
  const rows = results.cases.map((c) => {
    const step = (name: string) => c.steps.find((s) => s.step === name);
    const analysis = step("analysis");
    const writer = step("office-js writer");
    const findings = typeof analysis?.figures.findings === "number" ? numberText(analysis.figures.findings) : "—";
    const label = c.label ?? c.id;
    const measured = day(c.measured ?? results.date);
    if (!writer) return [label, findings, "—", "—", "—", "—", "—", measured];
    if (!writer.ok) return [label, findings, `failed: ${writer.error ?? "?"}`, "—", "—", "—", "—", measured];
    const f = writer.figures;
    // Results from before the writer step ran through the real client count neither responses nor the clean-up.
    if (typeof f.largestResponseBytes !== "number")
      return [label, findings, "not measured through the real client", "—", "—", "—", "—", measured];
    const num = (key: string): number | null => (typeof f[key] === "number" ? f[key] : null);
    const [syncs, reads, request, response, cleanup] = [
      num("syncsPerFullRun"),
      num("readSyncs"),
      num("largestRequestBytes"),
      num("largestResponseBytes"),
      num("cleanupRequestBytes"),
    ];
    const bytes = (n: number | null) => (n === null ? "—" : bytesText(n));
    const syncText =
      syncs === null ? "—" : reads === null ? String(syncs) : `${syncs} (${reads} + ${syncs - reads - 1} + 1)`;
    const under =
      request === null || response === null ? "—" : Math.max(request, response) <= FOUR_MB ? "yes" : "**no**";
    const failed = typeof f.result === "string" && f.result !== "written" ? ` (${f.result})` : "";
    return [label + failed, findings, syncText, bytes(request), bytes(response), bytes(cleanup), under, measured];
  });
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The README with the table between the markers replaced; throws when the markers are missing. */
export function withBenchTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${TABLE_START}" … "${TABLE_END}" section`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

const ROOT = join(__dirname, "..");

/** Rewrites README.md's table from bench/results.json, formatted as `npm run format` would. */
export async function updateReadmeTable(): Promise<void> {
  const results = JSON.parse(await readFile(join(ROOT, "bench", "results.json"), "utf8")) as BenchResults;
  const path = join(ROOT, "README.md");
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(path)) ?? {};
  const text = withBenchTable(await readFile(path, "utf8"), benchTable(results));
  await writeFile(path, await prettier.format(text, { ...options, filepath: path }));
}

if (require.main === module) {
  updateReadmeTable().then(
    () => console.log("README.md: bench table written from bench/results.json"),
    (error: unknown) => {
      console.error(`bench:table: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
