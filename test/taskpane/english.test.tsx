/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, within } from "@testing-library/react";
import { STATUS_LABELS } from "../../src/core/i18n/labels";
import { findingMessage } from "../../src/core/i18n/findingMessage";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";
import { expectedAnalysis, openPane, openTab } from "./pane";

describe("en-US", () => {
  test("the pane speaks English: actions, views, statuses, findings, recommendations, refusals", async () => {
    const expected = await expectedAnalysis();
    const { excel, user } = await openPane({ lang: "en-US" });
    expect(screen.getByRole("heading", { level: 1, name: "Partner Cities" })).toBeTruthy();
    for (const name of [
      "Check the workbook",
      "Write highlights and sheets",
      "Year-end summary",
      "Remove what the add-in wrote",
    ]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    expect(
      screen.getByText(
        `Checked: ${expected.agreements.length} agreements, ${expected.findings.length} findings (today taken as 2026-11-27)`,
      ),
    ).toBeTruthy();
    const table = screen.getByRole("table", { name: "Agreements by status" });
    expect(within(table).getByText(STATUS_LABELS.expired["en-US"])).toBeTruthy();
    // The pane's own words are English; only the data (partner names) is Chinese.
    const own = [
      ...document.querySelectorAll(
        "h1, h2, th[scope=col], [role=tab], [role=group] > button, [role=tabpanel] > div > p",
      ),
    ].map((e) => e.textContent);
    expect(own.filter((text) => /[\u4e00-\u9fff]/.test(text ?? ""))).toEqual([]);

    await openTab(user, "Findings");
    const expired = expected.findings.find((f) => f.rule === "TERM-EXPIRED")!;
    expect(screen.getByText(findingMessage(expired, "en-US"))).toBeTruthy();

    await openTab(user, "Eligibility");
    expect(screen.getAllByText("May become a friendly city").length).toBeGreaterThan(0);

    await openTab(user, "Settings");
    expect(screen.getByRole("textbox", { name: "Urgent: days before the last day" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Write highlights and sheets" }));
    expect(await screen.findByText("Wrote 4 sheets and 3 conditional formats")).toBeTruthy();
    expect(excel.state.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Expiry", "Findings", "Eligibility", "2026 Summary"]),
    );

    excel.inject.setCellEditMode(true);
    await user.click(screen.getByRole("button", { name: "Check the workbook" }));
    expect(await screen.findByText(EXCEL_ERROR_MESSAGES.editing["en-US"])).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
