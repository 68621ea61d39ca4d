import { parseReportArgs, parseTodayArg, parseYearArg, type ParsedArgs } from "../../src/cli/args";
import { CLI_MESSAGES } from "../../src/core/i18n/cli";

const CWD = "/work/office";

function run(argv: string[]) {
  const parsed = parseReportArgs(argv, CWD);
  if (parsed.kind !== "run") throw new Error(`expected a run, got ${JSON.stringify(parsed)}`);
  return parsed.args;
}

function error(argv: string[]) {
  const parsed: ParsedArgs = parseReportArgs(argv, CWD);
  if (parsed.kind !== "error") throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.error;
}

/** The same arguments with every `--flag value` pair written `--flag=value`. */
function joined(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--") && i + 1 < argv.length && (!argv[i + 1].startsWith("-") || argv[i + 1] === "-")) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

describe("parseReportArgs: valid arguments", () => {
  test("--docx alone writes the report only; --template goes with it", () => {
    expect(run(["台账.xlsx", "--docx", "总结.docx", "--template", "模板.docx", "--year", "2026"])).toEqual({
      workbook: "台账.xlsx",
      out: null,
      json: null,
      docx: "总结.docx",
      template: "模板.docx",
      today: null,
      year: 2026,
      lang: "zh-CN",
    });
  });

  test("the workbook alone: JSON to standard output, today and year left to the machine, zh-CN", () => {
    expect(run(["台账.xlsx"])).toEqual({
      workbook: "台账.xlsx",
      out: null,
      json: "-",
      today: null,
      year: null,
      lang: "zh-CN",
    });
  });

  test.each([
    [["台账.xlsx", "--json", "report.json", "--today", "2026-11-27", "--year", "2025", "--lang", "en-US"]],
    [["--lang", "en-US", "--today", "2026-11-27", "台账.xlsx", "--year", "2025", "--json", "report.json"]],
  ])("every flag, in any order, in both forms: %j", (argv) => {
    const expected = {
      workbook: "台账.xlsx",
      out: null,
      json: "report.json",
      today: "2026-11-27",
      year: 2025,
      lang: "en-US",
    };
    expect(run(argv)).toEqual(expected);
    expect(run(joined(argv))).toEqual(expected);
  });

  test("--json - is standard output, in both forms", () => {
    expect(run(["a.xlsx", "--json", "-"]).json).toBe("-");
    expect(run(["a.xlsx", "--json=-"]).json).toBe("-");
  });

  test("--out alone asks for no JSON; --out with --json asks for both", () => {
    expect(run(["a.xlsx", "--out", "b.xlsx"])).toMatchObject({ out: "b.xlsx", json: null });
    expect(run(["a.xlsx", "--out=b.xlsx", "--json=c.json"])).toMatchObject({ out: "b.xlsx", json: "c.json" });
  });

  test("a 29 February that exists is a date", () => {
    expect(run(["a.xlsx", "--today", "2028-02-29"]).today).toBe("2028-02-29");
  });

  test("--lang is matched without regard to case", () => {
    expect(run(["a.xlsx", "--lang=EN-us"]).lang).toBe("en-US");
  });

  test("after --, an argument starting with - is the workbook", () => {
    expect(run(["--", "-台账.xlsx"]).workbook).toBe("-台账.xlsx");
  });

  test("--help asks for the usage, in the --lang language", () => {
    expect(parseReportArgs(["--help"], CWD)).toEqual({ kind: "help", lang: "zh-CN" });
    expect(parseReportArgs(["-h", "--lang", "en-US"], CWD)).toEqual({ kind: "help", lang: "en-US" });
  });
});

describe("parseReportArgs: errors", () => {
  test.each<[string, string[], string, Record<string, string>]>([
    ["no workbook", [], "args.missingWorkbook", {}],
    ["no workbook, flags only", ["--today", "2026-11-27"], "args.missingWorkbook", {}],
    ["two workbooks", ["a.xlsx", "b.xlsx"], "args.extraArgument", { value: "b.xlsx" }],
    ["an unknown flag", ["a.xlsx", "--verbose"], "args.unknownFlag", { flag: "--verbose" }],
    ["an unknown short flag", ["a.xlsx", "-o", "b.xlsx"], "args.unknownFlag", { flag: "-o" }],
    ["an unknown flag with a value", ["a.xlsx", "--output=b.xlsx"], "args.unknownFlag", { flag: "--output" }],
    ["a flag without its value at the end", ["a.xlsx", "--json"], "args.missingValue", { flag: "--json" }],
    [
      "a flag followed by another flag",
      ["a.xlsx", "--today", "--year", "2026"],
      "args.missingValue",
      { flag: "--today" },
    ],
    ["an empty value", ["a.xlsx", "--year="], "args.missingValue", { flag: "--year" }],
    ["a flag given twice", ["a.xlsx", "--year", "2025", "--year=2026"], "args.duplicateFlag", { flag: "--year" }],
    ["a day that does not exist", ["a.xlsx", "--today", "2026-02-30"], "args.badToday", { value: "2026-02-30" }],
    ["29 February of a common year", ["a.xlsx", "--today=2026-02-29"], "args.badToday", { value: "2026-02-29" }],
    ["a month 13", ["a.xlsx", "--today", "2026-13-01"], "args.badToday", { value: "2026-13-01" }],
    ["a date written another way", ["a.xlsx", "--today", "2026/11/27"], "args.badToday", { value: "2026/11/27" }],
    ["a two-digit year", ["a.xlsx", "--year", "26"], "args.badYear", { value: "26" }],
    ["a five-digit year", ["a.xlsx", "--year=20260"], "args.badYear", { value: "20260" }],
    ["a year that is not a number", ["a.xlsx", "--year", "二〇二六"], "args.badYear", { value: "二〇二六" }],
    ["an unknown language", ["a.xlsx", "--lang", "fr-FR"], "args.badLang", { value: "fr-FR" }],
    ["a bare language", ["a.xlsx", "--lang=zh"], "args.badLang", { value: "zh" }],
    ["--out equal to the input", ["台账.xlsx", "--out", "台账.xlsx"], "args.outputIsInput", { flag: "--out" }],
    [
      "--out equal to the input by another path",
      ["data/台账.xlsx", "--out=./data/../data/台账.xlsx"],
      "args.outputIsInput",
      { flag: "--out" },
    ],
    [
      "--out equal to the input, absolute",
      ["台账.xlsx", "--out", `${CWD}/台账.xlsx`],
      "args.outputIsInput",
      { flag: "--out" },
    ],
    ["--json equal to the input", ["台账.xlsx", "--json", "台账.xlsx"], "args.outputIsInput", { flag: "--json" }],
    ["--docx equal to the input", ["台账.xlsx", "--docx", "台账.xlsx"], "args.outputIsInput", { flag: "--docx" }],
    ["--docx to standard output", ["a.xlsx", "--docx", "-"], "args.docxStdout", {}],
    [
      "--docx and --json on one file",
      ["a.xlsx", "--json", "r.docx", "--docx", "r.docx"],
      "args.sameDocx",
      { path: "r.docx" },
    ],
    ["--template without --docx", ["a.xlsx", "--template", "t.docx"], "args.templateWithoutDocx", {}],
    [
      "--json and --out on one file",
      ["a.xlsx", "--json", "b.out", "--out", "b.out"],
      "args.sameOutputs",
      { path: "b.out" },
    ],
  ])("%s", (_, argv, messageId, data) => {
    const e = error(argv);
    expect(e.messageId).toBe(messageId);
    expect(e.data).toMatchObject(data);
    expect(Object.keys(CLI_MESSAGES)).toContain(messageId);
  });

  test("an error speaks the --lang language when that is valid, else zh-CN", () => {
    expect(error(["a.xlsx", "--year", "26", "--lang", "en-US"]).lang).toBe("en-US");
    expect(error(["--lang=en-US", "--bogus"]).lang).toBe("en-US");
    expect(error(["a.xlsx", "--year", "26"]).lang).toBe("zh-CN");
    expect(error(["a.xlsx", "--lang", "fr-FR"]).lang).toBe("zh-CN");
  });

  test("every placeholder an error fills is in its message, in both languages", () => {
    const cases = [
      error(["a.xlsx", "--bogus"]),
      error(["a.xlsx", "--json"]),
      error(["a.xlsx", "--today", "x"]),
      error(["台账.xlsx", "--out", "台账.xlsx"]),
    ];
    for (const e of cases) {
      for (const key of Object.keys(e.data)) {
        expect(CLI_MESSAGES[e.messageId]["zh-CN"]).toContain(`{${key}}`);
        expect(CLI_MESSAGES[e.messageId]["en-US"]).toContain(`{${key}}`);
      }
    }
  });
});

describe("value parsers", () => {
  test("parseTodayArg", () => {
    expect(parseTodayArg("2026-11-27")).toBe("2026-11-27");
    expect(parseTodayArg("2026-2-3")).toBeNull();
    expect(parseTodayArg("2026-02-30")).toBeNull();
    expect(parseTodayArg(" 2026-11-27")).toBeNull();
  });

  test("parseYearArg", () => {
    expect(parseYearArg("2026")).toBe(2026);
    expect(parseYearArg("0999")).toBeNull();
    expect(parseYearArg("2026.0")).toBeNull();
    expect(parseYearArg("-2026")).toBeNull();
  });
});

describe("the CLI catalog", () => {
  test("every message has both languages, each one line", () => {
    for (const [id, message] of Object.entries(CLI_MESSAGES)) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        expect({ id, lang, text: message[lang].trim().length > 0 }).toEqual({ id, lang, text: true });
        expect(message[lang]).not.toMatch(/[\r\n]/);
      }
    }
  });
});
