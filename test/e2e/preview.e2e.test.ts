/**
 * The preview page in a real browser: Debian's chromium (/usr/bin/chromium, installed by apt in
 * .ci/run; never a browser downloaded from npm) driven by playwright-core. The production build
 * (shared with test/build) is served on a free localhost port; the test opens
 * preview.html?today=2026-11-27, clicks the ribbon's 年度总结, finds the summary sheet in the grid
 * with the totals the core computes for the same workbook, downloads the year-end report (.docx)
 * from the ribbon's outcome and from the task pane and reads it back, writes the highlights and finds the
 * register's rows coloured as the analysis says, checks the English page, the CSP (no violation on
 * any page) and that no request leaves localhost, and saves screenshots to test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Analysis } from "../../src/core/model";
import { FIELD_CATEGORIES } from "../../src/core/records/fieldCategory";
import { SUMMARY_HEADERS } from "../../src/core/i18n/sheets";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { ROOT } from "../build/buildOnce";
import { BROWSER_STEP_MS, BROWSER_TEST_MS, BUILD_MS } from "../helpers/ceilings";
import { openBrowser, type Browser } from "./browser";
import { docxContent, tableAfter } from "../helpers/docxContent";

jest.setTimeout(BROWSER_TEST_MS);

const TODAY = "2026-11-27";
const SHOTS = join(ROOT, "test-results");
const COLOURS: Record<string, string> = {
  expired: "rgb(255, 199, 206)",
  urgent: "rgb(248, 203, 173)",
  expiring: "rgb(255, 235, 156)",
};

let browser: Browser;
let analysis: Analysis;
/** Every request any page made, and every CSP violation any page saw. */
const requests: string[] = [];
const violations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const [opened, book] = await Promise.all([
    openBrowser(),
    readWorkbookBuffer(readFileSync(join(ROOT, "sample", "partner-cities-demo.xlsx"))),
  ]);
  browser = opened;
  analysis = analyzeWorkbook(book, { today: TODAY });
  const { context } = browser;
  context.on("request", (request) => void requests.push(request.url()));
  // CSP violations surface as events in the page: collect them from every page.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
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

async function cspViolations(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  violations.push(...found);
  return found;
}

/** The grid's rows as text, the header row of column letters left out. */
async function gridRows(page: Page): Promise<string[][]> {
  return page.$$eval("[data-testid=grid] tbody tr", (rows) =>
    rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `preview-${name}.png`), animations: "disabled" });
}

test("zh-CN: the year-end summary from the ribbon appears in the grid with the core's totals; the highlights colour the register", async () => {
  const page = await open(`preview.html?today=${TODAY}`);
  await page.waitForSelector("[data-testid=taskpane-app] button");
  await page.waitForSelector("[data-testid=grid] table[data-sheet]");
  await expectText(page, "[data-testid=today]", `今天：${TODAY}`);
  await shot(page, "1-loaded");

  // 年度总结
  await ribbon(page, "功能区", "年度总结").click();
  const summaryName = `${analysis.year}年度交流总结`;
  await page.waitForSelector(`[data-testid=grid] table[data-sheet="${summaryName}"]`);
  await page.waitForSelector("[data-testid=ribbon-outcome] [data-ok='1']");
  const outcome = await page.textContent("[data-testid=ribbon-outcome]");
  const { partners, totals } = analysis.summary;
  expect(outcome).toContain(`已生成“${summaryName}”：${partners.length} 个友城，全年交流 ${totals.exchanges} 次。`);

  const rows = await gridRows(page);
  const header = rows[0]!;
  const column = (label: string) => {
    const i = header.indexOf(label);
    if (i < 0) throw new Error(`no column ${label} in ${header.join(" | ")}`);
    return i;
  };
  expect(rows.slice(1, 1 + partners.length).map((r) => r[0])).toEqual(partners.map((p) => p.partner));
  const totalsRow = rows.find((r) => r[0] === SUMMARY_HEADERS.totals["zh-CN"]);
  expect(totalsRow).toBeDefined();
  const expected: Record<string, number> = {
    [SUMMARY_HEADERS.exchanges["zh-CN"]]: totals.exchanges,
    [SUMMARY_HEADERS.previousYear["zh-CN"]]: totals.previousYear,
    [SUMMARY_HEADERS.leaderVisits["zh-CN"]]: totals.leaderVisits,
    [SUMMARY_HEADERS.published["zh-CN"]]: totals.published,
    [SUMMARY_HEADERS.events["zh-CN"]]: totals.events,
    [SUMMARY_HEADERS.answered["zh-CN"]]: totals.answered,
    ...Object.fromEntries(FIELD_CATEGORIES.map((f) => [f, totals.byField[f] ?? 0])),
  };
  const shown = Object.fromEntries(Object.keys(expected).map((label) => [label, Number(totalsRow![column(label)])]));
  expect(shown).toEqual(expected);
  expect(totals.exchanges).toBeGreaterThan(0);
  await expect(page.locator("[data-testid=chart]").first().textContent()).resolves.toContain(String(analysis.year));
  await shot(page, "2-summary");

  // The year-end report the ribbon offers with its outcome, and the task pane's button: each a .docx
  // made in the page, saved as a download and read back against the core's summary.
  const reportName = `西城区${analysis.year}年度国内友好城市（区）交流工作总结.docx`;
  const reportButton = "下载年度总结报告（.docx）";
  for (const where of ["[data-testid=ribbon-outcome]", "[data-testid=taskpane-app]"]) {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: BROWSER_STEP_MS }),
      page.locator(where).getByRole("button", { name: reportButton }).click(),
    ]);
    expect([where, download.suggestedFilename()]).toEqual([where, reportName]);
    const docx = await docxContent(readFileSync((await download.path())!));
    const table = tableAfter(docx, `表1\u3000${analysis.year}年各友城交流情况`)!;
    expect(table.slice(1, -1).map((r) => [r[0], r[1]])).toEqual(partners.map((p) => [p.partner, String(p.exchanges)]));
  }

  // 写入标注, then the register
  await ribbon(page, "功能区", "写入标注").click();
  await page.waitForSelector("[data-testid=grid] table[data-sheet]");
  await page.waitForFunction(() => document.querySelector("[data-testid=ribbon-outcome] [data-ok]") !== null);
  expect(await page.getAttribute("[data-testid=ribbon-outcome] [data-ok]", "data-ok")).toBe("1");
  const register = analysis.sheets.find((s) => s.role === "register")!;
  await page.click(`[data-sheet-tab="${register.name}"]`);
  await page.waitForSelector(`[data-testid=grid] table[data-sheet="${register.name}"]`);

  const coloured = await page.$$eval("[data-testid=grid] tbody tr", (trs) =>
    trs
      .map((tr) => {
        const td = tr.querySelector("td[data-highlight]") as HTMLElement | null;
        return td
          ? {
              row: Number(tr.getAttribute("data-row")),
              status: td.dataset.highlight!,
              background: getComputedStyle(td).backgroundColor,
            }
          : null;
      })
      .filter((x) => x !== null),
  );
  const wanted = analysis.agreements
    .filter(
      (a) => a.sheet === register.name && (a.status === "expired" || a.status === "urgent" || a.status === "expiring"),
    )
    .map((a) => ({ row: a.row, status: a.status as string, background: COLOURS[a.status]! }));
  expect(coloured.length).toBeGreaterThan(0);
  expect(coloured).toEqual(expect.arrayContaining(wanted));
  expect(coloured).toHaveLength(wanted.length);
  await shot(page, "3-highlights");

  expect(await cspViolations(page)).toEqual([]);
  await page.close();
});

test("en-US: the ribbon and the summary in English", async () => {
  const page = await open(`preview.html?today=${TODAY}&lang=en-US`);
  await page.waitForSelector("[data-testid=taskpane-app] button");
  await ribbon(page, "Ribbon", "Year-end summary").click();
  await page.waitForSelector(`[data-testid=grid] table[data-sheet="${analysis.year} Summary"]`);
  await page.waitForSelector("[data-testid=ribbon-outcome] [data-ok='1']");
  const rows = await gridRows(page);
  expect(rows[0]?.slice(0, 2)).toEqual([SUMMARY_HEADERS.partner["en-US"], SUMMARY_HEADERS.exchanges["en-US"]]);
  expect(rows.find((r) => r[0] === "Total")?.[1]).toBe(String(analysis.summary.totals.exchanges));
  await shot(page, "4-en-US");
  expect(await cspViolations(page)).toEqual([]);
  await page.close();
});

test("?host=wps: the same ribbon and pane over the WPS shell write the summary and colour the register", async () => {
  const page = await open(`preview.html?today=${TODAY}&host=wps`);
  await page.waitForSelector("[data-testid=taskpane-app] button", { timeout: 60_000 });
  await ribbon(page, "功能区", "年度总结").click();
  const summaryName = `${analysis.year}年度交流总结`;
  await page.waitForSelector(`[data-testid=grid] table[data-sheet="${summaryName}"]`, { timeout: 60_000 });
  await page.waitForSelector("[data-testid=ribbon-outcome] [data-ok='1']");
  const rows = await gridRows(page);
  expect(rows.find((r) => r[0] === SUMMARY_HEADERS.totals["zh-CN"])?.[1]).toBe(
    String(analysis.summary.totals.exchanges),
  );

  await ribbon(page, "功能区", "写入标注").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=ribbon-outcome] [data-ok]") !== null);
  expect(await page.getAttribute("[data-testid=ribbon-outcome] [data-ok]", "data-ok")).toBe("1");
  const register = analysis.sheets.find((s) => s.role === "register")!;
  await page.click(`[data-sheet-tab="${register.name}"]`);
  await page.waitForSelector(`[data-testid=grid] table[data-sheet="${register.name}"] td[data-highlight]`);
  await shot(page, "5-wps");
  expect(await cspViolations(page)).toEqual([]);
  await page.close();
});

test("the add-in's own pages load under their CSP without a violation; the outcome dialog shows its message as text", async () => {
  for (const path of ["taskpane.html", "commands.html"]) {
    const page = await open(path);
    await page.waitForLoadState("networkidle");
    expect({ path, violations: await cspViolations(page) }).toEqual({ path, violations: [] });
    await page.close();
  }
  const html = `<img src=x onerror="document.title='pwned'">年度总结未完成`;
  const page = await open(`outcome.html?lang=zh-CN&ok=0&m=${encodeURIComponent(html)}`);
  await page.setViewportSize({ width: 480, height: 160 }); // about the dialog's size in Excel
  await page.waitForSelector("#message");
  expect(await page.textContent("#message")).toBe(html);
  expect(await page.$$("img")).toHaveLength(0);
  expect(await page.textContent("#close")).toBe("关闭");
  await shot(page, "5-outcome-dialog");
  expect(await cspViolations(page)).toEqual([]);
  await page.close();
});

test("no request left localhost, and no page threw", () => {
  const origin = browser.served.origin.replace(/\/$/, "");
  const outside = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"),
  );
  expect(requests.length).toBeGreaterThan(5);
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** A button of the preview's ribbon bar (the task pane has buttons of the same words). */
function ribbon(page: Page, toolbar: string, button: string) {
  return page.getByRole("toolbar", { name: toolbar }).getByRole("button", { name: button, exact: true });
}

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(([s, t]) => document.querySelector(s!)?.textContent?.includes(t!) ?? false, [
    selector,
    text,
  ] as const);
}
