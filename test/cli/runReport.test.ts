import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSample, toExcelWorkbook } from "../../scripts/sample/generateWorkbook";

/**
 * runReport in-process, with the core replaced: the one path a spawned CLI cannot reach on
 * purpose — the core itself failing — must still be one line and exit 1, never a stack trace.
 */

const analyzeWorkbook = jest.fn();
jest.mock("../../src/core/analyze", () => ({ analyzeWorkbook: (...args: unknown[]) => analyzeWorkbook(...args) }));
jest.mock("../../src/core/report/buildReport", () => ({
  buildReport: (analysis: { today: string }, lang: string) => ({ today: analysis.today, lang }),
}));

// Imported after the mocks are declared (jest hoists jest.mock above imports).
import { runReport, type CliIo } from "../../src/cli/report";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "run-report-"));
  await writeFile(
    join(dir, "book.xlsx"),
    Buffer.from(await toExcelWorkbook(generateSample({ exchanges: 40 })).xlsx.writeBuffer()),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (l) => void err.push(l),
    cwd: dir,
    now: () => new Date(2026, 10, 27, 9, 30),
  };
  return { io: value, out, err };
}

beforeEach(() => analyzeWorkbook.mockReset());

test("an internal error is one line, exit 1, nothing on stdout", async () => {
  analyzeWorkbook.mockImplementation(() => {
    throw new TypeError(
      "cannot read properties of undefined\n    at readRegister (src/core/records/readRegister.ts:12:3)",
    );
  });
  const { io: streams, out, err } = io();
  expect(await runReport(["book.xlsx", "--lang", "en-US"], streams)).toBe(1);
  expect(out).toEqual([]);
  expect(err).toEqual([
    "Internal error, no report was made: TypeError: cannot read properties of undefined at readRegister (src/core/records/readRegister.ts:12:3)",
  ]);
});

test("today defaults to the machine's date, and the grid handed to the core is the workbook's", async () => {
  analyzeWorkbook.mockImplementation(
    (book: { sheets: { name: string }[] }, options: { today: string; year?: number }) => ({
      today: options.today,
      year: options.year,
      sheets: book.sheets,
      agreements: [1, 2],
      findings: [1],
    }),
  );
  const { io: streams, out, err } = io();
  expect(await runReport(["book.xlsx"], streams)).toBe(0);
  const [book, options] = analyzeWorkbook.mock.calls[0];
  expect(options).toEqual({ today: "2026-11-27", year: undefined, settings: {} });
  expect(book.sheets.map((s: { name: string }) => s.name)).toContain("结好城市名册");
  expect(out).toEqual([JSON.stringify({ today: "2026-11-27", lang: "zh-CN" }, null, 2) + "\n"]);
  expect(err).toEqual(["报告已写入 标准输出：2 份协议，1 条检查结果（今天按 2026-11-27 计）"]);
});

test("--help prints the usage on stdout and exits 0 without reading anything", async () => {
  const { io: streams, out, err } = io();
  expect(await runReport(["--help", "--lang=en-US"], streams)).toBe(0);
  expect(out.join("")).toMatch(/^Usage: npm run report -- WORKBOOK\.xlsx/);
  expect(err).toEqual([]);
  expect(analyzeWorkbook).not.toHaveBeenCalled();
});
