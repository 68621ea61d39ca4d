/**
 * Removing the add-in's own colour rules through the real office.js client, where Excel gives the
 * loaded rules no id: the client then addresses each by its position in the collection, and
 * deleting several in one request shifts the positions of those after the first deleted. The
 * user's own rule on the same cells must stay, and the add-in's go, on a re-run and on 清除.
 */
import { HIGHLIGHT_MARKER } from "../../src/core/plan/writePlan";
import { createFakeExcel, type FakeExcel, type FakeSheet } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { removeWrites, writeWorkbook } from "../../src/excel-host/workbookService";
import { realClient } from "../helpers/officeJsClient";
import { REGISTER, registerWorkbook, TODAY, toBuffer } from "../contract/writers";

jest.setTimeout(120_000);

const USER_RULE = { type: "Custom", formula: '=$B3="东京都"', fill: "#00B0F0", fontColor: null, stopIfTrue: false };

async function registerWithUserRule(): Promise<FakeExcel> {
  const excel = createFakeExcel(await fakeStateFromXlsx(await toBuffer(registerWorkbook().workbook)));
  register(excel).conditionalFormats.push({ address: "A3:F6", ...USER_RULE });
  return excel;
}

const register = (excel: FakeExcel): FakeSheet => excel.state.sheets.find((s) => s.name === REGISTER)!;
const own = (excel: FakeExcel) =>
  register(excel).conditionalFormats.filter((f) => f.formula?.includes(HIGHLIGHT_MARKER));
const users = (excel: FakeExcel) => register(excel).conditionalFormats.filter((f) => f.formula === USER_RULE.formula);

describe.each(["web", "win32"] as const)("the add-in's rules addressed by position (%s client)", (client) => {
  test("a re-run replaces its three rules and keeps the user's", async () => {
    const excel = await registerWithUserRule();
    const { run } = realClient(excel, client, { itemIds: false });
    await writeWorkbook(run, { lang: "zh-CN", today: TODAY }, "all");
    const first = own(excel)
      .map((f) => f.formula)
      .sort();
    expect(first).toHaveLength(3);

    await writeWorkbook(run, { lang: "zh-CN", today: TODAY }, "all");
    expect(
      own(excel)
        .map((f) => f.formula)
        .sort(),
    ).toEqual(first);
    expect(users(excel)).toHaveLength(1);
  });

  test("清除 removes its three rules and keeps the user's", async () => {
    const excel = await registerWithUserRule();
    const { run } = realClient(excel, client, { itemIds: false });
    await writeWorkbook(run, { lang: "zh-CN", today: TODAY }, "all");
    expect(own(excel)).toHaveLength(3);

    await removeWrites(run);
    expect(own(excel)).toHaveLength(0);
    expect(users(excel)).toHaveLength(1);
  });
});
