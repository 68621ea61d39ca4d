/**
 * The 节日问候 view of the task pane in a real browser (Debian chromium, playwright-core, the
 * shared production build served on localhost; see browser.ts): preview.html?today=2026-11-27,
 * the Greetings tab shows 元旦 and 春节 2027-02-06 as the core computes them for the demo workbook,
 * picking a row drafts its letter, both downloads arrive as files (no request leaves localhost),
 * and a screenshot goes to test-results/greetings.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/analyze";
import { greetingsCalendar, type GreetingRow } from "../../src/core/greetings/greetingsCalendar";
import { addressee } from "../../src/core/letters/addressee";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { ROOT } from "../build/buildOnce";
import { BROWSER_STEP_MS, BROWSER_TEST_MS, BUILD_MS } from "../helpers/ceilings";
import { openBrowser, type Browser } from "./browser";

jest.setTimeout(BROWSER_TEST_MS);

const TODAY = "2026-11-27";
const SHOTS = join(ROOT, "test-results");

let browser: Browser;
let rows: GreetingRow[];
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const [opened, book] = await Promise.all([
    openBrowser({ viewport: { width: 1600, height: 1000 } }),
    readWorkbookBuffer(readFileSync(join(ROOT, "sample", "partner-cities-demo.xlsx"))),
  ]);
  browser = opened;
  rows = greetingsCalendar(analyzeWorkbook(book, { today: TODAY }), { lang: "zh-CN" });
  browser.context.on("request", (request) => void requests.push(request.url()));
  mkdirSync(SHOTS, { recursive: true });
}, BUILD_MS + BROWSER_STEP_MS);

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => void pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${browser.served.origin}${path}`);
  return page;
}

test("zh-CN: the greetings calendar, a draft letter for a picked row, and both downloads", async () => {
  const newYear = rows.find((g) => g.occasion === "元旦")!;
  const spring = rows.find((g) => g.occasion === "春节")!;
  expect([newYear?.date, spring?.date]).toEqual(["2027-01-01", "2027-02-06"]);

  const page = await open(`preview.html?today=${TODAY}`);
  const pane = page.getByTestId("taskpane-app");
  await pane.getByRole("button", { name: "检查工作簿" }).waitFor();
  await pane.getByText(/^检查完成/).waitFor();
  await pane.getByRole("tab", { name: "节日问候" }).click();

  const calendar = pane.getByRole("table", { name: "问候日历" });
  await calendar.waitFor();
  const shown = await calendar
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("td")?.textContent ?? "", tr.querySelector("th")?.textContent ?? ""]),
    );
  expect(shown).toEqual(rows.map((g) => [g.date, g.occasion]));
  const springRow = calendar.locator("tr", { has: page.getByRole("button", { name: "春节（2027-02-06）：起草信函" }) });
  await expect(springRow.locator("details").textContent()).resolves.toBe(
    `${spring.partners.length} 个友城${spring.partners.join("、")}`,
  );

  // Pick 春节, write to its last partner.
  await page.getByRole("button", { name: "春节（2027-02-06）：起草信函" }).click();
  const to = spring.partners[spring.partners.length - 1]!;
  await pane.getByRole("combobox", { name: "收信友城" }).selectOption(to);
  const draft = pane.getByRole("textbox", { name: "草稿全文（只读，可复制）" });
  await expect(draft.inputValue()).resolves.toContain(`${addressee(to, "zh-CN")}：`);
  const text = await draft.inputValue();
  expect(text.startsWith("贺信")).toBe(true);
  expect(text).toContain("春节");
  expect(text.trimEnd().endsWith("2026年11月27日")).toBe(true);
  expect(await draft.evaluate((el) => (el as HTMLTextAreaElement).readOnly)).toBe(true);

  // The downloads: files made in the page, from blob: URLs.
  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    pane.getByRole("button", { name: "下载 Word 文档（.docx）" }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(`贺信-${to}-2026年11月27日.docx`);
  expect(
    readFileSync((await docx.path())!)
      .subarray(0, 2)
      .toString("latin1"),
  ).toBe("PK");
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    pane.getByRole("button", { name: "下载日历文件（.ics）" }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe(`友城工作提醒-${TODAY}.ics`);
  const calendarText = readFileSync((await ics.path())!, "utf8");
  expect(calendarText).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(calendarText).toContain("DTSTART;VALUE=DATE:20270123"); // 春节's send-by day

  // The screenshot: the pane scrolled so that the calendar's end and the draft show.
  await pane.getByRole("heading", { name: "待回应的重大事项（第十一条）" }).scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    document.querySelector("[data-testid=taskpane-app] section")?.scrollIntoView({ block: "end" }),
  );
  await page.screenshot({ path: join(SHOTS, "greetings.png"), animations: "disabled" });
  await page.close();
});

test("no request left localhost, and no page threw", () => {
  const origin = browser.served.origin.replace(/\/$/, "");
  expect(
    requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")),
  ).toEqual([]);
  expect(pageErrors).toEqual([]);
});
