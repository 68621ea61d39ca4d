/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor } from "@testing-library/react";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";
import { TABLE_PREFIX } from "../../src/core/plan/writePlan";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { createFakeEt, type FakeEt } from "../../src/wps-fake";
import { wpsAddinServices } from "../../src/wps-host/addinServices";
import { demoWorkbookState, expectedAnalysis, openPane, TODAY } from "./pane";

/** The same task pane inside WPS 表格: its page finds WPS's Application, and its buttons act through the ET shell. */

const ownTables = (et: FakeEt) =>
  et.state.sheets.flatMap((s) => s.tables.map((t) => t.name)).filter((n) => n.startsWith(TABLE_PREFIX));

async function openWpsPane() {
  const et = createFakeEt(await demoWorkbookState());
  const pane = await openPane({
    services: () => wpsAddinServices(et.Application, { lang: "zh-CN", today: () => TODAY as IsoDate }),
  });
  return { et, ...pane };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Application;
  localStorage.clear();
});

test("the page opened by WPS checks the open workbook through the ET shell, without office.js, in the system's language", async () => {
  const et = createFakeEt(await demoWorkbookState());
  (globalThis as Record<string, unknown>).Application = et.Application;
  (globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.innerHTML = '<div id="container"></div>';
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
  const expected = await expectedAnalysis();
  // jsdom's navigator.language is en-US.
  const checked = await screen.findByText(/^Checked: \d+ agreements/, undefined, { timeout: 60_000 });
  expect(checked.textContent).toContain(`Checked: ${expected.agreements.length} agreements`);
  expect(document.documentElement.lang).toBe("en-US");
  expect(et.uses["EtRange.Value2"]).toBeGreaterThan(0);
});

test("write: the four sheets and the highlights go into the WPS workbook", async () => {
  const { et, user } = await openWpsPane();
  await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
  const rules = () => et.state.sheets.flatMap((s) => s.conditionalFormats).length;
  await screen.findByText(/^已写入 4 张工作表/);
  expect(ownTables(et)).toHaveLength(4);
  expect(screen.getByText(/^已写入/).textContent).toBe(`已写入 4 张工作表和 ${rules()} 条条件格式`);
});

test("a protected register: the refusal in words, and Retry works once it is unprotected", async () => {
  const register = (await expectedAnalysis()).sheets.find((s) => s.role === "register")!.name;
  const { et, user } = await openWpsPane();
  et.protectSheet(register);
  await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
  expect(await screen.findByText(EXCEL_ERROR_MESSAGES.protected["zh-CN"])).toBeTruthy();
  expect(ownTables(et)).toEqual([]);
  et.state.sheets.find((s) => s.name === register)!.protected = false;
  await user.click(screen.getByRole("button", { name: "重试" }));
  await screen.findByText(/^已写入 4 张工作表/);
});

test("settings saved in the pane are kept in the workbook, as document properties", async () => {
  const { et, services } = await openWpsPane();
  const { stored } = await services.check();
  await services.saveSettings({ ...stored, year: 2025 });
  await waitFor(() => expect(et.properties.map((p) => p.name)).toContain("PartnerCities.settings"));
  const again = await wpsAddinServices(et.Application, { lang: "zh-CN", today: () => TODAY as IsoDate }).check();
  expect(again.stored.year).toBe(2025);
  expect(again.analysis.summary.year).toBe(2025);
});
