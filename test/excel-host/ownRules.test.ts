/**
 * Removing the add-in's own colour rules, which share their cells (three on the register's rows),
 * next to the user's rules: one overlapping them, one on exactly their cells, and two of the
 * user's on the same cells of their own. Excel cannot find by position a rule that shares its
 * cells with another (office-js #5222, #6827, #6835; modelled by the in-memory host, on by
 * default), and a client addresses a loaded rule by position unless Excel sent its id with it; a
 * deletion also shifts the positions (and the priorities) of the rules after it. Through the
 * host and through the real office.js client, with Excel sending ids and without, a re-run must
 * replace the add-in's three rules and 清除 remove them, the user's all kept.
 */
import { HIGHLIGHT_MARKER } from "../../src/core/plan/writePlan";
import {
  createFakeExcel,
  type FakeConditionalFormat,
  type FakeExcel,
  type FakeSheet,
  type FakeWorkbookState,
} from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import type { ExcelRun } from "../../src/excel-host/excelRun";
import { removeWrites, writeWorkbook } from "../../src/excel-host/workbookService";
import { realClient } from "../helpers/officeJsClient";
import { REGISTER, registerWorkbook, TODAY, toBuffer } from "../contract/writers";

jest.setTimeout(120_000);

const userRule = (address: string, formula: string): FakeConditionalFormat => ({
  address,
  type: "Custom",
  formula,
  fill: "#00B0F0",
  fontColor: null,
  stopIfTrue: false,
});

const register = (excel: FakeExcel): FakeSheet => excel.state.sheets.find((s) => s.name === REGISTER)!;
const own = (excel: FakeExcel) =>
  register(excel).conditionalFormats.filter((f) => f.formula?.includes(HIGHLIGHT_MARKER));
const users = (excel: FakeExcel) =>
  register(excel)
    .conditionalFormats.filter((f) => !f.formula?.includes(HIGHLIGHT_MARKER))
    .map((f) => `${f.address} ${f.formula}`)
    .sort();
const ownFormulas = (excel: FakeExcel) =>
  own(excel)
    .map((f) => f.formula)
    .sort();

/** The door to a given in-memory workbook: the host's own run, or a real client's over it. */
type Runner = (excel: FakeExcel) => ExcelRun;

/** The register as the host holds it, read once: each test writes into a copy. */
let registerState: FakeWorkbookState;
beforeAll(async () => {
  registerState = await fakeStateFromXlsx(await toBuffer(registerWorkbook().workbook));
});

/**
 * The register written once, then the user's rules added: one overlapping the add-in's, one on
 * exactly the add-in's cells, and two on the same cells of their own (#5222's setup).
 */
async function writtenWithUserRules(runner: Runner): Promise<FakeExcel> {
  const excel = createFakeExcel(structuredClone(registerState));
  await writeWorkbook(runner(excel), { lang: "zh-CN", today: TODAY }, "all");
  const ownCells = own(excel)[0]!.address;
  register(excel).conditionalFormats.push(
    userRule("A3:F6", '=$B3="东京都"'),
    userRule(ownCells, "=ROW()=5"),
    userRule("C4:C6", "=C4>1"),
    userRule("C4:C6", "=C4<0"),
  );
  return excel;
}

const RUNNERS: [string, Runner][] = [
  ["the in-memory host", (excel) => excel.run.bind(excel)],
  ...(["web", "win32"] as const).flatMap((client) =>
    [false, true].map((itemIds): [string, Runner] => [
      `the ${client} client, ${itemIds ? "with" : "without"} ids from Excel`,
      (excel) => realClient(excel, client, { itemIds }).run,
    ]),
  ),
];

describe.each(RUNNERS)("the add-in's rules, through %s", (_name, runner) => {
  test("the user's rules stand as they were put, and their cells are shared", async () => {
    const excel = await writtenWithUserRules(runner);
    expect(own(excel)).toHaveLength(3);
    expect(new Set(own(excel).map((f) => f.address)).size).toBe(1);
    expect(users(excel)).toHaveLength(4);
  });

  test("a re-run replaces its three rules and keeps the user's four", async () => {
    const excel = await writtenWithUserRules(runner);
    const first = ownFormulas(excel);
    const before = users(excel);

    await writeWorkbook(runner(excel), { lang: "zh-CN", today: TODAY }, "all");
    expect(ownFormulas(excel)).toEqual(first);
    expect(users(excel)).toEqual(before);

    await writeWorkbook(runner(excel), { lang: "en-US", today: TODAY }, "all");
    expect(own(excel)).toHaveLength(3);
    expect(users(excel)).toEqual(before);
  });

  test("清除 removes its three rules and keeps the user's four", async () => {
    const excel = await writtenWithUserRules(runner);
    const before = users(excel);

    await removeWrites(runner(excel));
    expect(own(excel)).toHaveLength(0);
    expect(users(excel)).toEqual(before);
  });
});

describe.each(RUNNERS.filter(([name]) => !name.includes("with ids")))(
  "rules read without their ids, through %s",
  (_name, runner) => {
    test("deleting the add-in's rules by position answers ItemNotFound and leaves them all", async () => {
      const excel = await writtenWithUserRules(runner);
      const before = register(excel).conditionalFormats.map((f) => f.formula);
      // What the add-in's read once loaded: the rules' types and formulas, without their ids.
      const deleteOwnByPosition = () =>
        runner(excel)(async (context) => {
          const formats = context.workbook.worksheets
            .getItem(REGISTER)
            .getRange()
            .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
          await context.sync();
          const mine = formats.items.filter((f) => f.customOrNullObject.rule.formula?.includes(HIGHLIGHT_MARKER));
          for (const f of mine.reverse()) f.delete();
          await context.sync();
        });
      await expect(deleteOwnByPosition()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(register(excel).conditionalFormats.map((f) => f.formula)).toEqual(before);

      // The same in a build of Excel without the fault.
      excel.inject.conditionalFormatBugs(false);
      const users4 = users(excel);
      await deleteOwnByPosition();
      expect(own(excel)).toHaveLength(0);
      expect(users(excel)).toEqual(users4);
    });
  },
);
