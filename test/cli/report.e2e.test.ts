import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSample, toExcelWorkbook } from "../../scripts/sample/generateWorkbook";
import { oleFile } from "../excel-file/fixtures";
import { COMMAND_MS, withCommands } from "../helpers/ceilings";

/**
 * The command line as a person runs it: a child process through tsx. Every failure must be one
 * line on standard error, nothing on standard output, exit 2, and the input file untouched.
 */

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const ENTRY = join(ROOT, "src", "cli", "report.ts");

jest.setTimeout(withCommands(1));

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "report-cli-"));
  workbook = join(dir, "友城台账.xlsx");
  await writeFile(workbook, Buffer.from(await toExcelWorkbook(generateSample({ exchanges: 60 })).xlsx.writeBuffer()));
  await writeFile(join(dir, "notes.xlsx"), "这不是工作簿\n");
  await writeFile(join(dir, "locked.xlsx"), oleFile("EncryptedPackage"));
  await writeFile(join(dir, "half.xlsx"), (await readFile(workbook)).subarray(0, 4000));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(TSX, [ENTRY, ...args], { cwd: dir, encoding: "utf8", timeout: COMMAND_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const digest = async (path: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");

function expectOneCleanLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  const lines = stderr.split("\n").slice(0, -1);
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at\s/m);
  expect(stderr).not.toMatch(/Error:|node:internal|\.ts:\d+/);
  return lines[0];
}

describe("report CLI: failures", () => {
  test.each<[string, string[], RegExp]>([
    ["no workbook", [], /请指定要检查的台账文件/],
    ["an unknown flag", ["友城台账.xlsx", "--verbose"], /不认识的选项 --verbose/],
    ["a day that does not exist", ["友城台账.xlsx", "--today", "2026-02-30"], /2026-02-30 不是有效日期/],
    ["a year that is not four digits", ["友城台账.xlsx", "--year=26"], /26 不是四位数年份/],
    ["an unknown language", ["友城台账.xlsx", "--lang", "fr-FR"], /fr-FR 不支持/],
    ["--out on the input", ["友城台账.xlsx", "--out", "./友城台账.xlsx"], /指向了输入文件/],
    ["--json on the input", ["友城台账.xlsx", "--json=友城台账.xlsx"], /指向了输入文件/],
    [
      "a copy into a folder that does not exist",
      ["友城台账.xlsx", "--out", "无此目录/标注.xlsx"],
      /无法写入 无此目录\/标注\.xlsx：所在文件夹不存在/,
    ],
    ["a missing file", ["不存在.xlsx"], /找不到或无法打开文件 不存在\.xlsx/],
    ["a text file named .xlsx", ["notes.xlsx"], /notes\.xlsx 不是 Excel 工作簿/],
    ["a password-protected file", ["locked.xlsx"], /locked\.xlsx 设有打开密码/],
    ["a truncated file", ["half.xlsx"], /half\.xlsx 已损坏/],
    [
      "an output folder that does not exist",
      ["友城台账.xlsx", "--json", "无此目录/r.json"],
      /无法写入 无此目录\/r\.json：所在文件夹不存在/,
    ],
  ])("%s: exit 2, one line on stderr, nothing on stdout, input untouched", async (_, args, message) => {
    const before = await digest(workbook);
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(expectOneCleanLine(result.stderr)).toMatch(message);
    expect(await digest(workbook)).toBe(before);
  });

  test("--lang en-US speaks English, even when the error comes before it", () => {
    const result = cli(["--today", "2026-02-30", "友城台账.xlsx", "--lang", "en-US"]);
    expect(result.status).toBe(2);
    expect(expectOneCleanLine(result.stderr)).toBe(
      "--today 2026-02-30 is not a real date; write it as YYYY-MM-DD, for example 2026-11-27",
    );
  });

  test("a failed write leaves no file behind", async () => {
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

/** These need the core (analyzeWorkbook, buildReport). */
describe("report CLI: a report", () => {
  test("--json - prints the JSON document on stdout, and one line on stderr", async () => {
    const before = await digest(workbook);
    const result = cli(["友城台账.xlsx", "--json", "-", "--today", "2026-11-27"]);
    expect(result.status).toBe(0);
    expect(expectOneCleanLine(result.stderr)).toMatch(/报告已写入 标准输出/);
    expect(result.stdout.endsWith("}\n")).toBe(true);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ today: "2026-11-27", year: 2026 });
    expect(result.stdout.split("\n")[1]).toBe('  "today": "2026-11-27",');
    expect(await digest(workbook)).toBe(before);
  });

  test("with no output flag the JSON goes to stdout; --year sets the summary year", () => {
    const result = cli(["友城台账.xlsx", "--today=2026-11-27", "--year=2025", "--lang=en-US"]);
    expect(result.status).toBe(0);
    expect(expectOneCleanLine(result.stderr)).toMatch(/^Report written to standard output/);
    expect(JSON.parse(result.stdout)).toMatchObject({ today: "2026-11-27", year: 2025 });
  });

  test("--json FILE writes the whole document, UTF-8 with a trailing newline, and nothing on stdout", async () => {
    const result = cli(["友城台账.xlsx", "--json", "报告.json", "--today", "2026-11-27"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(expectOneCleanLine(result.stderr)).toMatch(/报告已写入 报告\.json/);
    const text = await readFile(join(dir, "报告.json"), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text).agreements.some((a: { partner: string }) => a.partner === "上海市静安区")).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
