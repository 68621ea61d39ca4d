/** @jest-environment jsdom */
import "../taskpane/jsdomGlobals";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { wpsPreviewHost } from "../../src/preview/previewHost";
import { createFakeEt } from "../../src/wps-fake";
import { demoWorkbookState, expectedAnalysis, TODAY } from "../taskpane/pane";
import { draftsOf } from "../../src/core/documents/draftsOf";

jest.setTimeout(120_000);

// The ribbon's outcome bar measures itself for reflow; jsdom has no layout, so nothing is observed.
(globalThis as Record<string, unknown>).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The preview of the demo workbook over the WPS shell, in Chinese. */
function renderWpsPreview(et: ReturnType<typeof createFakeEt>): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        host={wpsPreviewHost(et)}
        workbookName="partner-cities-demo.xlsx"
        initialLang="zh-CN"
        today={TODAY as IsoDate}
        onOpenFile={() => undefined}
      />
    </FluentProvider>,
  );
}

/** The preview with ?host=wps: the pane, the ribbon bar and the grid over the WPS shell on the in-memory ET host. */
test("the ribbon's 年度总结 writes the summary through the WPS shell, and the grid shows it", async () => {
  const et = createFakeEt(await demoWorkbookState());
  const user = userEvent.setup();
  renderWpsPreview(et);
  await screen.findByText(/^检查完成/, undefined, { timeout: 60_000 });
  await user.click(document.querySelector<HTMLElement>("[data-ribbon=showYearEndSummary]")!);
  await waitFor(() => expect(document.querySelector("[data-testid=ribbon-outcome] [data-ok='1']")).not.toBeNull(), {
    timeout: 60_000,
  });
  const summary = `${(await expectedAnalysis()).year}年度交流总结`;
  expect(et.Application.ActiveWorkbook.ActiveSheet.Name).toBe(summary);
  expect(et.uses["EtSheets.Add()"]).toBe(1);
  await waitFor(() =>
    expect(document.querySelector(`[data-testid=grid] table[data-sheet="${summary}"]`)).not.toBeNull(),
  );
});

test("the ribbon's 起草文稿 offers one download per draft, named by its file, and writes nothing", async () => {
  const et = createFakeEt(await demoWorkbookState());
  const user = userEvent.setup();
  renderWpsPreview(et);
  await screen.findByText(/^检查完成/, undefined, { timeout: 60_000 });
  const sheets = et.state.sheets.map((s) => s.name);
  await user.click(document.querySelector<HTMLElement>("[data-ribbon=makeDrafts]")!);
  const expected = draftsOf(await expectedAnalysis(), "zh-CN").map((d) => `下载“${d.fileName}”`);
  expect(expected.length).toBeGreaterThan(0);
  await waitFor(
    () => {
      const outcome = document.querySelector("[data-testid=ribbon-outcome]")!;
      const buttons = [...outcome.querySelectorAll("button")].map((b) => b.textContent).filter((t) => t);
      expect(buttons).toEqual(expected);
    },
    { timeout: 60_000 },
  );
  expect(et.state.sheets.map((s) => s.name)).toEqual(sheets);
});
