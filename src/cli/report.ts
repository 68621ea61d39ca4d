import { randomBytes } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { analyzeWorkbook } from "../core/analyze";
import { todayIso } from "../core/dates/isoDate";
import { CLI_MESSAGES, type CliMessageId } from "../core/i18n/cli";
import { DEFAULT_LANG, fill } from "../core/i18n/format";
import type { Analysis, Lang } from "../core/model";
import type { WritePlan } from "../core/plan/writePlan";
import { buildReport } from "../core/report/buildReport";
import { readWorkbookBytes, readWorkbookPackage, WorkbookReadError } from "../excel-file/readWorkbook";
import { readStoredSettings, SETTINGS_KEY, type StoredSettings } from "../core/storedSettings";
import { applyPlanToXlsx, CannotGraftError } from "../excel-file/applyPlan";
import { planWrites } from "../core/plan/planWrites";
import { calendarEvents, calendarIcs, calendarInputOf } from "../core/greetings/calendarIcs";
import { yearReport } from "../core/documents/yearReport";
import { draftsOf } from "../core/documents/draftsOf";
import { documentDocx } from "../docx-writer/documentDocx";
import { templateStyles } from "../docx-writer/templateStyles";
import { parseReportArgs, type ReportArgs } from "./args";

/**
 * `npm run report -- WORKBOOK.xlsx [--json OUT.json|-] [--out OUT.xlsx] [--ics OUT.ics] [--docx OUT.docx [--template T.docx]] [--today …] [--year …] [--lang …]`
 *
 * Exit 0 when the report was made, 2 on bad arguments, an unreadable workbook or an output that
 * cannot be written, 1 on an internal error. Whatever happens, exactly one line goes to standard
 * error, in the --lang language; the JSON goes to the --json file or to standard output. The input
 * workbook is only ever read.
 */

export interface CliIo {
  /** Standard output: the JSON when --json is "-", the usage for --help. */
  stdout: (text: string) => void;
  /** One line of standard error, without its newline. */
  stderr: (line: string) => void;
  cwd: string;
  /** The machine's clock, for today's default. */
  now: () => Date;
}

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_USAGE = 2;

class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    readonly messageId: CliMessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(messageId);
  }
}

function say(lang: Lang, id: CliMessageId, data: Record<string, string | number> = {}): string {
  return oneLine(fill(CLI_MESSAGES[id][lang], data));
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(argv, io.cwd);
  if (parsed.kind === "help") {
    io.stdout(say(parsed.lang, "usage") + "\n");
    return EXIT_OK;
  }
  if (parsed.kind === "error") {
    io.stderr(say(parsed.error.lang, parsed.error.messageId, parsed.error.data));
    return EXIT_USAGE;
  }
  const { args } = parsed;
  try {
    io.stderr(say(args.lang, "report.written", await makeReport(args, io)));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(say(args.lang, error.messageId, withReason(args.lang, error.data)));
      return error.exitCode;
    }
    io.stderr(say(args.lang, "internal", { detail: describe(error) }));
    return EXIT_INTERNAL;
  }
}

async function makeReport(args: ReportArgs, io: CliIo): Promise<Record<string, string | number>> {
  const path = resolve(io.cwd, args.workbook);
  const fail = (error: unknown): never => {
    if (error instanceof WorkbookReadError)
      throw new CliFailure(EXIT_USAGE, `read.${error.reason}`, { path: args.workbook });
    throw error;
  };
  // The file is read once: the same bytes are analysed and, for --out, copied with the plan applied.
  const bytes = await readWorkbookBytes(path).catch(fail);
  const { analysis, plan } = await analyse(bytes, args, io, fail);
  const today = analysis.today;

  if (plan !== null && args.out !== null) {
    const copy = await applyPlanToXlsx(bytes, plan).catch((error: unknown) => {
      if (error instanceof CannotGraftError)
        throw new CliFailure(EXIT_USAGE, "out.cannotGraft", { part: error.part, detail: error.detail });
      throw error;
    });
    await writeFileWhole(resolve(io.cwd, args.out), args.out, copy);
  }
  // With no output named, the JSON goes to standard output.
  const target =
    args.json ??
    (args.out === null && args.ics === undefined && args.docx === undefined && args.drafts === undefined ? "-" : null);
  if (target !== null) {
    const json = JSON.stringify(buildReport(analysis, args.lang), null, 2) + "\n";
    if (target === "-") io.stdout(json);
    else await writeFileWhole(resolve(io.cwd, target), target, json);
  }
  let calendar: string | null = null;
  if (args.ics !== undefined) {
    // 第七条第五项's renewal reminders and 第十一条's greetings, as all-day entries for Outlook.
    const input = calendarInputOf(analysis, args.lang);
    await writeFileWhole(resolve(io.cwd, args.ics), args.ics, calendarIcs(input));
    calendar = say(args.lang, "report.calendar", { path: args.ics, events: calendarEvents(input).length });
  }
  let document: string | null = null;
  if (args.docx !== undefined) {
    // 第十三条第四项's year-end report, in the office's template styles when one is given.
    const styles =
      args.template === undefined ? undefined : await readTemplate(resolve(io.cwd, args.template), args.template);
    const bytes = await documentDocx(yearReport(analysis, args.lang), { templateStyles: styles });
    await writeFileWhole(resolve(io.cwd, args.docx), args.docx, Buffer.from(bytes));
    document = say(args.lang, "report.document", { path: args.docx });
  }
  let drafts: string | null = null;
  if (args.drafts !== undefined) {
    // 第六条第三项's request and agreement for each path, and the renewal agreement for each renewal due.
    const docs = draftsOf(analysis, args.lang);
    for (const doc of docs) {
      const file = join(args.drafts, doc.fileName);
      await writeFileWhole(resolve(io.cwd, file), file, Buffer.from(await documentDocx(doc)));
    }
    drafts = say(args.lang, "report.drafts", { count: docs.length, path: args.drafts });
  }
  return {
    target: [target === "-" ? say(args.lang, "report.stdout") : target, args.out, calendar, document, drafts]
      .filter(Boolean)
      .join(", "),
    agreements: analysis.agreements.length,
    findings: analysis.findings.length,
    today,
  };
}

/**
 * The analysis, and the plan when --out asks for a copy. The grid is not kept past them: the copy
 * is grafted onto the file's own bytes, and a big workbook's grid is most of the memory.
 */
async function analyse(
  bytes: Buffer,
  args: ReportArgs,
  io: CliIo,
  fail: (error: unknown) => never,
): Promise<{ analysis: Analysis; plan: WritePlan | null }> {
  const { book, settings } = await readWorkbookPackage(bytes).catch(fail);
  const stored = await storedSettings(settings[SETTINGS_KEY], args, io);
  // As inside Excel: a "today" or year fixed in the settings holds, unless the command line fixes one.
  const today = args.today ?? stored.today ?? todayIso(io.now());
  const year = args.year ?? stored.year ?? undefined;
  const analysis = analyzeWorkbook(book, { today, year, settings: stored.settings });
  const plan =
    args.out === null ? null : planWrites(analysis, book, { lang: args.lang, scope: "all", fixedToday: args.today });
  return { analysis, plan };
}

/**
 * The settings the task pane saved in the workbook, with those of `--settings` over them key by
 * key (a file exported from the task pane, or written by hand: the same JSON).
 */
async function storedSettings(saved: unknown, args: ReportArgs, io: CliIo): Promise<StoredSettings> {
  const fromWorkbook = jsonObject(saved);
  if (args.settings === undefined) return readStoredSettings(fromWorkbook ?? {});
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, args.settings), "utf8");
  } catch (error) {
    throw new CliFailure(EXIT_USAGE, "settings.unreadable", {
      path: args.settings,
      reason: (error as NodeJS.ErrnoException | null)?.code ?? describe(error),
    });
  }
  const fromFile = jsonObject(text.replace(/^\uFEFF/, ""));
  if (fromFile === null) throw new CliFailure(EXIT_USAGE, "settings.notJson", { path: args.settings });
  return readStoredSettings({ ...(fromWorkbook ?? {}), ...fromFile });
}

/** A JSON object, from its text or as it is; anything else null. */
function jsonObject(value: unknown): Record<string, unknown> | null {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

async function readTemplate(path: string, given: string): Promise<string> {
  try {
    return await templateStyles(await readFile(path));
  } catch {
    throw new CliFailure(EXIT_USAGE, "template.bad", { path: given });
  }
}

/** Writes beside the target and renames, so that a failure never leaves half a file. */
async function writeFileWhole(path: string, target: string, content: string | Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new CliFailure(EXIT_USAGE, "write.failed", {
      path: target,
      reason: (error as NodeJS.ErrnoException | null)?.code ?? describe(error),
    });
  }
}

/** A system error code (ENOENT …) in words, where the catalog has them. */
function withReason(lang: Lang, data: Record<string, string | number>): Record<string, string | number> {
  const id = `write.reason.${data.reason}`;
  return id in CLI_MESSAGES ? { ...data, reason: say(lang, id as CliMessageId) } : data;
}

function describe(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name === "Error" ? "" : error.name + ": "}${error.message}` : String(error);
  return oneLine(text).slice(0, 300) || "?";
}

async function main(): Promise<void> {
  let lang: Lang = DEFAULT_LANG;
  const parsed = parseReportArgs(process.argv.slice(2));
  if (parsed.kind === "run") lang = parsed.args.lang;
  const last = (error: unknown): void => {
    process.stderr.write(say(lang, "internal", { detail: describe(error) }) + "\n");
    process.exit(EXIT_INTERNAL);
  };
  process.on("uncaughtException", last);
  process.on("unhandledRejection", last);
  process.stdout.on("error", () => undefined); // a closed pipe (… | head) is not our failure
  process.exitCode = await runReport(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (line) => void process.stderr.write(line + "\n"),
    cwd: process.cwd(),
    now: () => new Date(),
  });
}

if (require.main === module) void main();
