/** @jest-environment jsdom */
import "./jsdomGlobals";
import { screen, within } from "@testing-library/react";
import { PATH_STEP_LABELS, blockerText } from "../../src/core/i18n/paperwork";
import { docxContent, paragraphs, tableAfter } from "../helpers/docxContent";
import { expectedAnalysis, openPane, openTab } from "./pane";

/**
 * The measures' paperwork in the task pane, on the demo workbook: the year-end report made in the
 * pane and offered as a .docx (caught here and read back), and each candidate's path through
 * 第六条 in the Eligibility view, as the core computes them.
 */
interface Download {
  blob: Blob;
  name: string;
}
let downloads: Download[];

beforeEach(() => {
  downloads = [];
  const made = new Map<string, Blob>();
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:test/${made.size}`;
    made.set(url, blob);
    return url;
  });
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ blob: made.get(this.href)!, name: this.download });
  });
});

afterEach(() => jest.restoreAllMocks());

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

test("the year-end report button makes the .docx in the pane, with the summary's partners", async () => {
  const expected = await expectedAnalysis();
  const { user } = await openPane();
  await user.click(screen.getByRole("button", { name: "下载年度总结报告（.docx）" }));
  const title = `西城区${expected.year}年度国内友好城市（区）交流工作总结`;
  await screen.findByText(`已生成“${title}.docx”。`);
  expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([
    [`${title}.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ]);
  const docx = await docxContent(await bytesOf(downloads[0]!.blob));
  expect(paragraphs(docx)[0]).toBe(title);
  const table = tableAfter(docx, `表1\u3000${expected.year}年各友城交流情况`)!;
  expect(table.slice(1, -1).map((r) => [r[0], r[1]])).toEqual(
    expected.summary.partners.map((p) => [p.partner, String(p.exchanges)]),
  );
});

test("the Eligibility view shows each candidate's next step of 第六条, what blocks it, and each step's date", async () => {
  const expected = await expectedAnalysis();
  const candidates = expected.paths.filter((p) => p.source === "candidate");
  expect(candidates.some((p) => p.blockers.length > 0)).toBe(true);
  expect(candidates.some((p) => p.steps.some((s) => s.date))).toBe(true);
  const { user } = await openPane();
  await openTab(user, "资格评估");
  const cards = within(screen.getByRole("list", { name: "资格评估" })).getAllByRole("article");
  expect(cards).toHaveLength(candidates.length);
  candidates.forEach((path, i) => {
    const card = cards[i]!;
    expect(card.getAttribute("aria-label")).toBe(path.partner);
    expect(within(card).getByTestId("path-next").textContent).toBe(
      path.next ? PATH_STEP_LABELS[path.next]["zh-CN"] : "已签署，步骤完成",
    );
    const blockers = within(card).queryByTestId("path-blockers");
    expect(
      blockers
        ? within(blockers)
            .getAllByRole("listitem")
            .map((li) => li.textContent)
        : [],
    ).toEqual(path.blockers.map((b) => blockerText(b, "zh-CN")));
    const steps = within(within(card).getByTestId("path-steps"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(steps).toEqual(
      path.steps.map(
        (s) => `${PATH_STEP_LABELS[s.step]["zh-CN"]}：${s.date ? `${s.date} 完成` : s.done ? "已完成" : "未记录"}`,
      ),
    );
  });

  const unsigned = expected.paths.filter((p) => p.source === "register");
  const register = screen.queryByRole("list", { name: "名录中尚未签署的友城" });
  expect(
    register
      ? within(register)
          .getAllByRole("article")
          .map((a) => a.getAttribute("aria-label"))
      : [],
  ).toEqual(unsigned.map((p) => p.partner));
});

test("each card drafts its request and its agreement; a renewal due offers the renewal agreement", async () => {
  const expected = await expectedAnalysis();
  const first = expected.paths.find((p) => p.source === "candidate")!;
  const { user } = await openPane();
  await openTab(user, "资格评估");
  const card = within(screen.getByRole("list", { name: "资格评估" })).getAllByRole("article")[0]!;
  const drafts = within(card).getByRole("group", { name: "文稿" });
  await user.click(within(drafts).getByRole("button", { name: "起草请示（.docx）" }));
  await within(drafts).findByText(/^已生成“关于与.+的请示\.docx”。$/);
  await user.click(within(drafts).getByRole("button", { name: "起草协议书（.docx）" }));
  await within(drafts).findByText(/协议.*（草案）\.docx”。$/);
  const [request, agreement] = await Promise.all(downloads.map(async (d) => docxContent(await bytesOf(d.blob))));
  expect(paragraphs(request!)[0]).toMatch(new RegExp(`^关于与${first.partner}.+的请示$`));
  expect(paragraphs(request!).join("")).toContain(`两地已开展交流活动${first.exchanges}次`);
  expect(paragraphs(agreement!)[0]).toContain(first.partner);
  expect(paragraphs(agreement!).join("")).toContain("一式四份，双方各执两份");

  const urgent = expected.agreements.filter((a) => a.status === "urgent");
  expect(urgent.length).toBeGreaterThan(0);
  const renewals = screen.getByRole("region", { name: "续签协议（第七条第五项）" });
  const buttons = within(renewals).getAllByRole("button", { name: "起草续签协议书（.docx）" });
  expect(buttons).toHaveLength(urgent.length);
  await user.click(buttons[0]!);
  await within(renewals).findByText(/续签.*（草案）\.docx”。$/);
  const renewal = await docxContent(await bytesOf(downloads[2]!.blob));
  expect(paragraphs(renewal)[0]).toBe(`北京市西城区与${urgent[0]!.partner}续签友好城市（区）关系协议书`);
});
