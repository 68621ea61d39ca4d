/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";
import { fill } from "../../src/core/i18n/format";
import { TABLE_PREFIX } from "../../src/core/plan/writePlan";
import type { FakeExcel } from "../../src/excel-fake";
import type { OfficeClient } from "../helpers/officeJsClient";
import { expectedAnalysis, openPane, sheetNames } from "./pane";

const OWN_SHEETS = ["到期提醒", "合规检查", "资格评估", "2026年度交流总结"];
const ownTables = (excel: FakeExcel) =>
  excel.state.sheets.flatMap((s) => s.tables.map((t) => t.name)).filter((n) => n.startsWith(TABLE_PREFIX));
const highlightCount = (excel: FakeExcel) =>
  excel.state.sheets.flatMap((s) => s.conditionalFormats).filter((f) => f.formula?.includes("PartnerCities")).length;
/**
 * The confirmation dialog, once it shows the title asked for. Found by its element and its
 * aria-labelledby title, not by a role query: in jsdom tabster's modalizer can leave the dialog's own
 * surface aria-hidden, and an accessible name computed under aria-hidden is empty, so a role query
 * by name waited in vain in some full runs. The browser test (test/e2e/accessibility) checks the
 * real dialog's role and name.
 */
async function openDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const surface = document.querySelector<HTMLElement>('[role="alertdialog"]');
    const titleId = surface?.getAttribute("aria-labelledby");
    expect(titleId ? document.getElementById(titleId)?.textContent : undefined).toBe(title);
    return surface!;
  });
}

/** A button of the dialog by the text it shows. */
function dialogButton(dialog: HTMLElement, text: string): HTMLElement {
  return within(dialog).getByText(text, { selector: "button" });
}

const registerSheet = async () => (await expectedAnalysis()).sheets.find((s) => s.role === "register")!.name;

const CLIENTS: { label: string; client?: OfficeClient }[] = [
  { label: "in-memory host" },
  { label: "office.js web client", client: "web" },
  { label: "office.js Windows client", client: "win32" },
];

describe.each(CLIENTS)("the actions, $label", ({ client }) => {
  test("write: the four sheets and the highlights are in the workbook, and the pane says how many", async () => {
    const { excel, user } = await openPane({ client });
    await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
    const message = await screen.findByText(/^已写入/);
    expect(sheetNames(excel)).toEqual(expect.arrayContaining(OWN_SHEETS));
    expect(ownTables(excel)).toHaveLength(4);
    expect(highlightCount(excel)).toBeGreaterThan(0);
    expect(message.textContent).toBe(`已写入 4 张工作表和 ${highlightCount(excel)} 条条件格式`);
  });

  test("the buttons are disabled while a run works, with a progress indicator", async () => {
    const { user } = await openPane({ client });
    const write = screen.getByRole("button", { name: "写入标注和工作表" });
    const clicked = user.click(write);
    await screen.findByText("正在写入标注和工作表…");
    for (const name of ["检查工作簿", "写入标注和工作表", "生成年度总结", "清除加载项内容"]) {
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    }
    await clicked;
    await screen.findByText(/^已写入/);
    expect(write.getAttribute("aria-disabled")).toBeNull();
    expect(screen.queryByText("正在写入标注和工作表…")).toBeNull();
  });

  test("year-end summary: writes the summary sheet alone", async () => {
    const expected = await expectedAnalysis();
    const { excel, user } = await openPane({ client });
    await user.click(screen.getByRole("button", { name: "生成年度总结" }));
    expect((await screen.findByText(/^已生成/)).textContent).toBe(
      `已生成“2026年度交流总结”工作表（${expected.summary.partners.length} 个友城）`,
    );
    expect(sheetNames(excel)).toContain("2026年度交流总结");
    for (const other of OWN_SHEETS.slice(0, 3)) expect(sheetNames(excel)).not.toContain(other);
  });

  test("remove asks first; cancelled, nothing goes; confirmed, the add-in's sheets and highlights go", async () => {
    const { excel, user } = await openPane({ client });
    await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
    await screen.findByText(/^已写入/);
    const before = sheetNames(excel);

    await user.click(screen.getByRole("button", { name: "清除加载项内容" }));
    let dialog = await openDialog("清除加载项写入的内容？");
    await user.click(dialogButton(dialog, "取消"));
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
    expect(sheetNames(excel)).toEqual(before);

    await user.click(screen.getByRole("button", { name: "清除加载项内容" }));
    dialog = await openDialog("清除加载项写入的内容？");
    await user.click(dialogButton(dialog, "清除"));
    await screen.findByText(/^已清除加载项写入的工作表/);
    for (const own of OWN_SHEETS) expect(sheetNames(excel)).not.toContain(own);
    expect(ownTables(excel)).toHaveLength(0);
    expect(highlightCount(excel)).toBe(0);
  });

  test("a protected sheet: Excel's refusal in words, and Retry works once it is unprotected", async () => {
    const register = await registerSheet();
    const { excel, user } = await openPane({ client });
    excel.inject.protectSheet(register);
    await user.click(screen.getByRole("button", { name: "写入标注和工作表" }));
    expect(await screen.findByText(EXCEL_ERROR_MESSAGES.protected["zh-CN"])).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/AccessDenied|RichApi|Error:|\bat .*\.ts/);

    excel.inject.unprotectSheet(register);
    await user.click(screen.getByRole("button", { name: "重试" }));
    await screen.findByText(/^已写入 4 张工作表/);
    expect(sheetNames(excel)).toEqual(expect.arrayContaining(OWN_SHEETS));
    expect(screen.queryByText(EXCEL_ERROR_MESSAGES.protected["zh-CN"])).toBeNull();
  });

  test("a cell being edited: the message says so; Retry fails while editing and works after", async () => {
    const { excel, user } = await openPane({ client });
    excel.inject.setCellEditMode(true);
    await user.click(screen.getByRole("button", { name: "检查工作簿" }));
    expect(await screen.findByText(EXCEL_ERROR_MESSAGES.editing["zh-CN"])).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByText(EXCEL_ERROR_MESSAGES.editing["zh-CN"])).toBeTruthy();

    excel.inject.setCellEditMode(false);
    await user.click(screen.getByRole("button", { name: "重试" }));
    await screen.findByText(/^检查完成/);
    expect(screen.queryByText(EXCEL_ERROR_MESSAGES.editing["zh-CN"])).toBeNull();
  });

  test("selecting a cell in edit mode is refused in words too", async () => {
    const { excel, user } = await openPane({ client });
    excel.inject.setCellEditMode(true);
    await user.click(screen.getAllByRole("button", { name: /^在表格中定位到/ })[0]!);
    expect(await screen.findByText(EXCEL_ERROR_MESSAGES.editing["zh-CN"])).toBeTruthy();
    expect(excel.state.selection).toBeUndefined();
  });

  test("a failure that is not Excel's shows its name, never its message or stack", async () => {
    const { user } = await openPane({
      services: (excel) => {
        const real = jest
          .requireActual<typeof import("../../src/excel-host/addinServices")>("../../src/excel-host/addinServices")
          .addinServices(excel.run, {
            lang: "zh-CN",
            today: () => "2026-11-27",
          });
        let calls = 0;
        return {
          ...real,
          check: () =>
            ++calls === 1 ? real.check() : Promise.reject(new TypeError("secret detail at taskpane.js:1:2")),
        };
      },
    });
    await user.click(screen.getByRole("button", { name: "检查工作簿" }));
    expect(await screen.findByText(fill(EXCEL_ERROR_MESSAGES.unknown["zh-CN"], { code: "TypeError" }))).toBeTruthy();
    expect(document.body.textContent).not.toContain("secret detail");
  });

  test("the message can be dismissed", async () => {
    const { user } = await openPane({ client });
    await user.click(screen.getByRole("button", { name: "关闭提示" }));
    expect(screen.queryByText(/^检查完成/)).toBeNull();
  });
});
