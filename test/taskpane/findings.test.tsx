/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import { RULES } from "../../src/core/rules";
import { columnLetter } from "../../src/core/detect/mapping";
import { findingMessage } from "../../src/core/i18n/findingMessage";
import { FINDINGS_SHOWN } from "../../src/taskpane/components/FindingsView";
import { expectedAnalysis, openPane, openTab } from "./pane";

describe("the findings view", () => {
  test("groups the findings by rule, in the order of RULES.md, with each rule's article, description and count", async () => {
    const expected = await expectedAnalysis();
    const { user } = await openPane();
    await openTab(user, "检查结果");
    const panel = screen.getByRole("tabpanel", { name: "检查结果" });

    const rulesFound = RULES.filter((r) => expected.findings.some((f) => f.rule === r.meta.id));
    const headings = within(panel).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(
      rulesFound.map((r) => `${r.meta.id}${r.meta.article ?? "数据检查"}`),
    );

    for (const rule of rulesFound) {
      const count = expected.findings.filter((f) => f.rule === rule.meta.id).length;
      const list = within(panel).getByRole("list", { name: new RegExp(`^${rule.meta.id}`) });
      expect(within(list).getAllByRole("listitem")).toHaveLength(Math.min(count, FINDINGS_SHOWN));
      expect(within(panel).getByText(rule.meta.description["zh-CN"])).toBeTruthy();
    }
    // Counts per severity.
    for (const [severity, label] of [
      ["error", "错误"],
      ["warning", "警告"],
      ["info", "提示"],
    ] as const) {
      const n = expected.findings.filter((f) => f.severity === severity).length;
      expect(within(panel).getByText(`${label} ${n}`)).toBeTruthy();
    }
  });

  test("a rule with more findings than shown offers the rest, and focus moves to the first of them", async () => {
    const expected = await expectedAnalysis();
    const big = RULES.find((r) => expected.findings.filter((f) => f.rule === r.meta.id).length > FINDINGS_SHOWN)!;
    const count = expected.findings.filter((f) => f.rule === big.meta.id).length;
    const { user } = await openPane();
    await openTab(user, "检查结果");
    await user.click(screen.getByRole("button", { name: `显示其余 ${count - FINDINGS_SHOWN} 条` }));
    const list = screen.getByRole("list", { name: new RegExp(`^${big.meta.id}`) });
    expect(within(list).getAllByRole("listitem")).toHaveLength(count);
    expect(document.activeElement).toBe(within(list).getAllByRole("button")[FINDINGS_SHOWN]);
  });

  test("clicking a finding selects its cell; Enter on another selects that one", async () => {
    const expected = await expectedAnalysis();
    const expired = expected.findings.find((f) => f.rule === "TERM-EXPIRED")!;
    const copies = expected.findings.find((f) => f.rule === "TEXT-COPIES" && f.column !== null)!;
    const { excel, user } = await openPane();
    await openTab(user, "检查结果");

    await user.click(screen.getByRole("button", { name: new RegExp(`^${escape(findingMessage(expired, "zh-CN"))}`) }));
    await waitFor(() =>
      expect(excel.state.selection).toEqual({
        sheet: expired.sheet,
        address: `${columnLetter(expired.column!)}${expired.row}`,
      }),
    );

    screen.getByRole("button", { name: new RegExp(`^${escape(findingMessage(copies, "zh-CN"))}`) }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(excel.state.selection).toEqual({
        sheet: copies.sheet,
        address: `${columnLetter(copies.column!)}${copies.row}`,
      }),
    );
    expect(excel.state.activeSheet).toBe(copies.sheet);
  });

  test("each finding shows its place", async () => {
    const expected = await expectedAnalysis();
    const expired = expected.findings.find((f) => f.rule === "TERM-EXPIRED")!;
    const { user } = await openPane();
    await openTab(user, "检查结果");
    const button = screen.getByRole("button", { name: new RegExp(`^${escape(findingMessage(expired, "zh-CN"))}`) });
    expect(button.textContent).toContain(`${expired.sheet}!${columnLetter(expired.column!)}${expired.row}`);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
