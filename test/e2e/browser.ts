/**
 * What the browser tests share: Debian's chromium (/usr/bin/chromium, never a browser downloaded
 * from npm) driven by playwright-core, headless, with no network beyond localhost; the shared
 * production build (test/build/buildOnce.ts) served on a free localhost port; and axe-core served
 * under the page's own origin, so that the pages' CSP (scripts from 'self' only) lets it run.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveDist, type Served } from "../../scripts/serveDist";
import { buildOnce } from "../build/buildOnce";
import { BROWSER_STEP_MS } from "../helpers/ceilings";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The path under the served origin at which the test hands out axe-core (never a file of dist/). */
export const AXE_PATH = "__test__/axe.min.js";

export interface Browser {
  served: Served;
  context: BrowserContext;
  close(): Promise<void>;
}

/** The build served on localhost and a fresh chromium profile on it; axe-core at `origin + AXE_PATH`. */
export async function openBrowser(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian chromium is missing at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium fonts-noto-cjk (as .ci/run does)`,
    );
  }
  const build = await buildOnce();
  const served = await serveDist(build.dist, 0);
  const profile = mkdtempSync(join(tmpdir(), "partner-cities-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: options.viewport ?? { width: 1600, height: 900 },
    locale: options.locale ?? "zh-CN",
    timezoneId: "Asia/Shanghai",
    timeout: BROWSER_STEP_MS,
  });
  // Every step (a navigation, a click, an element awaited) waits for its event up to one ceiling that fits a busy
  // machine, instead of playwright's 30 s.
  context.setDefaultTimeout(BROWSER_STEP_MS);
  context.setDefaultNavigationTimeout(BROWSER_STEP_MS);
  // axe-core is not part of the add-in: the test answers for it at a same-origin address, so the
  // page loads it as a script from 'self' and its CSP stays as shipped (no bypass).
  const axePath = require.resolve("axe-core/axe.min.js");
  await context.route(`${served.origin}${AXE_PATH}`, (route) =>
    route.fulfill({ path: axePath, contentType: "text/javascript; charset=utf-8" }),
  );
  return {
    served,
    context,
    close: async () => {
      await context.close();
      await served.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads axe-core into the page (once). */
export async function injectAxe(page: Page, origin: string): Promise<void> {
  if (await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object")) return;
  await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  await page.waitForFunction(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
}
