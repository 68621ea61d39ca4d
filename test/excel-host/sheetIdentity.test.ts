/**
 * The add-in's sheets keep their identity across runs: a user's own formulas and links that point
 * at 到期提醒, the year-end summary or a PartnerCities_ table still point there after a re-run,
 * inside Excel, in the other language too. (Excel answers a deleted sheet or table by making them
 * #REF!, and the in-memory host does the same: test/excel-fake/references.test.ts.)
 */
import { cellKey, createFakeExcel, emptySheet, type FakeExcel, type FakeSheet } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { parseAddress } from "../../src/excel-fake/address";
import type { Lang } from "../../src/core/model";
import type { ExcelRun } from "../../src/excel-host/excelRun";
import { writeWorkbook } from "../../src/excel-host/workbookService";
import { REGISTER, registerWorkbook, TODAY, toBuffer } from "../contract/writers";
import { realClient, type OfficeClient } from "../helpers/officeJsClient";

const SUMMARY = "2026年度交流总结";
const USER_LINK = "'到期提醒'!A1";

const sheetNamed = (excel: FakeExcel, name: string): FakeSheet => {
  const sheet = excel.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}: ${excel.state.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
};
/** The 1-based row under a sheet's table: where the add-in writes its totals. */
const totalsRow = (sheet: FakeSheet): number => {
  const rect = parseAddress(sheet.tables[0]!.address)!.rect;
  return rect.row + rect.rowCount + 1;
};
const formulasOf = (sheet: FakeSheet): string[] =>
  [0, 1, 2].map((r) => sheet.cells[cellKey(r, 0)]?.formula ?? "(none)");

async function start(client?: OfficeClient): Promise<{ excel: FakeExcel; run: ExcelRun }> {
  const excel = createFakeExcel(await fakeStateFromXlsx(await toBuffer(registerWorkbook().workbook)));
  return { excel, run: client ? realClient(excel, client).run : excel.run };
}

const write = (run: ExcelRun, lang: Lang = "zh-CN") => writeWorkbook(run, { lang, today: TODAY }, "all");

/** The user's own sheet: a total of the summary, the expiry table's size, a link to 到期提醒. */
function addUserSheet(excel: FakeExcel): string[] {
  const formulas = [
    `='${SUMMARY}'!B${totalsRow(sheetNamed(excel, SUMMARY))}`,
    "=ROWS(PartnerCities_Expiry)",
    "='到期提醒'!A2",
  ];
  const mine = emptySheet("我的汇总");
  formulas.forEach((formula, r) => (mine.cells[cellKey(r, 0)] = { value: null, formula }));
  mine.cells[cellKey(3, 0)] = { value: "到期提醒", hyperlink: { documentReference: USER_LINK } };
  excel.state.sheets.push(mine);
  return formulas;
}

/** One more agreement on the register, so that the next run's sheets have one more row each. */
function addAgreement(excel: FakeExcel): void {
  const register = sheetNamed(excel, REGISTER);
  const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25_569;
  const row = 6;
  const values = [5, "罗马市", "友好城市", serial("2018-06-01"), serial("2028-05-31")];
  values.forEach((value, c) => (register.cells[cellKey(row, c)] = { value }));
  register.cells[cellKey(row, 3)]!.numberFormat = "yyyy-mm-dd";
  register.cells[cellKey(row, 4)]!.numberFormat = "yyyy-mm-dd";
}

describe.each([
  { label: "in-memory host" },
  { label: "office.js web client", client: "web" as const },
  { label: "office.js Windows client", client: "win32" as const },
])("$label", ({ client }) => {
  test("a re-run leaves the user's formulas and link on the add-in's sheets working, a total still its total", async () => {
    const { excel, run } = await start(client);
    await write(run);
    const before = addUserSheet(excel);
    const summaryTotals = totalsRow(sheetNamed(excel, SUMMARY));
    addAgreement(excel);
    await write(run);

    const summary = sheetNamed(excel, SUMMARY);
    // The summary has one more partner row: its totals moved down one, and the reference with them.
    expect(totalsRow(summary)).toBe(summaryTotals + 1);
    const mine = sheetNamed(excel, "我的汇总");
    expect(formulasOf(mine)).toEqual([`='${SUMMARY}'!B${summaryTotals + 1}`, before[1], before[2]]);
    expect(summary.cells[cellKey(summaryTotals, 1)]).toMatchObject({ value: expect.any(Number) });
    expect(mine.cells[cellKey(3, 0)]!.hyperlink).toEqual({ documentReference: USER_LINK });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["到期提醒", SUMMARY]));
    expect(sheetNamed(excel, "到期提醒").tables.map((t) => t.name)).toEqual(["PartnerCities_Expiry"]);
  });

  test("a run in the other language renames the sheets, and the user's formulas follow them", async () => {
    const { excel, run } = await start(client);
    await write(run, "zh-CN");
    addUserSheet(excel);
    const total = totalsRow(sheetNamed(excel, SUMMARY));
    const positions = excel.state.sheets.map((s) => s.name);
    await write(run, "en-US");

    expect(formulasOf(sheetNamed(excel, "我的汇总"))).toEqual([
      `='2026 Summary'!B${total}`,
      "=ROWS(PartnerCities_Expiry)",
      "=Expiry!A2",
    ]);
    // The same sheets, renamed where they were.
    const english: Record<string, string> = {
      到期提醒: "Expiry",
      合规检查: "Findings",
      资格评估: "Eligibility",
      [SUMMARY]: "2026 Summary",
    };
    expect(excel.state.sheets.map((s) => s.name)).toEqual(positions.map((n) => english[n] ?? n));
  });

  test("a run in the other language renames the table's columns, and the user's structured references follow", async () => {
    const { excel, run } = await start(client);
    await write(run, "zh-CN");
    const table = () => excel.state.sheets.flatMap((s) => s.tables).find((t) => t.name === "PartnerCities_Expiry")!;
    expect(table().headers).toContain("剩余天数");
    const mine = emptySheet("我的汇总");
    const formulas = [
      "=SUM(PartnerCities_Expiry[剩余天数])",
      "=COUNTA(PartnerCities_Expiry[[#Data],[剩余天数]])",
      '=COUNTIF(PartnerCities_Expiry[剩余天数],"剩余天数")',
    ];
    formulas.forEach((formula, r) => (mine.cells[cellKey(r, 0)] = { value: null, formula }));
    excel.state.sheets.push(mine);
    await write(run, "en-US");

    expect(table().headers).toContain("Days left");
    expect(formulasOf(sheetNamed(excel, "我的汇总"))).toEqual([
      "=SUM(PartnerCities_Expiry[Days left])",
      "=COUNTA(PartnerCities_Expiry[[#Data],[Days left]])",
      '=COUNTIF(PartnerCities_Expiry[Days left],"剩余天数")',
    ]);
  });
});
