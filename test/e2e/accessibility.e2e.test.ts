/**
 * Accessibility of the task pane in a real browser: Debian's chromium, headless,
 * on the preview page (the real task pane beside a grid, on the in-memory Excel host).
 *
 * 1. axe-core on the task pane's region for each view (overview, findings, eligibility,
 *    settings, and every other tab the pane has, e.g. greetings), in zh-CN and en-US, with the
 *    tags wcag2a, wcag2aa, wcag21a, wcag21aa and best-practice, colour contrast included (jsdom
 *    could not check it); also the settings with their errors shown, the remove confirmation, and
 *    the preview page around the pane. No violation of impact serious or critical; the others are
 *    printed. axe is loaded as a script from the page's own origin (test/e2e/browser.ts answers
 *    for it), so the pages' CSP (scripts from 'self' only) stays as shipped: no bypass.
 * 2. The keyboard alone, from the top of the pane: Tab to the actions and run each, arrow keys in
 *    the tab list, Enter on a finding and on an eligibility card's 定位 (the grid's name box and
 *    active sheet show what the host selected), every input of the settings and Save, the remove
 *    confirmation opened and cancelled with Escape. At every stop: the focus is visible (the
 *    outline, box-shadow or ::after Fluent draws changes, and the pixels around the element
 *    change), the element is on screen, and it is never one of tabster's hidden dummy elements.
 * 3. Screenshots in test-results/a11y-<view>.png.
 *
 * Known false positive left out of the count: axe's aria-hidden-focus on tabster's
 * `<i data-tabster-dummy aria-hidden tabindex=0>` bumpers around Fluent's arrow-key groups (the
 * tab list). They exist only to hand focus on at once (microsoft/tabster#288, Fluent's known
 * issues); the keyboard test asserts that focus never rests on one.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../build/buildOnce";
import { BROWSER_STEP_MS, BROWSER_TEST_MS, BUILD_MS } from "../helpers/ceilings";
import { injectAxe, openBrowser, type Browser } from "./browser";

jest.setTimeout(BROWSER_TEST_MS);

const TODAY = "2026-11-27";
const SHOTS = join(ROOT, "test-results");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const PANE = "[data-testid=taskpane]";
const LANGS = ["zh-CN", "en-US"] as const;

let browser: Browser;
/** Every violation seen, for the summary printed at the end. */
const seen: Violation[] = [];
const pageErrors: string[] = [];

interface Violation {
  where: string;
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

beforeAll(async () => {
  browser = await openBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, BUILD_MS + BROWSER_STEP_MS);

afterAll(async () => {
  await browser?.close();
  if (seen.length > 0) {
    const lines = seen.map(
      (v) => `  [${v.impact}] ${v.where} · ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).join(" | ")}`,
    );
    console.log(`axe violations below serious (not failures), by view:\n${lines.join("\n")}`);
  } else {
    console.log("axe: no violation of any impact");
  }
});

async function openPreview(lang: (typeof LANGS)[number]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => void pageErrors.push(error.message));
  await page.goto(`${browser.served.origin}preview.html?today=${TODAY}${lang === "en-US" ? "&lang=en-US" : ""}`);
  // The first check has run when the overview's headings are there and no run is busy.
  await page.waitForSelector(`${PANE} [role=tabpanel] h2`);
  await settled(page);
  return page;
}

/** No run busy in the pane, no lazy view loading, and Fluent's animations (tab indicator, dialog) over. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector("[data-testid=taskpane] .fui-Spinner") === null &&
      document.getAnimations().every((a) => a.playState !== "running"),
  );
}

/** The pane's tabs: Fluent's Tab puts its value on the button. */
async function views(page: Page): Promise<{ view: string; name: string }[]> {
  return page.$$eval(`${PANE} [role=tablist] [role=tab]`, (tabs) =>
    tabs.map((t) => ({
      view: t.getAttribute("value") ?? t.id,
      name: (t.querySelector(".fui-Tab__content")?.textContent ?? "").trim(),
    })),
  );
}

async function selectedView(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`${PANE} [role=tab][value="${view}"][aria-selected=true]`);
  // Views loaded as chunks of their own show a line of text until they come; every view has its h2 then.
  await page.waitForSelector(`${PANE} [role=tabpanel] h2`);
  await settled(page);
}

/** axe on `selector` (or the whole document): the violations, tabster's dummy bumpers left out (see the header). */
async function runAxe(page: Page, selector: string | null, where: string): Promise<Violation[]> {
  await injectAxe(page, browser.served.origin);
  const raw = await page.evaluate(
    ([sel, tags]) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const context = sel ? document.querySelector(sel)! : document;
      return axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }).then((r) =>
        r.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? "unknown",
          help: v.help,
          nodes: v.nodes
            .filter((n) => !(v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html)))
            .map((n) =>
              `${n.target.join(" ")} ${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`.slice(0, 300),
            ),
        })),
      );
    },
    [selector, TAGS] as const,
  );
  const found = raw.filter((v) => v.nodes.length > 0).map((v) => ({ where, ...v }));
  seen.push(...found.filter((v) => !severe(v)));
  return found;
}

const severe = (v: Violation) => v.impact === "serious" || v.impact === "critical";
const severeOf = (found: Violation[]) =>
  found.filter(severe).map((v) => `${v.where} · ${v.id} (${v.impact}): ${v.nodes.join(" | ")}`);

/**
 * Focusable elements of the pane that a sighted keyboard user could not see: without a size,
 * invisible, outside the pane's width, or above the page (parked off-screen). Tabster's dummy
 * bumpers are meant to be so and are left out.
 */
async function offScreenFocusables(page: Page): Promise<string[]> {
  return page.$$eval(`${PANE} :is(button, a[href], input, select, textarea, summary, [tabindex])`, (els) => {
    const pane = document.querySelector("[data-testid=taskpane]")!.getBoundingClientRect();
    return els
      .filter(
        (el) =>
          !el.hasAttribute("data-tabster-dummy") &&
          (el as HTMLElement).tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.checkVisibility(),
      )
      .map((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        const ok =
          r.width > 1 &&
          r.height > 1 &&
          r.left >= pane.left - 1 &&
          r.right <= pane.right + 1 &&
          r.top + scrollY >= 0 &&
          cs.opacity !== "0";
        return ok
          ? null
          : `${el.tagName} “${(el.textContent ?? "").slice(0, 30)}” ${JSON.stringify({ x: r.x, y: r.y, w: r.width, h: r.height, opacity: cs.opacity })}`;
      })
      .filter((x) => x !== null);
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `a11y-${name}.png`), animations: "disabled" });
}

/** The views the issue names, and greetings (another tab, checked when the pane has it). */
const VIEWS = ["overview", "findings", "eligibility", "settings", "greetings"] as const;
const REQUIRED_VIEWS: readonly string[] = ["overview", "findings", "eligibility", "settings"];

describe.each(LANGS)("axe-core, %s", (lang) => {
  let page: Page;
  const suffix = lang === "zh-CN" ? "" : `-${lang}`;
  beforeAll(async () => {
    page = await openPreview(lang);
  });
  afterAll(async () => {
    await page?.close();
  });

  async function showView(view: string): Promise<void> {
    await page.click(`${PANE} [role=tab][value="${view}"]`);
    await selectedView(page, view);
  }

  test.each(VIEWS)("the %s view of the task pane: no serious or critical violation", async (view) => {
    if ((await page.$(`${PANE} [role=tab][value="${view}"]`)) === null) {
      expect(REQUIRED_VIEWS).not.toContain(view);
      console.log(`${lang}: the pane has no ${view} tab in this build; nothing to check`);
      return;
    }
    await showView(view);
    // Every <details> of the settings open, so that axe sees the column mapping's inputs too.
    await page.$$eval(`${PANE} details`, (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await settled(page);
    const found = await runAxe(page, PANE, `${lang} ${view}`);
    await shot(page, `${view}${suffix}`);
    expect(severeOf(found)).toEqual([]);
    expect(await offScreenFocusables(page)).toEqual([]);
  });

  test("any further tab of the pane: no serious or critical violation", async () => {
    const others = (await views(page)).filter((t) => !(VIEWS as readonly string[]).includes(t.view));
    const found: Violation[] = [];
    for (const { view } of others) {
      await showView(view);
      found.push(...(await runAxe(page, PANE, `${lang} ${view}`)));
      await shot(page, `${view}${suffix}`);
    }
    expect(severeOf(found)).toEqual([]);
  });

  test("the settings refusing a save (errors beside the fields and in an alert): no serious or critical violation", async () => {
    await showView("settings");
    await page.locator(`${PANE} form input[inputmode=numeric]`).first().fill("abc");
    await page.locator(`${PANE} form button[type=submit]`).click();
    await page.waitForSelector(`${PANE} form [role=alert]`);
    await settled(page);
    const found = await runAxe(page, PANE, `${lang} settings with errors`);
    await shot(page, `settings-errors${suffix}`);
    expect(severeOf(found)).toEqual([]);
  });

  test("the remove confirmation (a dialog outside the pane): no serious or critical violation", async () => {
    await page.locator(`${PANE} [role=group] button`).nth(3).click();
    await page.waitForSelector("[role=alertdialog]");
    await settled(page);
    const found = await runAxe(page, "[role=alertdialog]", `${lang} remove confirmation`);
    await shot(page, `remove-dialog${suffix}`);
    await page.keyboard.press("Escape");
    await page.waitForSelector("[role=alertdialog]", { state: "detached" });
    // Fluent's modal takes aria-hidden off the page again a moment after the dialog has gone.
    await page.waitForFunction(() => document.querySelector("#container[aria-hidden]") === null);
    expect(severeOf(found)).toEqual([]);
  });

  test("the preview page around the pane (title bar, ribbon, grid, sheet tabs): no serious or critical violation", async () => {
    const found = await runAxe(page, null, `${lang} whole preview page`);
    expect(severeOf(found)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard

interface Stop {
  /** role or tag, and the accessible name as far as the page can tell it cheaply. */
  what: string;
  testid: string | null;
  /** The element's id, or the data-a11y mark the test put on it. */
  key: string;
  inPane: boolean;
  dummy: boolean;
  /** What draws the focus (computed outline / box-shadow / ::after border) when focused. */
  focused: string[];
  /** The same element's styles with the focus taken away. */
  rest: string[];
  /** The element's box is inside the viewport and has a size. */
  onScreen: boolean;
  rect: { x: number; y: number; width: number; height: number };
  /** :focus-visible, or tabster's keyboard-focus marker (data-fui-focus-visible) on the element. */
  focusVisible: boolean;
}

/** Describes the focused element and what draws its focus; then takes the focus away (blur) to see what changes. */
function probeFocus({ phase, el }: { phase: string; el?: Element | null }): unknown {
  const target = (el ?? document.activeElement) as HTMLElement | null;
  if (!target || target === document.body) return null;
  const transparent = (c: string) => c === "transparent" || /rgba\([^)]*,\s*0\)$/.test(c);
  const flat = (t: string) => t !== "none" && /^matrix\(0,|^matrix\([^,]+,[^,]+,[^,]+,\s*0,/.test(t);
  const styles: string[] = [];
  // The element, then up to three Fluent wrappers (Input, Select and Textarea draw on their root's ::after).
  const chain: HTMLElement[] = [target];
  for (let p = target.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) chain.push(p);
  chain.forEach((node, depth) => {
    for (const pseudo of [null, "::after", "::before"] as const) {
      if (depth > 0 && pseudo === null) continue; // a wrapper's own box is not a focus indicator
      const cs = getComputedStyle(node, pseudo);
      if (pseudo && (cs.content === "none" || cs.content === "normal")) continue;
      if (cs.display === "none" || cs.visibility === "hidden" || flat(cs.transform)) continue;
      const at = `${depth === 0 ? "el" : `up${depth}`}${pseudo ?? ""}`;
      if (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor))
        styles.push(`${at} outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}`);
      if (cs.boxShadow !== "none" && /rgb\(|rgba\([^)]*,\s*(0?\.\d*[1-9]|1)\)/.test(cs.boxShadow))
        styles.push(`${at} box-shadow ${cs.boxShadow}`);
      // Fluent's Select draws its focus underline as a gradient on its root's ::after.
      if (pseudo && cs.backgroundImage !== "none")
        styles.push(`${at} background-image ${cs.backgroundImage.replace(/\s+/g, " ").slice(0, 80)}`);
      if (pseudo && !transparent(cs.backgroundColor)) styles.push(`${at} background-color ${cs.backgroundColor}`);
      for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
        const w = cs.getPropertyValue(`border-${side.toLowerCase()}-width`);
        const c = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
        const s = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
        if (parseFloat(w) > 0 && s !== "none" && !transparent(c))
          styles.push(`${at} border-${side.toLowerCase()} ${w} ${s} ${c}`);
      }
    }
  });
  if (phase === "rest") return styles;
  const r = target.getBoundingClientRect();
  const role = target.getAttribute("role") ?? target.tagName.toLowerCase();
  const label =
    target.getAttribute("aria-label") ??
    target.querySelector(".fui-Tab__content")?.textContent ??
    ((target as HTMLInputElement).labels?.[0]?.textContent ?? "") +
      (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT"
        ? ""
        : (target.textContent ?? "").trim().slice(0, 40));
  return {
    what: `${role}${(target as HTMLInputElement).type && target.tagName === "INPUT" ? `[${(target as HTMLInputElement).type}]` : ""} “${label.trim()}”`,
    testid: target.getAttribute("data-testid"),
    key: target.id || target.dataset.a11y || "",
    inPane: target.closest("[data-testid=taskpane]") !== null || target.closest("[role=alertdialog]") !== null,
    dummy: target.hasAttribute("data-tabster-dummy"),
    focused: styles,
    rest: [],
    onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    rect: { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) },
    focusVisible: target.matches(":focus-visible") || target.hasAttribute("data-fui-focus-visible"),
  };
}

class Keyboard {
  readonly stops: Stop[] = [];
  readonly problems: string[] = [];
  constructor(private readonly page: Page) {}

  /** Presses a key and checks where the focus went. */
  async press(key: string): Promise<Stop | null> {
    await this.page.keyboard.press(key);
    return this.check(key);
  }

  /** The focused element: visible focus (computed style and pixels change when it goes), on screen, not a dummy. */
  async check(after: string): Promise<Stop | null> {
    const page = this.page;
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    const stop = (await page.evaluate(probeFocus, { phase: "focused" })) as Stop | null;
    if (!stop) return null;
    // Tab between the parts of one control (the date input's year, month and day) is one stop.
    const same = await page.evaluate(() => {
      const w = window as unknown as { __a11yLast?: Element | null };
      const was = w.__a11yLast === document.activeElement;
      w.__a11yLast = document.activeElement;
      return was;
    });
    if (same) return { ...this.stops.at(-1)!, ...stop, rest: this.stops.at(-1)!.rest };
    const handle = await page.evaluateHandle(() => document.activeElement as HTMLElement);
    // Pixels around the element, focused and then not (blur keeps Chrome's sequential-navigation
    // starting point, so the next Tab goes on from here; the focus is put back before it).
    const pad = 6;
    const clip = {
      x: Math.max(0, stop.rect.x - pad),
      y: Math.max(0, stop.rect.y - pad),
      width: stop.rect.width + 2 * pad,
      height: stop.rect.height + 2 * pad,
    };
    const withFocus = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
    await handle.evaluate((el) => el.blur());
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    stop.rest = (await page.evaluate(probeFocus, { phase: "rest", el: handle })) as string[];
    const without = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
    await handle.evaluate((el) => el.focus({ focusVisible: true } as FocusOptions));
    await handle.dispose();
    this.stops.push(stop);

    const drawn = stop.focused.filter((s) => !stop.rest.includes(s));
    const where = `after ${after}: ${stop.what}`;
    if (stop.dummy) this.problems.push(`${where}: focus rests on a tabster dummy`);
    if (!stop.onScreen) this.problems.push(`${where}: off screen or without a size ${JSON.stringify(stop.rect)}`);
    if (drawn.length === 0)
      this.problems.push(
        `${where}: no outline, box-shadow or border appears with the focus (${stop.focused.join("; ") || "none at all"})`,
      );
    if (withFocus.equals(without)) this.problems.push(`${where}: the pixels around it do not change with the focus`);
    if (!stop.focusVisible) this.problems.push(`${where}: not :focus-visible`);
    return stop;
  }

  /** Presses `key` until the focused element matches, at most `max` times; the stop it reached. */
  async until(key: string, matches: (s: Stop) => boolean, max = 60): Promise<Stop> {
    for (let i = 0; i < max; i++) {
      const stop = await this.press(key);
      if (stop && matches(stop)) return stop;
    }
    throw new Error(
      `${key} ×${max} never reached the element; stops: ${this.stops
        .slice(-max)
        .map((s) => s.what)
        .join(" → ")}`,
    );
  }
}

const named = (text: string) => (s: Stop) => s.what.includes(`“${text}`);
const tabNamed = (text: string) => (s: Stop) => s.what.startsWith("tab ") && s.what.includes(`“${text}`);

async function noticeText(page: Page): Promise<string> {
  return (await page.textContent(`${PANE} [aria-live=polite]`)) ?? "";
}

async function waitNotice(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector("[data-testid=taskpane] [aria-live=polite]")?.textContent?.includes(t) ?? false,
    text,
  );
  await settled(page);
}

async function selection(page: Page): Promise<{ sheet: string | null; address: string | null; shown: string | null }> {
  const box = page.locator("[data-testid=selection]");
  return {
    sheet: await box.getAttribute("data-sheet"),
    address: await box.getAttribute("data-address"),
    shown: await box.textContent(),
  };
}

test("keyboard only, zh-CN: every action of the pane reached and run with Tab, arrows, Enter and Escape; the focus always visible", async () => {
  const page = await openPreview("zh-CN");
  const kb = new Keyboard(page);
  const tabs = await views(page);
  const log: string[] = [];

  // The top of the pane: a click on its heading sets where sequential navigation starts (no focus).
  await page.click(`${PANE} h1`);
  const first = await kb.press("Tab");
  expect(first?.what).toBe("button “检查工作簿”");
  log.push("Tab → 检查工作簿");

  // 检查工作簿
  await kb.press("Enter");
  await waitNotice(page, "检查完成");
  await kb.check("the check");
  expect(kb.stops.at(-1)?.what).toBe("button “检查工作簿”");
  log.push("Enter → 检查完成 (focus stays on the button)");

  // 写入标注和工作表, 生成年度总结: the add-in's sheets appear in the grid's tabs.
  await kb.until("Tab", named("写入标注和工作表"), 3);
  await kb.press("Enter");
  await waitNotice(page, "已写入");
  log.push("Tab → 写入标注和工作表, Enter → 已写入");
  await kb.until("Tab", named("生成年度总结"), 3);
  await kb.press("Enter");
  await waitNotice(page, "已生成");
  expect(await page.$$eval("[data-sheet-tab]", (ts) => ts.map((t) => t.getAttribute("data-sheet-tab")))).toContainEqual(
    expect.stringMatching(/年度交流总结$/),
  );
  log.push("Tab → 生成年度总结, Enter → 已生成 (the summary sheet is among the grid's sheet tabs)");

  // The tab list: Tab enters at the selected tab, the arrows move between tabs, Enter selects.
  const selectTab = async (view: string, key: "ArrowRight" | "ArrowLeft" = "ArrowRight") => {
    const name = tabs.find((t) => t.view === view)!.name;
    await kb.until(key, tabNamed(name), tabs.length);
    await kb.press("Enter");
    await selectedView(page, view);
    log.push(`${key} → tab ${name}, Enter → selected`);
  };
  await kb.until("Tab", (s) => s.what.startsWith("tab "), 6);
  log.push(`Tab → the tab list (${kb.stops.at(-1)!.what})`);

  // 检查结果: Tab into the panel, Enter on the first finding selects its place in the grid.
  await selectTab("findings");
  const finding = await kb.press("Tab");
  expect(finding?.what).toMatch(/^button “/);
  const place = await page.evaluate(
    () => document.activeElement?.querySelector("span > span:last-child")?.textContent ?? "",
  );
  const before = await selection(page);
  await kb.press("Enter");
  await page.waitForFunction(
    (prev) => document.querySelector("[data-testid=selection]")?.getAttribute("data-address") !== prev,
    before.address,
  );
  await settled(page);
  const selected = await selection(page);
  expect(selected.sheet).not.toBeNull();
  expect(place).toContain(selected.sheet);
  expect(await page.getAttribute("[data-testid=grid] table", "data-sheet")).toBe(selected.sheet);
  expect(await page.locator("[data-testid=grid] td[data-selected]").count()).toBeGreaterThan(0);
  expect(kb.stops.at(-1)?.what).toBe(finding?.what); // focus stays on the finding
  log.push(`Tab → first finding (${place}), Enter → grid selection ${selected.shown}`);
  await shot(page, "keyboard-finding");

  // 资格评估: the first card's 定位.
  await kb.until("Shift+Tab", (s) => s.what.startsWith("tab "), 3);
  await selectTab("eligibility");
  const goTo = await kb.until("Tab", (s) => s.what.startsWith("button “在表格中定位到"), 5);
  const beforeGoTo = await selection(page);
  await kb.press("Enter");
  await page.waitForFunction(
    (prev) => document.querySelector("[data-testid=selection]")?.getAttribute("data-address") !== prev,
    beforeGoTo.address,
  );
  const afterGoTo = await selection(page);
  expect(afterGoTo.sheet).not.toBeNull();
  expect(await page.getAttribute("[data-testid=grid] table", "data-sheet")).toBe(afterGoTo.sheet);
  log.push(`Tab → ${goTo.what}, Enter → grid selection ${afterGoTo.shown}`);

  // Any other view (greetings): reached and entered with the keyboard.
  await kb.until("Shift+Tab", (s) => s.what.startsWith("tab "), 3);
  for (const { view } of tabs.filter((t) => !["overview", "findings", "eligibility", "settings"].includes(t.view))) {
    await selectTab(view, "ArrowRight");
    const inside = await kb.press("Tab");
    expect(inside?.inPane).toBe(true);
    log.push(`Tab → ${inside?.what} (first stop in ${view})`);
    await kb.until("Shift+Tab", (s) => s.what.startsWith("tab "), 10);
  }

  // 设置: Tab through every input to 保存设置, and save.
  await selectTab("settings");
  // Each input, select, text area and sheet summary the settings show (closed <details> hide
  // theirs); summaries have no id, so the test marks them.
  const fields = await page.$$eval(`${PANE} [role=tabpanel] :is(input, select, textarea, summary)`, (els) =>
    els.filter((el) => el.checkVisibility()).map((el, i) => el.id || ((el as HTMLElement).dataset.a11y = `field-${i}`)),
  );
  const from = kb.stops.length;
  await kb.until("Tab", named("保存设置"), 150);
  const settingsStops = kb.stops.slice(from);
  const reached = new Set(settingsStops.map((s) => s.key));
  expect(fields.length).toBeGreaterThan(5);
  expect(fields.filter((f) => !reached.has(f))).toEqual([]);
  log.push(
    `Tab ×${settingsStops.length} through the settings (${fields.length} inputs, selects, text areas and sheet summaries) → ${kb.stops.at(-1)!.what}`,
  );
  await shot(page, "keyboard-settings");
  await kb.press("Enter");
  await waitNotice(page, "设置已保存");
  const afterSave = (await page.evaluate(probeFocus, { phase: "focused" })) as Stop | null;
  log.push(`Enter → 设置已保存 (focus then on ${afterSave?.what ?? "the page body"})`);

  // 清除加载项内容: open the confirmation with Enter, cancel it with Escape: nothing removed.
  const sheetsBefore = await page.$$eval("[data-sheet-tab]", (ts) => ts.map((t) => t.getAttribute("data-sheet-tab")));
  await page.click(`${PANE} h1`);
  await kb.until("Tab", named("清除加载项内容"), 4);
  await kb.press("Enter");
  await page.waitForSelector("[role=alertdialog]");
  await settled(page);
  const inDialog = await kb.check("the dialog opened");
  expect(inDialog?.inPane).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.closest("[role=alertdialog]") !== null)).toBe(true);
  await shot(page, "keyboard-remove-dialog");
  log.push(`Tab → 清除加载项内容, Enter → confirmation (focus on ${inDialog?.what})`);
  await kb.press("Tab");
  await kb.press("Escape");
  await page.waitForSelector("[role=alertdialog]", { state: "detached" });
  await settled(page);
  const back = (await page.evaluate(probeFocus, { phase: "focused" })) as Stop | null;
  expect(back?.what).toBe("button “清除加载项内容”");
  expect(await page.$$eval("[data-sheet-tab]", (ts) => ts.map((t) => t.getAttribute("data-sheet-tab")))).toEqual(
    sheetsBefore,
  );
  expect(await noticeText(page)).not.toContain("已清除");
  log.push(`Escape → closed, focus back on ${back?.what}, no sheet removed`);

  // Dismissing the notice with the keyboard.
  await kb.until("Tab", named("关闭提示"), 4);
  await kb.press("Enter");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=taskpane] [aria-live=polite] .fui-MessageBar") === null,
  );
  const afterDismiss = (await page.evaluate(probeFocus, { phase: "focused" })) as Stop | null;
  log.push(`Tab → 关闭提示, Enter → notice gone, focus on ${afterDismiss?.what ?? "the page body"}`);

  expect(await offScreenFocusables(page)).toEqual([]);

  console.log(
    `keyboard path (${kb.stops.length} focus stops):\n  ${log.join("\n  ")}\nfocus indicators seen:\n  ${[
      ...new Set(
        kb.stops.map((s) => `${s.what.split(" ")[0]}: ${s.focused.filter((f) => !s.rest.includes(f)).join("; ")}`),
      ),
    ]
      .slice(0, 25)
      .join("\n  ")}`,
  );
  expect(kb.problems).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
