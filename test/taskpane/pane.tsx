import { readFileSync } from "node:fs";
import { join } from "node:path";
import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { addinServices, type AddinServices } from "../../src/excel-host/addinServices";
import { createFakeExcel, type FakeExcel, type FakeWorkbookState } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Analysis, Lang } from "../../src/core/model";
import type { Settings } from "../../src/core/settings";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { DOM_WAIT_MS } from "../helpers/ceilings";

/**
 * The task pane over the in-memory Excel host holding the demo workbook, as the tests meet it:
 * the real services (addinServices) on the fake's run, "today" fixed at 2026-11-27.
 */
export const TODAY = "2026-11-27";

// The pane over the whole demo workbook is a big DOM, and role queries walk all of it. Waits end
// when the DOM shows what is awaited; the ceiling is far above what an idle machine needs (about a
// second) so that a machine shared with other work never fails a test on time alone.
configure({ asyncUtilTimeout: DOM_WAIT_MS });
export const DEMO = join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");

let demoBytes: Buffer | null = null;
let demoState: FakeWorkbookState | null = null;

/** The demo workbook as the fake host's state: read once, a fresh copy for each pane. */
export async function demoWorkbookState(): Promise<FakeWorkbookState> {
  demoBytes ??= readFileSync(DEMO);
  demoState ??= await fakeStateFromXlsx(demoBytes);
  return structuredClone(demoState);
}

/** What the core makes of the demo workbook, to compare the pane with (never hard-coded). */
export async function expectedAnalysis(settings: Partial<Settings> = {}): Promise<Analysis> {
  demoBytes ??= readFileSync(DEMO);
  return analyzeWorkbook(await readWorkbookBuffer(demoBytes), { today: TODAY, settings });
}

export interface Pane {
  excel: FakeExcel;
  services: AddinServices;
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders the pane and waits for the check it runs when it opens. */
export async function openPane(
  options: { lang?: Lang; state?: FakeWorkbookState; services?: (excel: FakeExcel) => AddinServices } = {},
): Promise<Pane> {
  const lang = options.lang ?? "zh-CN";
  const excel = createFakeExcel(options.state ?? (await demoWorkbookState()));
  const services = options.services?.(excel) ?? addinServices(excel.run, { lang, today: () => TODAY });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} lang={lang} />
    </FluentProvider>,
  );
  await screen.findByText(lang === "zh-CN" ? /^检查完成/ : /^Checked/);
  return { excel, services, user };
}

/** The add-in's sheets present in the fake workbook, by name. */
export function sheetNames(excel: FakeExcel): string[] {
  return excel.state.sheets.map((s) => s.name);
}

/**
 * Opens a tab as a person does, and waits for its view: the settings and greetings views are
 * loaded when first opened (React.lazy), showing "正在打开…" meanwhile.
 */
export async function openTab(user: Pane["user"], tab: string | HTMLElement): Promise<void> {
  await user.click(typeof tab === "string" ? screen.getByRole("tab", { name: tab }) : tab);
  await waitFor(() => expect(screen.queryByText(/^(正在打开…|Opening…)$/)).toBeNull());
}
