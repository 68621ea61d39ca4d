/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import { STATUS_LABELS } from "../../src/core/i18n/labels";
import { STATUS_ORDER, nextToExpire } from "../../src/taskpane/components/OverviewView";
import { expectedAnalysis, openPane } from "./pane";

describe("the overview", () => {
  test("counts the agreements by status as the core does", async () => {
    const expected = await expectedAnalysis();
    await openPane();
    const table = screen.getByRole("table", { name: "协议状态" });
    for (const status of STATUS_ORDER) {
      const row = within(table).getByText(STATUS_LABELS[status]["zh-CN"], { exact: true }).closest("tr")!;
      const count = expected.agreements.filter((a) => a.status === status).length;
      expect(within(row).getByRole("cell")).toHaveProperty("textContent", String(count));
    }
    const total = within(table).getByText("合计").closest("tr")!;
    expect(within(total).getByRole("cell")).toHaveProperty("textContent", String(expected.agreements.length));
  });

  test("lists the next agreements to expire, soonest first, with days left", async () => {
    const expected = nextToExpire((await expectedAnalysis()).agreements);
    expect(expected.length).toBeGreaterThan(1);
    await openPane();
    const rows = within(screen.getByRole("table", { name: "最近到期的协议" }))
      .getAllByRole("row")
      .slice(1);
    expect(
      rows.map((r) => [
        within(r).getByRole("rowheader").textContent,
        ...within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ]),
    ).toEqual(expected.map((a) => [a.partner, a.lastDay, `${a.daysLeft} 天`]));
    const days = expected.map((a) => a.daysLeft!);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  test("a partner's name takes the user to its row", async () => {
    const [first] = nextToExpire((await expectedAnalysis()).agreements);
    const { excel, user } = await openPane();
    await user.click(screen.getByRole("button", { name: `在表格中定位到${first!.partner}所在行` }));
    await waitFor(() => expect(excel.state.selection).toEqual({ sheet: first!.sheet, address: `A${first!.row}` }));
    expect(excel.state.activeSheet).toBe(first!.sheet);
  });
});
