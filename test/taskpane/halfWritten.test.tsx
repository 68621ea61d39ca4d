/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen } from "@testing-library/react";
import { demoWorkbookState, openPane, TODAY } from "./pane";
import { addinServices } from "../../src/excel-host/addinServices";
import { createFakeExcel, type FakeWorkbookState } from "../../src/excel-fake";
import { INCOMPLETE_KEY } from "../../src/core/storedSettings";
import type { Lang } from "../../src/core/model";

/**
 * A run that crashed, or an Excel closed part way through writing one of the add-in's sheets,
 * leaves the "writing" setting naming it: the pane says so when it opens, with the sheet's name,
 * until a run writes it whole.
 */
const SCRIPT = "<img src=x onerror=alert(1)>";

/** The demo workbook after one full run, with the setting left naming `names` (the expiry sheet by default). */
async function leftHalfWritten(lang: Lang, names?: string[]): Promise<{ state: FakeWorkbookState; sheet: string }> {
  const excel = createFakeExcel(await demoWorkbookState());
  const { plan } = await addinServices(excel.run, { lang, today: () => TODAY }).write("all");
  const sheet = plan!.sheets[0]!.name;
  const state = structuredClone(excel.state);
  state.settings[INCOMPLETE_KEY] = JSON.stringify(names ?? [sheet]);
  return { state, sheet };
}

describe("a sheet an earlier run left half-written", () => {
  test("is named when the pane opens, and the notice goes once 写入 has written it whole", async () => {
    const { state, sheet } = await leftHalfWritten("zh-CN");
    const { user, excel } = await openPane({ state });
    const notice = screen.getByText((text) => text.startsWith("上次运行未完成"));
    expect(notice.textContent).toContain(`“${sheet}”`);
    expect(notice.textContent).toContain("写入标注和工作表");
    expect(screen.getByText("有工作表未写完整")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
    await screen.findByText(/^已写入/);
    expect(screen.queryByText((text) => text.startsWith("上次运行未完成"))).toBeNull();
    expect(screen.queryByText("有工作表未写完整")).toBeNull();
    expect(excel.state.settings[INCOMPLETE_KEY]).toBeUndefined();
  });

  test("in English, through the real office.js client", async () => {
    const { state, sheet } = await leftHalfWritten("en-US");
    const { user } = await openPane({ state, lang: "en-US", client: "web" });
    const notice = screen.getByText((text) => text.startsWith("An earlier run did not finish"));
    expect(notice.textContent).toContain(`"${sheet}"`);

    await user.click(screen.getByRole("button", { name: "Write highlights and sheets" }));
    await screen.findByText(/^Wrote/);
    expect(screen.queryByText((text) => text.startsWith("An earlier run did not finish"))).toBeNull();
  });

  test("a workbook without the setting shows no such notice", async () => {
    await openPane();
    expect(screen.queryByText((text) => text.startsWith("上次运行未完成"))).toBeNull();
    expect(screen.queryByText("有工作表未写完整")).toBeNull();
  });

  test("a sheet named like HTML is shown as that text and never becomes an element", async () => {
    const { state } = await leftHalfWritten("zh-CN", [SCRIPT]);
    await openPane({ state });
    const notice = screen.getByText((text) => text.startsWith("上次运行未完成"));
    expect(notice.textContent).toContain(`“${SCRIPT}”`);
    expect(document.querySelector("img")).toBeNull();
  });
});
