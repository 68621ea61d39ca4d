import { resolve } from "node:path";
import { isoDate, type IsoDate } from "../core/dates/isoDate";
import type { Lang } from "../core/model";
import { DEFAULT_LANG } from "../core/i18n/format";
import type { CliMessageId } from "../core/i18n/cli";

/**
 * `WORKBOOK.xlsx [--out OUT.xlsx] [--json OUT.json|-] [--ics OUT.ics] [--docx OUT.docx [--template T.docx]] [--settings FILE.json] [--today YYYY-MM-DD] [--year YYYY] [--lang zh-CN|en-US]`,
 * flags also as `--flag=value`, `--` ends the flags. Pure: no file is touched here.
 */
export interface ReportArgs {
  workbook: string;
  /** The annotated copy of the workbook, or null. */
  out: string | null;
  /** Where the JSON goes: a path, "-" for standard output, or null when only --out was asked. */
  json: string | null;
  /** The calendar file (renewal reminders and greetings); absent when not asked for. */
  ics?: string;
  /** Settings (the task pane's JSON) over those saved in the workbook; absent when not given. */
  settings?: string;
  /** The year-end report (.docx); absent when not asked for. */
  docx?: string;
  /** A .docx whose styles the report takes; only with `docx`. */
  template?: string;
  /** A folder for the drafts of 第六条第三项 and the renewals due; absent when not asked for. */
  drafts?: string;
  /** null: the machine's date. */
  today: IsoDate | null;
  /** null: today's year. */
  year: number | null;
  lang: Lang;
}

interface ArgsError {
  messageId: CliMessageId;
  data: Record<string, string>;
  /** The language to say it in: --lang when it was valid, else the default. */
  lang: Lang;
}

export type ParsedArgs =
  { kind: "run"; args: ReportArgs } | { kind: "help"; lang: Lang } | { kind: "error"; error: ArgsError };

type ValueFlag =
  "--out" | "--json" | "--ics" | "--docx" | "--template" | "--drafts" | "--settings" | "--today" | "--year" | "--lang";

const VALUE_FLAGS: Record<ValueFlag, string> = {
  "--out": "--out 输出.xlsx",
  "--json": "--json report.json",
  "--ics": "--ics 提醒.ics",
  "--docx": "--docx 年度总结.docx",
  "--template": "--template 模板.docx",
  "--drafts": "--drafts 文稿",
  "--settings": "--settings 设置.json",
  "--today": "--today 2026-11-27",
  "--year": "--year 2026",
  "--lang": "--lang en-US",
};

const LANG_TAGS: Record<string, Lang> = { "zh-cn": "zh-CN", "en-us": "en-US" };

function isValueFlag(flag: string): flag is ValueFlag {
  return Object.prototype.hasOwnProperty.call(VALUE_FLAGS, flag);
}

/** The --lang given anywhere, when valid, so that even an earlier error speaks it. */
function langHint(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const eq = /^--lang=(.*)$/.exec(argv[i]);
    const value = eq ? eq[1] : argv[i] === "--lang" ? argv[i + 1] : undefined;
    const lang = value === undefined ? undefined : LANG_TAGS[value.toLowerCase()];
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

/** "2026-11-27" → itself; anything else, or a day that does not exist (2026-02-30) → null. */
export function parseTodayArg(value: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A four-digit year 1000–9999, else null. */
export function parseYearArg(value: string): number | null {
  return /^[1-9]\d{3}$/.test(value) ? Number(value) : null;
}

/** `cwd` resolves relative paths, to tell whether an output is the input file. */
export function parseReportArgs(argv: readonly string[], cwd: string = process.cwd()): ParsedArgs {
  const lang = langHint(argv);
  const fail = (messageId: CliMessageId, data: Record<string, string> = {}): ParsedArgs => ({
    kind: "error",
    error: { messageId, data, lang },
  });

  const given: Partial<Record<ValueFlag, string>> = {};
  const positional: string[] = [];
  let help = false;
  let flagsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (flagsEnded || !arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      flagsEnded = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!isValueFlag(flag)) return fail("args.unknownFlag", { flag });
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      // "-" is a value (standard output); anything else starting with "--" is the next flag.
      if (next !== undefined && !(next.startsWith("--") && next !== "-")) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") return fail("args.missingValue", { flag, example: VALUE_FLAGS[flag] });
    if (given[flag] !== undefined) return fail("args.duplicateFlag", { flag });
    given[flag] = value;
  }

  if (help) return { kind: "help", lang };

  let chosenLang: Lang = DEFAULT_LANG;
  if (given["--lang"] !== undefined) {
    const known = LANG_TAGS[given["--lang"].toLowerCase()];
    if (!known) return fail("args.badLang", { value: given["--lang"] });
    chosenLang = known;
  }
  if (positional.length === 0) return fail("args.missingWorkbook");
  if (positional.length > 1) return fail("args.extraArgument", { value: positional[1] });
  const workbook = positional[0];

  let today: IsoDate | null = null;
  if (given["--today"] !== undefined) {
    today = parseTodayArg(given["--today"]);
    if (today === null) return fail("args.badToday", { value: given["--today"] });
  }
  let year: number | null = null;
  if (given["--year"] !== undefined) {
    year = parseYearArg(given["--year"]);
    if (year === null) return fail("args.badYear", { value: given["--year"] });
  }

  const out = given["--out"] ?? null;
  let json = given["--json"] ?? null;
  const input = resolve(cwd, workbook);
  if (out !== null && resolve(cwd, out) === input) return fail("args.outputIsInput", { flag: "--out", path: workbook });
  if (json !== null && json !== "-" && resolve(cwd, json) === input) {
    return fail("args.outputIsInput", { flag: "--json", path: workbook });
  }
  if (out !== null && json !== null && json !== "-" && resolve(cwd, out) === resolve(cwd, json)) {
    return fail("args.sameOutputs", { path: out });
  }
  const ics = given["--ics"];
  if (ics !== undefined) {
    // A calendar is a file to import, never standard output (which the JSON may hold).
    if (ics === "-") return fail("args.icsStdout");
    if (resolve(cwd, ics) === input) return fail("args.outputIsInput", { flag: "--ics", path: workbook });
    const clash = [out, json].find(
      (other) => other !== null && other !== "-" && resolve(cwd, other) === resolve(cwd, ics),
    );
    if (clash) return fail("args.sameIcs", { path: ics });
  }
  const docx = given["--docx"];
  if (docx !== undefined) {
    // A Word document is a file to open, never standard output (which the JSON may hold).
    if (docx === "-") return fail("args.docxStdout");
    if (resolve(cwd, docx) === input) return fail("args.outputIsInput", { flag: "--docx", path: workbook });
    const clash = [out, json, ics ?? null].find(
      (other) => other !== null && other !== "-" && resolve(cwd, other) === resolve(cwd, docx),
    );
    if (clash) return fail("args.sameDocx", { path: docx });
  }
  const template = given["--template"];
  if (template !== undefined && docx === undefined) return fail("args.templateWithoutDocx");
  const drafts = given["--drafts"];
  if (drafts === "-") return fail("args.draftsStdout");
  // No output asked for: the JSON goes to standard output, as `npm start` does.
  if (json === null && out === null && ics === undefined && docx === undefined && drafts === undefined) json = "-";

  return {
    kind: "run",
    args: {
      workbook,
      out,
      json,
      ...(ics !== undefined ? { ics } : {}),
      ...(docx !== undefined ? { docx } : {}),
      ...(template !== undefined ? { template } : {}),
      ...(drafts !== undefined ? { drafts } : {}),
      ...(given["--settings"] !== undefined ? { settings: given["--settings"] } : {}),
      today,
      year,
      lang: chosenLang,
    },
  };
}
