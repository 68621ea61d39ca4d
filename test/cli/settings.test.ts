/**
 * The settings saved from the task pane live in the workbook: the command line reads them as the
 * add-in does inside Excel (here the in-memory host, loaded from the same file), so that one file
 * gives one report wherever it is checked; `--settings FILE.json` overrides them key by key.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReport, type CliIo } from "../../src/cli/report";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { buildReport } from "../../src/core/report/buildReport";
import { SETTINGS_KEY } from "../../src/core/storedSettings";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { checkWorkbook } from "../../src/excel-host/workbookService";
import { register, withOfficeSettings } from "../excel-file/programs/handEdited";

const TODAY = "2026-11-27" as IsoDate;
/** Not the defaults (90 and 180 days): 首尔市's agreement, 124 days left, turns urgent. */
const SAVED = { urgentDays: 150, expiringDays: 400, aliases: { 花都: "巴黎市" } };

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "settings-"));
  file = join(dir, "book.xlsx");
  await writeFile(file, await withOfficeSettings(await register(), { [SETTINGS_KEY]: JSON.stringify(SAVED) }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...extra: string[]): Promise<{ code: number; report: unknown; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (l) => void err.push(l),
    cwd: dir,
    now: () => new Date(),
  };
  const code = await runReport([file, "--json", "-", "--today", TODAY, ...extra], io);
  return { code, report: code === 0 ? JSON.parse(out.join("")) : null, err };
}

async function host(settings?: Record<string, unknown>): Promise<unknown> {
  const { readFileSync } = await import("node:fs");
  const state = await fakeStateFromXlsx(readFileSync(file));
  if (settings) state.settings[SETTINGS_KEY] = JSON.stringify(settings);
  const outcome = await checkWorkbook(createFakeExcel(state).run, { lang: "zh-CN", today: TODAY });
  return JSON.parse(JSON.stringify(buildReport(outcome.analysis, "zh-CN")));
}

const statuses = (report: unknown) =>
  (report as { agreements: { partner: string; status: string }[] }).agreements.map((a) => [a.partner, a.status]);

test("the command line and the in-memory host give the same report under the workbook's own settings", async () => {
  const { code, report } = await cli();
  expect(code).toBe(0);
  expect(report).toEqual(await host());
  expect(statuses(report)).toEqual([
    ["巴黎市", "expired"],
    ["东京都", "urgent"],
    ["首尔市", "urgent"],
    ["柏林市", "active"],
  ]);
});

test("--settings overrides the saved settings key by key, as the same settings saved in the workbook would", async () => {
  const override = join(dir, "strict.json");
  await writeFile(override, JSON.stringify({ urgentDays: 30 }));
  const { code, report } = await cli("--settings", override);
  expect(code).toBe(0);
  expect(report).toEqual(await host({ ...SAVED, urgentDays: 30 }));
  expect(statuses(report).map((s) => s[1])).toEqual(["expired", "expiring", "expiring", "active"]);
});

test("a settings file that cannot be read, or is not a JSON object, is one line and exit 2", async () => {
  const missing = await cli("--settings", "nope.json");
  expect(missing.code).toBe(2);
  expect(missing.err).toEqual([expect.stringMatching(/^无法读取设置文件 nope\.json：/)]);
  const bad = join(dir, "bad.json");
  await writeFile(bad, "[1, 2]");
  const notObject = await cli("--settings", bad, "--lang", "en-US");
  expect(notObject.code).toBe(2);
  expect(notObject.err).toEqual([expect.stringMatching(/^The settings file .*bad\.json is not a JSON object/)]);
});
