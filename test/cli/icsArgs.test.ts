import { parseReportArgs } from "../../src/cli/args";

const CWD = "/work/office";
const parse = (argv: string[]) => parseReportArgs(argv, CWD);

describe("--ics OUT.ics", () => {
  test("in both forms, beside the other outputs", () => {
    for (const argv of [
      ["台账.xlsx", "--ics", "提醒.ics", "--json", "r.json"],
      ["台账.xlsx", "--ics=提醒.ics", "--json=r.json"],
    ]) {
      expect(parse(argv)).toEqual({
        kind: "run",
        args: {
          workbook: "台账.xlsx",
          out: null,
          json: "r.json",
          ics: "提醒.ics",
          today: null,
          year: null,
          lang: "zh-CN",
        },
      });
    }
  });

  test("--ics alone writes only the calendar: the JSON does not also go to standard output", () => {
    const parsed = parse(["台账.xlsx", "--ics", "提醒.ics"]);
    expect(parsed).toEqual({
      kind: "run",
      args: { workbook: "台账.xlsx", out: null, json: null, ics: "提醒.ics", today: null, year: null, lang: "zh-CN" },
    });
  });

  test("without --ics there is no ics field", () => {
    const parsed = parse(["台账.xlsx"]);
    expect(parsed.kind === "run" && "ics" in parsed.args).toBe(false);
  });

  test.each([
    [["台账.xlsx", "--ics"], "args.missingValue", { flag: "--ics", example: "--ics 提醒.ics" }],
    [["台账.xlsx", "--ics", "-"], "args.icsStdout", {}],
    [["台账.xlsx", "--ics", "./台账.xlsx"], "args.outputIsInput", { flag: "--ics", path: "台账.xlsx" }],
    [["台账.xlsx", "--ics", "r.json", "--json", "./r.json"], "args.sameIcs", { path: "r.json" }],
    [["台账.xlsx", "--ics", "c.xlsx", "--out", "c.xlsx"], "args.sameIcs", { path: "c.xlsx" }],
    [["台账.xlsx", "--ics", "a.ics", "--ics", "b.ics"], "args.duplicateFlag", { flag: "--ics" }],
  ])("%j: %s", (argv, messageId, data) => {
    expect(parse(argv)).toEqual({ kind: "error", error: { messageId, data, lang: "zh-CN" } });
  });
});
