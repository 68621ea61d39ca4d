/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import { SETTINGS_KEY } from "../../src/core/storedSettings";
import { demoWorkbookState, expectedAnalysis, openPane, openTab } from "./pane";

const stored = (settings: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(String(settings[SETTINGS_KEY])) as Record<string, unknown>;
const urgentCount = () =>
  Number(within(screen.getByText("即将到期（紧急）").closest("tr")!).getByRole("cell").textContent);

describe("the settings view", () => {
  test("urgentDays 30, saved: kept in the workbook's settings, and the re-check counts fewer urgent agreements", async () => {
    const before = (await expectedAnalysis()).agreements.filter((a) => a.status === "urgent").length;
    const after = (await expectedAnalysis({ urgentDays: 30 })).agreements.filter((a) => a.status === "urgent").length;
    expect(after).toBeLessThan(before);

    const { excel, user } = await openPane();
    expect(urgentCount()).toBe(before);
    await openTab(user, "设置");
    const field = screen.getByRole("textbox", { name: "紧急提醒：到期前天数" });
    expect(field).toHaveProperty("value", "90");
    await user.clear(field);
    await user.type(field, "30");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    await screen.findByText("设置已保存到工作簿，并已按新设置重新检查");

    expect(stored(excel.state.settings)).toEqual({ urgentDays: 30, today: null, year: null });
    expect(screen.getByRole("textbox", { name: "紧急提醒：到期前天数" })).toHaveProperty("value", "30");
    await openTab(user, "概览");
    expect(urgentCount()).toBe(after);
  });

  test("the year, the level table and a name of a partner are saved as the core reads them", async () => {
    const { excel, user } = await openPane();
    await openTab(user, "设置");
    await user.type(screen.getByRole("textbox", { name: /年度总结的年份/ }), "2025");
    const higher = screen.getByRole("textbox", { name: "偏高级别" });
    await user.type(higher, "{Enter}计划单列市");
    await user.click(screen.getByRole("button", { name: "添加名称对应" }));
    await user.type(screen.getByRole("textbox", { name: "记录中的写法" }), "南京鼓楼");
    await user.selectOptions(screen.getByRole("combobox", { name: "对应的友城" }), "南京市鼓楼区");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    await screen.findByText("设置已保存到工作簿，并已按新设置重新检查");
    const saved = stored(excel.state.settings);
    expect(saved).toMatchObject({ year: 2025, aliases: { 南京鼓楼: "南京市鼓楼区" } });
    expect((saved.levels as { higher: string[] }).higher).toContain("计划单列市");
    await openTab(user, "概览");
    expect(screen.getByText(/年度总结为 2025 年/)).toBeTruthy();
  });

  test("a wrong value is marked, nothing is saved, and focus goes to it", async () => {
    const { excel, user } = await openPane();
    await openTab(user, "设置");
    const field = screen.getByRole("textbox", { name: "即将到期提醒：到期前天数" });
    await user.clear(field);
    await user.type(field, "abc");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    expect(await screen.findByText("请先更正标出的设置。")).toBeTruthy();
    expect(screen.getByText("请输入 0 到 3650 之间的整数")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(excel.state.settings[SETTINGS_KEY]).toBeUndefined();
  });

  test("the column mapping: a sheet's column letters, saved per sheet and role", async () => {
    const state = await demoWorkbookState();
    const { excel, user } = await openPane({ state });
    const analysis = await expectedAnalysis();
    const register = analysis.sheets.find((s) => s.role === "register")!;
    await openTab(user, "设置");
    const details = screen.getByText(new RegExp(`^${register.name}：识别为友城名录`)).closest("details")!;
    await user.click(within(details).getByText(new RegExp(`^${register.name}`)));
    await user.selectOptions(within(details).getByRole("combobox", { name: "用途" }), "register");
    const headerRow = within(details).getByRole("textbox", { name: "表头所在行" });
    expect(headerRow.getAttribute("placeholder")).toBe(String(register.headerRow));
    await user.type(headerRow, String(register.headerRow));
    await user.type(within(details).getByRole("textbox", { name: "备注" }), "1x");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    expect(await screen.findByText("请输入列号，如 B 或 AA")).toBeTruthy();
    const notes = within(details).getByRole("textbox", { name: "备注" });
    await user.clear(notes);
    await user.type(notes, "b");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    await screen.findByText("设置已保存到工作簿，并已按新设置重新检查");
    expect(stored(excel.state.settings).mapping).toEqual({
      [register.name]: { role: "register", headerRow: register.headerRow, columns: { notes: "B" } },
    });
  });

  test("the language switch is offered when the host can keep it", async () => {
    const { user } = await openPane();
    await openTab(user, "设置");
    // openPane renders the App without onLangChange: no switch.
    expect(screen.queryByRole("combobox", { name: "界面语言" })).toBeNull();
  });
});
