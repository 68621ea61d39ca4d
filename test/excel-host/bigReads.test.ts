/**
 * The first read guarded like the others, through the real office.js client: a sheet whose first
 * thousand rows are too big for one response (long texts; a stray value far to the right that
 * makes the used range 16,384 columns wide) is read in pieces, not refused, and reads the same
 * as the workbook without the obstacle; a read Excel answers without values is a clear refusal.
 */
import type { IsoDate } from "../../src/core/dates/isoDate";
import { analyzeWorkbook } from "../../src/core/analyze";
import { classifyExcelError } from "../../src/excel-host/excelErrors";
import { readWorkbook } from "../../src/excel-host/readWorkbook";
import { checkWorkbook } from "../../src/excel-host/workbookService";
import {
  cellKey,
  createFakeExcel,
  emptySheet,
  REQUEST_PAYLOAD_LIMIT,
  type FakeSheet,
  type FakeWorkbookState,
} from "../../src/excel-fake";
import { FakeRange } from "../../src/excel-fake/range";
import { realClient } from "../helpers/officeJsClient";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;

function workbook(rows: number, note: (r: number) => string): FakeWorkbookState {
  const register = emptySheet("友城名录");
  const log = emptySheet("交流活动");
  const put = (s: FakeSheet, r: number, c: number, value: string | number, numberFormat?: string) => {
    s.cells[cellKey(r, c)] = numberFormat ? { value, numberFormat } : { value };
  };
  ["友城名称", "签署日期", "到期日期"].forEach((h, c) => put(register, 0, c, h));
  ["巴黎市", "东京都"].forEach((p, i) => {
    put(register, i + 1, 0, p);
    put(register, i + 1, 1, 42500 + i * 400, "yyyy-mm-dd");
    put(register, i + 1, 2, 46000 + i * 300, "yyyy-mm-dd");
  });
  ["日期", "友城", "交流形式", "备注"].forEach((h, c) => put(log, 0, c, h));
  for (let r = 1; r <= rows; r++) {
    put(log, r, 0, 46000 + (r % 300), "yyyy-mm-dd");
    put(log, r, 1, r % 2 ? "巴黎市" : "东京都");
    put(log, r, 2, "考察");
    put(log, r, 3, note(r));
  }
  return { sheets: [register, log], activeSheet: null, settings: {} };
}

async function readThrough(state: FakeWorkbookState) {
  const excel = createFakeExcel(state);
  const { run, wire } = realClient(excel, "web");
  const inventory = await run((context) => readWorkbook(context));
  return { inventory, wire };
}

test("a first thousand rows of long texts, over 5 MB, is read in pieces: every row, every text whole", async () => {
  const long = (r: number) => `第${r}次交流的纪要：${"会谈".repeat(1000)}`;
  const state = workbook(1200, long);
  const { inventory, wire } = await readThrough(structuredClone(state));
  const log = inventory.book.sheets.find((s) => s.name === "交流活动")!;
  expect(log.values).toHaveLength(1201);
  for (const bytes of wire.responses) expect(bytes).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
  expect(log.values.slice(1).every((row, i) => row[3] === long(i + 1))).toBe(true);
});

test("a stray value in XFD1 widens the used range to 16,384 columns: read in pieces, the same analysis as without it", async () => {
  const plain = workbook(120, () => "");
  const stray = structuredClone(plain);
  stray.sheets[1]!.cells[cellKey(0, 16_383)] = { value: "x" };
  const { inventory } = await readThrough(stray);
  const expected = await readThrough(structuredClone(plain));
  const log = inventory.book.sheets.find((s) => s.name === "交流活动")!;
  expect(log.values[0]![16_383]).toBe("x");
  const analysis = analyzeWorkbook(inventory.book, { today: TODAY });
  const without = analyzeWorkbook(expected.inventory.book, { today: TODAY });
  expect(analysis.agreements).toEqual(without.agreements);
  expect(analysis.summary).toEqual(without.summary);
});

test("a read Excel answers with no values is told as a size refusal, never a TypeError", async () => {
  const excel = createFakeExcel(workbook(10, () => "备注"));
  const { run } = realClient(excel, "web");
  // Excel on the web has been seen to answer a huge range with values null: every range here does.
  const proto = FakeRange.prototype as unknown as { _propSpecs(): Record<string, object> };
  const original = Object.getOwnPropertyDescriptor(proto, "_propSpecs")!;
  Object.defineProperty(proto, "_propSpecs", {
    value(this: unknown) {
      const all = (original.value as () => Record<string, object>).call(this);
      return { ...all, values: { ...all.values, read: () => null } };
    },
    configurable: true,
  });
  try {
    const error = await checkWorkbook(run, { lang: "zh-CN", today: TODAY }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(TypeError);
    expect(classifyExcelError(error)).toMatchObject({ problem: "too-large", code: "ResponsePayloadSizeLimitExceeded" });
  } finally {
    Object.defineProperty(proto, "_propSpecs", original);
  }
});
