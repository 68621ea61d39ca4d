/**
 * On a webview the add-in does not support, each page says so in one sentence instead of staying
 * blank (src/webview/guard.js). Debian's chromium stands in for the old webview in the two ways
 * one fails: its library lacks ES2022 (Array.prototype.at removed before any script runs, as on
 * Edge Legacy and IE11), or the bundle does not parse (the page's bundle answered with syntax the
 * browser refuses). On the same browser as it is, the pages show no such sentence. The pages are
 * the shared build's, served on localhost; screenshots go to test-results/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../build/buildOnce";
import { BROWSER_STEP_MS, BROWSER_TEST_MS, BUILD_MS } from "../helpers/ceilings";
import WEBVIEW from "../../src/core/i18n/webview.json";
import { openBrowser, type Browser } from "./browser";

jest.setTimeout(BROWSER_TEST_MS);

const SHOTS = join(ROOT, "test-results");
const PAGES = ["taskpane.html", "commands.html", "outcome.html"];

let zh: Browser;
let en: Browser;

beforeAll(
  async () => {
    zh = await openBrowser({ viewport: { width: 360, height: 480 }, locale: "zh-CN" });
    en = await openBrowser({ viewport: { width: 360, height: 480 }, locale: "en-US" });
    mkdirSync(SHOTS, { recursive: true });
  },
  BUILD_MS + 2 * BROWSER_STEP_MS,
);

afterAll(async () => {
  await zh?.close();
  await en?.close();
});

async function sentence(page: Page): Promise<{ text: string; lang: string | null; role: string | null } | null> {
  return page.evaluate(() => {
    const p = document.getElementById("webview-unsupported");
    return p ? { text: p.textContent ?? "", lang: p.getAttribute("lang"), role: p.getAttribute("role") } : null;
  });
}

/** A page opened after `prepare`, once its load event has fired (when the guard's last check runs). */
async function load(browser: Browser, path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.context.newPage();
  await prepare?.(page);
  await page.goto(`${browser.served.origin}${path}`, { waitUntil: "load" });
  return page;
}

const withoutEs2022 = (page: Page) =>
  page.addInitScript(() => {
    delete (Array.prototype as unknown as { at?: unknown }).at;
  });

test.each(PAGES)("%s on a webview without ES2022 shows the sentence, in zh-CN", async (path) => {
  const page = await load(zh, path, withoutEs2022);
  expect(await sentence(page)).toEqual({ text: WEBVIEW.unsupported["zh-CN"], lang: "zh-CN", role: "alert" });
  if (path === "taskpane.html") {
    // the bundle stopped at its first module: no half-working pane under the sentence
    expect(await page.evaluate(() => document.getElementById("container")?.childElementCount)).toBe(0);
    await page.screenshot({ path: join(SHOTS, "webview-unsupported-zh-CN.png"), animations: "disabled" });
  }
  await page.close();
});

test("the task pane on an English system says it in en-US", async () => {
  const page = await load(en, "taskpane.html", withoutEs2022);
  expect(await sentence(page)).toEqual({ text: WEBVIEW.unsupported["en-US"], lang: "en-US", role: "alert" });
  await page.screenshot({ path: join(SHOTS, "webview-unsupported-en-US.png"), animations: "disabled" });
  await page.close();
});

test("a bundle the webview cannot parse leaves the sentence, not a blank pane", async () => {
  const page = await load(zh, "taskpane.html", (p) =>
    p.route(/\/taskpane\.[0-9a-f]{8}\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: "class { static #x ??= 1 }" }),
    ),
  );
  expect(await sentence(page)).toEqual({ text: WEBVIEW.unsupported["zh-CN"], lang: "zh-CN", role: "alert" });
  await page.close();
});

test.each(PAGES)("%s on a supported browser shows no such sentence", async (path) => {
  const page = await load(zh, path);
  expect(
    await page.evaluate(() => (window as unknown as { partnerCitiesStarted?: boolean }).partnerCitiesStarted),
  ).toBe(true);
  expect(await sentence(page)).toBeNull();
  await page.close();
});
