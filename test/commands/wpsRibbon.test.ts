/**
 * The ribbon in WPS 表格: ribbon.xml against the customUI schema (xmllint, offline) and against the
 * callbacks the entry page defines; the callbacks run on the in-memory ET host holding the demo
 * workbook, as WPS would call them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { COMMAND_MESSAGES } from "../../src/core/i18n/commands";
import { fill } from "../../src/core/i18n/format";
import { EXCEL_ERROR_MESSAGES } from "../../src/core/i18n/errors";
import { createFakeEt, type FakeEt } from "../../src/wps-fake";
import { wpsAddinServices } from "../../src/wps-host/addinServices";
import {
  BUTTON_IMAGE,
  BUTTON_IMAGES,
  PANE_ID_KEY,
  WPS_BUTTONS,
  wpsRibbon,
  type WpsAddinApi,
} from "../../src/commands/wpsRibbon";
import type { RibbonOutcome } from "../../src/commands/ribbonActions";
import type { IsoDate } from "../../src/core/dates/isoDate";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
const RIBBON = join(ROOT, "ribbon.xml");
const SCHEMA = join(ROOT, "schemas", "customui", "customUI.xsd");
const DEMO = join(ROOT, "sample", "partner-cities-demo.xlsx");
const CUSTOM_UI = "http://schemas.microsoft.com/office/2006/01/customui";

interface El {
  uri: string;
  name: string;
  attributes: Record<string, string>;
  children: El[];
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | undefined;
  parser.on("opentag", (tag) => {
    const el: El = { uri: tag.uri, name: tag.local, attributes: {}, children: [] };
    for (const a of Object.values(tag.attributes))
      if (a.prefix !== "xmlns" && a.name !== "xmlns") el.attributes[a.local] = a.value;
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("error", (e) => {
    throw new Error(`ribbon.xml is not well-formed XML: ${e.message}`);
  });
  parser.write(xml).close();
  return root!;
}

const all = (el: El): El[] => [el, ...el.children.flatMap(all)];

describe("ribbon.xml", () => {
  const root = parseXml(readFileSync(RIBBON, "utf8"));

  test("validates against the customUI schema (xmllint, offline)", () => {
    const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
    if (probe.error)
      throw new Error("xmllint is not on the PATH: install it with `apt-get install -y libxml2-utils` (.ci/run does).");
    const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, RIBBON], { encoding: "utf8" });
    expect([run.status, run.stderr.trim()]).toEqual([0, `${RIBBON} validates`]);
  });

  test("has the tab 友城工作 with 打开任务窗格, 年度总结, 写入标注 and 起草文稿, wired to the entry page's callbacks", () => {
    expect([root.uri, root.name, root.attributes.onLoad]).toEqual([CUSTOM_UI, "customUI", "OnAddinLoad"]);
    const tabs = all(root).filter((e) => e.name === "tab");
    expect(tabs.map((t) => t.attributes.label)).toEqual(["友城工作"]);
    const buttons = all(tabs[0]!).filter((e) => e.name === "button");
    expect(buttons.map((b) => [b.attributes.id, b.attributes.label])).toEqual([
      ["btnOpenPane", "打开任务窗格"],
      ["btnYearSummary", "年度总结"],
      ["btnHighlights", "写入标注"],
      ["btnDrafts", "起草文稿"],
    ]);
    expect(buttons.map((b) => b.attributes.id)).toEqual(Object.keys(WPS_BUTTONS));
    for (const b of buttons) expect([b.attributes.onAction, b.attributes.getImage]).toEqual(["OnAction", "GetImage"]);
  });

  test("the entry page defines every callback the XML names", () => {
    const names = new Set(
      all(root).flatMap((e) =>
        Object.entries(e.attributes)
          .filter(([k]) => /^(on|get)[A-Z]/.test(k))
          .map(([, v]) => v),
      ),
    );
    const main = readFileSync(join(ROOT, "src", "commands", "wpsMain.ts"), "utf8");
    for (const name of names) expect([name, main.includes(`${name}:`)]).toEqual([name, true]);
  });

  test("the buttons' images are the add-in's icons", () => {
    expect(existsSync(join(ROOT, BUTTON_IMAGE))).toBe(true);
    for (const image of Object.values(BUTTON_IMAGES))
      expect([image, existsSync(join(ROOT, image))]).toEqual([image, true]);
  });
});

describe("the ribbon's callbacks on WPS", () => {
  let et: FakeEt;
  let told: RibbonOutcome[];
  let ribbon: ReturnType<typeof wpsRibbon>;
  /** The demo workbook as the host holds it, read once: each test's workbook is a copy. */
  let demo: FakeEt["state"];

  beforeAll(async () => {
    demo = await fakeStateFromXlsx(readFileSync(DEMO));
  });

  beforeEach(() => {
    et = createFakeEt(structuredClone(demo));
    told = [];
    ribbon = wpsRibbon({
      app: et.Application as unknown as WpsAddinApi,
      services: () => wpsAddinServices(et.Application, { lang: "zh-CN", today: () => "2026-11-27" as IsoDate }),
      lang: () => "zh-CN",
      paneUrl: "http://127.0.0.1:3889/taskpane.html",
      paneTitle: () => "友城工作",
      tell: (outcome) => told.push(outcome),
    });
    expect(ribbon.OnAddinLoad({})).toBe(true);
  });

  const sheetNames = () => et.state.sheets.map((s) => s.name);

  test("年度总结 writes this year's summary and shows it", async () => {
    const before = sheetNames();
    await ribbon.OnAction({ Id: "btnYearSummary" });
    expect(told).toHaveLength(1);
    expect(told[0]!.ok).toBe(true);
    const summary = told[0]!.sheet!;
    expect(sheetNames()).toEqual([...before, summary]);
    expect(et.Application.ActiveWorkbook.ActiveSheet.Name).toBe(summary);
    expect(told[0]!.message).toContain(summary);
    expect(et.state.sheets.find((s) => s.name === summary)!.charts).toHaveLength(1);
  });

  test("写入标注 colours the register's rows and leaves the user on the sheet they were on", async () => {
    const userSheet = et.Application.ActiveWorkbook.ActiveSheet.Name;
    await ribbon.OnAction({ Id: "btnHighlights" });
    expect(told.map((o) => o.ok)).toEqual([true]);
    const rules = et.state.sheets.flatMap((s) => s.conditionalFormats.map((f) => [s.name, f.fill]));
    expect(rules.map(([, fill]) => fill).sort()).toEqual(["#F8CBAD", "#FFC7CE", "#FFEB9C"]);
    expect(et.Application.ActiveWorkbook.ActiveSheet.Name).toBe(userSheet);
    // Twice gives the same rules, not six.
    await ribbon.OnAction({ Id: "btnHighlights" });
    expect(et.state.sheets.flatMap((s) => s.conditionalFormats)).toHaveLength(3);
  });

  test("写入标注 on a protected register says so and writes nothing", async () => {
    await ribbon.OnAction({ Id: "btnHighlights" });
    const register = et.state.sheets.find((s) => s.conditionalFormats.length > 0)!.name;
    const before = structuredClone(et.state);
    et.protectSheet(register);
    await ribbon.OnAction({ Id: "btnHighlights" });
    expect(told[1]).toEqual({
      ok: false,
      message: fill(COMMAND_MESSAGES.highlightsFailed["zh-CN"], { reason: EXCEL_ERROR_MESSAGES.protected["zh-CN"] }),
      sheet: null,
    });
    et.state.sheets.find((s) => s.name === register)!.protected = false;
    expect(et.state).toEqual(before);
  });

  test("打开任务窗格 opens one task pane and shows the same one again", async () => {
    await ribbon.OnAction({ Id: "btnOpenPane" });
    expect(et.taskPanes).toEqual([
      { id: 1, url: "http://127.0.0.1:3889/taskpane.html", title: "友城工作", visible: true, deleted: false },
    ]);
    expect(et.Application.PluginStorage.getItem(PANE_ID_KEY)).toBe("1");
    et.taskPanes[0]!.visible = false;
    await ribbon.OnAction({ Id: "btnOpenPane" });
    expect(et.taskPanes.map((p) => [p.id, p.visible])).toEqual([[1, true]]);
    // A pane WPS has let go of is replaced by a new one.
    et.taskPanes[0]!.deleted = true;
    et.taskPanes[0]!.visible = false;
    await ribbon.OnAction({ Id: "btnOpenPane" });
    expect(et.taskPanes.map((p) => [p.id, p.visible])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(told).toEqual([]);
  });

  test("起草文稿 tells how many drafts are due and where the task pane offers them; writes nothing", async () => {
    const before = structuredClone(et.state);
    await ribbon.OnAction({ Id: "btnDrafts" });
    expect(told.map((o) => o.ok)).toEqual([true]);
    expect(told[0]!.message).toMatch(
      /^已起草文稿：\d+ 个已到起草阶段（第六条第三项）的对象各一份请示和协议书，\d+ 份续签协议书。 WPS 的功能区无法提供下载，请在任务窗格的“资格评估”中逐份下载。$/,
    );
    expect(et.state).toEqual(before);
  });

  test("年度总结 says where the task pane offers the year-end report, as a message box cannot", async () => {
    await ribbon.OnAction({ Id: "btnYearSummary" });
    expect(told[0]!.message).toMatch(/WPS 的功能区无法提供下载，请在任务窗格中点击“下载年度总结报告（\.docx）”。$/);
  });

  test("every button shows its icon, 起草文稿 its own page; an unknown control does nothing", async () => {
    for (const id of Object.keys(WPS_BUTTONS))
      expect(ribbon.GetImage({ Id: id })).toBe(id === "btnDrafts" ? "assets/drafts-32.png" : BUTTON_IMAGE);
    const before = structuredClone(et.state);
    await ribbon.OnAction({ Id: "somethingElse" });
    expect(et.state).toEqual(before);
    expect(told).toEqual([]);
  });
});
