/** @jest-environment jsdom */
import "./jsdomGlobals";
import { act, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { openPane, openTab } from "./pane";

/**
 * A first check in jsdom (the browser test runs axe again on a real layout): no serious or
 * critical violation on any view, and every action reachable with the keyboard alone.
 */
async function seriousViolations(): Promise<string[]> {
  // Colour contrast needs a real layout and canvas: the browser test checks it.
  // Inside act(): Fluent's tab indicator settles while axe works.
  let results!: axe.AxeResults;
  await act(async () => {
    results = await axe.run(document.body, {
      resultTypes: ["violations"],
      rules: { "color-contrast": { enabled: false } },
    });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

describe("accessibility", () => {
  test("no serious or critical axe violation on any view, in both languages", async () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const { user } = await openPane({ lang });
      const tabs = screen.getAllByRole("tab");
      expect(tabs).toHaveLength(5);
      for (const tab of tabs) {
        await openTab(user, tab);
        // The settings' folded sections, opened so that what they hold is checked too.
        if (tab === tabs[4]) for (const summary of document.querySelectorAll("summary")) await user.click(summary);
        expect([tab.textContent, await seriousViolations()]).toEqual([tab.textContent, []]);
      }
      document.body.innerHTML = "";
    }
  });

  test("the heading outline: one h1, a landmark for the main content, a labelled tab list and panel", async () => {
    await openPane();
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["友城工作"]);
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "视图" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "概览" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "操作" })).toBeTruthy();
  });

  test("keyboard only: the actions come first in tab order, Enter changes views, Enter on a finding selects it", async () => {
    const { excel, user } = await openPane();
    // Tab order is document order: no positive tabindex anywhere, and the actions lead.
    // (Fluent's focus manager, tabster, moves focus through its own hidden elements, which jsdom's
    // Tab simulation does not follow; the browser test presses Tab for real.)
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary, [tabindex]"),
    ].filter((el) => !el.hasAttribute("data-tabster-dummy") && el.tabIndex >= 0);
    expect(tabbable.filter((el) => el.tabIndex > 0)).toEqual([]);
    expect(tabbable.slice(0, 4).map((el) => el.textContent)).toEqual([
      "检查工作簿",
      "写入标注和工作表",
      "生成年度总结",
      "清除加载项内容",
    ]);

    // Arrow keys between tabs are tabster's, which needs a real layout (the browser test); Enter is the tab's own.
    screen.getByRole("tab", { name: "检查结果" }).focus();
    await user.keyboard("{Enter}");
    const panel = screen.getByRole("tabpanel", { name: "检查结果" });
    const first = panel.querySelector<HTMLButtonElement>("ul button")!;
    first.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(excel.state.selection).toBeDefined());

    // The remove dialog: opened from the keyboard, focus inside it, Escape closes it and nothing is removed.
    screen.getByRole("button", { name: "清除加载项内容" }).focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
  });
});
