/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import { LEVEL_LABELS } from "../../src/core/i18n/sheets";
import { RECOMMENDATION_LABELS } from "../../src/core/i18n/labels";
import { expectedAnalysis, openPane, openTab } from "./pane";

describe("the eligibility view", () => {
  test("lists each candidate with its conditions, the count met, the recommendation, the level and the leader visit", async () => {
    const expected = await expectedAnalysis();
    expect(expected.candidates.length).toBeGreaterThan(0);
    const { user } = await openPane();
    await openTab(user, "资格评估");
    const list = screen.getByRole("list", { name: "资格评估" });
    const cards = within(list).getAllByRole("article");
    expect(cards.map((c) => within(c).getByRole("heading", { level: 3 }).firstChild!.textContent)).toEqual(
      expected.candidates.map((c) => c.city),
    );

    expected.candidates.forEach((c, i) => {
      const card = cards[i]!;
      expect(within(card).getByText(RECOMMENDATION_LABELS[c.recommendation]["zh-CN"])).toBeTruthy();
      expect(within(card).getByText(`${c.criteriaMet.length} 项（需 5 项）`)).toBeTruthy();
      expect(within(card).getByText(LEVEL_LABELS[c.levelClass]["zh-CN"])).toBeTruthy();
      expect(within(card).getByText(c.leaderVisit ? "有记录" : "无记录")).toBeTruthy();
      // The conditions are the card's first list (the steps of 第六条 follow).
      const conditions = within(within(card).getAllByRole("list")[0]!)
        .getAllByRole("listitem")
        .map((li) => li.textContent);
      expect(conditions).toHaveLength(5);
      c.conditions.forEach((mark, j) =>
        expect(conditions[j]).toMatch(mark === "yes" ? /：具备$/ : mark === "no" ? /：不具备$/ : /：未填$/),
      );
    });
  });

  test("a candidate's Go to selects its row", async () => {
    const [first] = (await expectedAnalysis()).candidates;
    const { excel, user } = await openPane();
    await openTab(user, "资格评估");
    await user.click(screen.getByRole("button", { name: `在表格中定位到${first!.city}所在行` }));
    await waitFor(() => expect(excel.state.selection).toEqual({ sheet: first!.sheet, address: `A${first!.row}` }));
  });
});
