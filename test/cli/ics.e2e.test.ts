import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ICAL from "ical.js";
import { COMMAND_MS, withCommands } from "../helpers/ceilings";

/**
 * `npm run report -- WORKBOOK --ics OUT.ics` as a person runs it, on the office's sample: the
 * calendar holds one entry per renewal reminder and per greeting of the JSON report.
 */
const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const ENTRY = join(ROOT, "src", "cli", "report.ts");
const SAMPLE = resolve(ROOT, "../shared/samples/partner-cities-sample.xlsx");

// The longest test runs the command twice.
jest.setTimeout(withCommands(2));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "report-ics-"));
  await copyFile(SAMPLE, join(dir, "台账.xlsx"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(TSX, [ENTRY, ...args], { cwd: dir, encoding: "utf8", timeout: COMMAND_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function oneLine(stderr: string): string {
  const lines = stderr.split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("");
  return lines[0];
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      date: e.startDate.toString(),
      allDay: e.startDate.isDate,
      summary: e.summary,
      description: e.description,
      uid: e.uid,
    };
  });
}

test("--ics with --json: the calendar holds every reminder and greeting of the report", async () => {
  const result = cli(["台账.xlsx", "--json", "r.json", "--ics", "提醒.ics", "--today", "2026-11-27"]);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe("");
  expect(oneLine(result.stderr)).toMatch(/^报告已写入 r\.json, 日历文件 提醒\.ics（\d+ 项）/);
  const report = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
  const ics = await readFile(join(dir, "提醒.ics"), "utf8");
  const parsed = events(ics);
  expect(parsed).toHaveLength(report.reminders.length + report.greetings.length);
  expect(parsed.every((e) => e.allDay)).toBe(true);

  for (const r of report.reminders) {
    const found = parsed.filter(
      (e) => e.date === r.date && e.summary.includes(r.partner) && e.description.includes("第七条第五项"),
    );
    expect(found).toHaveLength(1);
  }
  // 春节 2027-02-06, to be sent by 2027-01-23, naming every partner of the report's row.
  const spring = report.greetings.find((g: { occasion: string }) => g.occasion === "春节");
  const entry = parsed.find((e) => e.summary.includes("春节"))!;
  expect(entry.date).toBe("2027-01-23");
  expect(entry.description).toContain("第十一条");
  for (const p of spring.partners) expect(entry.description).toContain(p);
  expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("the same workbook and day give the same file", async () => {
  expect(cli(["台账.xlsx", "--ics", "a.ics", "--today", "2026-11-27"]).status).toBe(0);
  expect(cli(["台账.xlsx", "--ics", "b.ics", "--today", "2026-11-27"]).status).toBe(0);
  expect(await readFile(join(dir, "a.ics"), "utf8")).toBe(await readFile(join(dir, "b.ics"), "utf8"));
});

test("--ics alone writes no JSON anywhere; --lang en-US speaks English in the calendar", async () => {
  const result = cli(["台账.xlsx", "--ics", "en.ics", "--today", "2026-11-27", "--lang", "en-US"]);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe("");
  expect(oneLine(result.stderr)).toMatch(/^Report written to calendar en\.ics \(\d+ entries\)/);
  expect(
    events(await readFile(join(dir, "en.ics"), "utf8")).some(
      (e) => e.summary === "Send greetings: Spring Festival (February 6, 2027)",
    ),
  ).toBe(true);
});

test.each([
  [
    "a folder that does not exist",
    ["台账.xlsx", "--ics", "无此目录/提醒.ics"],
    /^无法写入 无此目录\/提醒\.ics：所在文件夹不存在$/,
  ],
  ["standard output", ["台账.xlsx", "--ics", "-"], /^--ics 需要一个文件名/],
  ["the input file", ["台账.xlsx", "--ics", "台账.xlsx"], /^--ics 指向了输入文件 台账\.xlsx/],
])("--ics into %s: exit 2, one line, nothing on stdout", (_, args, message) => {
  const result = cli(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(oneLine(result.stderr)).toMatch(message);
});
