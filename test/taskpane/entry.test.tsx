/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen } from "@testing-library/react";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";
import { createFakeExcel } from "../../src/excel-fake";
import { demoWorkbookState } from "./pane";

/**
 * taskpane.html's script (src/taskpane/index.tsx): office.js's globals stubbed, the page loaded
 * as the bundle loads it.
 */
function stubOffice(host: string | null, displayLanguage: string | undefined): void {
  (globalThis as Record<string, unknown>).Office = {
    onReady: async () => ({ host, platform: null }),
    HostType: { Excel: "Excel" },
    context: displayLanguage ? { displayLanguage } : {},
  };
}

async function loadPage(): Promise<void> {
  // The page renders by itself, as in the browser, not inside Testing Library's act().
  (globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.innerHTML = '<div id="container"></div>';
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  localStorage.clear();
});

describe("the task pane page", () => {
  test("opened outside Excel, it says so in words instead of failing", async () => {
    stubOffice(null, "zh-CN");
    await loadPage();
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", EXCEL_ERROR_MESSAGES["no-excel"]["zh-CN"]);
  });

  test("inside Excel, it checks the open workbook through Excel.run, in Office's display language", async () => {
    const excel = createFakeExcel(await demoWorkbookState());
    stubOffice("Excel", "en-GB");
    (globalThis as Record<string, unknown>).Excel = { run: excel.run };
    await loadPage();
    expect(await screen.findByText(/^Checked: \d+ agreements/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
  });

  test("the user's language choice is remembered for the next time the pane opens", async () => {
    const excel = createFakeExcel(await demoWorkbookState());
    stubOffice("Excel", "zh-CN");
    (globalThis as Record<string, unknown>).Excel = { run: excel.run };
    const { createPreferences } = await import("../../src/taskpane/preferences");
    createPreferences().setLang("en-US");
    await loadPage();
    expect(await screen.findByText(/^Checked:/)).toBeTruthy();
  });
});
