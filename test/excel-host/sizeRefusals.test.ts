/**
 * Excel on the web has been seen to refuse an oversized request as GeneralException ("internal
 * error") instead of as a size refusal. The writer splits such a request and sends it again, as it
 * does for a size refusal; a small request refused so is still shown as "busy".
 */
import { createFakeExcel, type FakeExcel, type FakeWorkbookState } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { classifyExcelError } from "../../src/excel-host/excelErrors";
import { writeWorkbook } from "../../src/excel-host/workbookService";
import { registerWorkbook, REGISTER_ROWS, TODAY, toBuffer, type RegisterRow } from "../contract/writers";

jest.setTimeout(300_000);

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Many agreements, so that a write takes requests well over a megabyte. */
function bigRegister(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => ({
    partner: `第${i + 1}号友好城市`,
    signed: utc(2010 + (i % 15), 1 + (i % 12), 1 + (i % 28)),
    ends: utc(2024 + (i % 8), 1 + (i % 12), 1 + (i % 28)),
  }));
}

async function stateOf(rows: RegisterRow[]): Promise<FakeWorkbookState> {
  return fakeStateFromXlsx(await toBuffer(registerWorkbook(rows).workbook));
}

const write = (excel: FakeExcel) => writeWorkbook(excel.run, { lang: "zh-CN", today: TODAY }, "all");
const sheetsOf = (excel: FakeExcel) => JSON.stringify(excel.state.sheets);

test("an oversized request refused as GeneralException is split and the write completes", async () => {
  const start = await stateOf(bigRegister(6000));
  const clean = createFakeExcel(structuredClone(start));
  await write(clean);
  const largest = Math.max(...clean.stats.requestBytes);

  const refusing = createFakeExcel(structuredClone(start));
  // Every request as big as the largest of a clean run is refused as an internal error.
  refusing.inject.refuseRequestsOver(Math.floor(largest / 2), "GeneralException");
  const outcome = await write(refusing);

  expect(outcome.plan!.sheets.length).toBeGreaterThan(0);
  expect(sheetsOf(refusing)).toEqual(sheetsOf(clean));
  expect(refusing.stats.syncs).toBeGreaterThan(clean.stats.syncs);
  // Requests over the limit were sent, refused whole, and sent again in halves.
  expect(refusing.stats.requestBytes.some((b) => b > largest / 2)).toBe(true);
});

test("a small request refused as GeneralException shows busy, without being sent again", async () => {
  const start = await stateOf(REGISTER_ROWS);
  const clean = createFakeExcel(structuredClone(start));
  await write(clean);
  const writeSync = clean.stats.syncs;

  const refusing = createFakeExcel(structuredClone(start));
  refusing.inject.failSync(writeSync, "GeneralException");
  const error = await write(refusing).then(
    () => null,
    (e: unknown) => e,
  );
  expect(classifyExcelError(error)).toMatchObject({ problem: "busy", code: "GeneralException" });
  expect(refusing.stats.syncs).toBe(writeSync);
  expect(sheetsOf(refusing)).toEqual(JSON.stringify(start.sheets));
});
