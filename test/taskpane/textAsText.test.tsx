/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, within } from "@testing-library/react";
import { demoWorkbookState, expectedAnalysis, openPane, openTab } from "./pane";
import { nextToExpire } from "../../src/taskpane/components/OverviewView";

const SCRIPT = "<img src=x onerror=alert(1)>";

describe("cell text is data", () => {
  test("a partner named like HTML is shown as that text, in the overview and in the findings, and never becomes an element", async () => {
    const [soonest] = nextToExpire((await expectedAnalysis()).agreements);
    const state = await demoWorkbookState();
    const sheet = state.sheets.find((s) => s.name === soonest!.sheet)!;
    const key = Object.keys(sheet.cells).find(
      (k) => sheet.cells[k]!.value === soonest!.partner && k.startsWith(`${soonest!.row - 1},`),
    )!;
    sheet.cells[key] = { value: SCRIPT };

    const { user } = await openPane({ state });
    const table = screen.getByRole("table", { name: "最近到期的协议" });
    expect(within(table).getByText(SCRIPT)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();

    await openTab(user, "检查结果");
    expect(screen.getAllByText((text) => text.includes(SCRIPT)).length).toBeGreaterThan(0);
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.innerHTML).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  test("a candidate named like a formula or a script is text too", async () => {
    const [candidate] = (await expectedAnalysis()).candidates;
    const state = await demoWorkbookState();
    const sheet = state.sheets.find((s) => s.name === candidate!.sheet)!;
    const key = Object.keys(sheet.cells).find((k) => sheet.cells[k]!.value === candidate!.city)!;
    sheet.cells[key] = { value: '=HYPERLINK("http://x","<script>alert(1)</script>")' };
    const { user } = await openPane({ state });
    await openTab(user, "资格评估");
    expect(
      screen.getByRole("heading", { level: 3, name: /^=HYPERLINK\("http:\/\/x","<script>alert\(1\)<\/script>"\)/ }),
    ).toBeTruthy();
    expect(document.querySelector("script")).toBeNull();
  });
});
