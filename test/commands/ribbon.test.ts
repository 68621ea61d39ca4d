/**
 * The ribbon's function file (src/commands/commands.ts) as Excel runs it: office.js's globals are
 * mocked (Office.onReady, Office.actions.associate, the dialog API) and Excel.run is the in-memory
 * host (src/excel-fake) holding the office's sample workbook, called directly or through the real
 * office.js client (web and Windows host files, test/helpers/officeJsClient.ts). Each ExecuteFunction writes
 * what it should within 3 context.sync() calls, tells the outcome, and completes its event once,
 * on success and on every failure.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createFakeExcel, emptySheet, type FakeExcel, type FakeWorkbookState } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { analyzeWorkbook } from "../../src/core/analyze";
import { HIGHLIGHT_MARKER } from "../../src/core/plan/writePlan";
import type { Analysis } from "../../src/core/model";
import type { RibbonFunction } from "../../src/commands/ribbonActions";
import { realClient, type OfficeClient } from "../helpers/officeJsClient";
import { docxContent, paragraphs, tableAfter } from "../helpers/docxContent";
import { draftsOf } from "../../src/core/documents/draftsOf";

const SAMPLE = resolve(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");
const DEMO = resolve(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");
/** 第六条第三项's steps: a path whose next step is one of these has reached drafting. */
const DRAFTING = ["draft", "consulted", "request", "govMeeting", "npc", "signing"];
const TODAY = "2026-11-27";
const SUMMARY_SHEET = "2026年度交流总结";

type Handler = (event: { completed: () => void }) => Promise<void> | void;

interface Harness {
  excel: FakeExcel;
  handlers: Map<string, Handler>;
  /** Round trips of each Excel.run, in order. */
  runs: number[];
  dialogs: string[];
  /** `stays`: the dialog is left open and takes messages (messageChild). */
  dialog: { mode: "closes" | "fails" | "throws" | "stays" };
  /** What the function file sent to the dialog. */
  sent: string[];
  /** Resolves when a message says it is the last piece of the last file. */
  fileSent: Promise<void>;
  /** The user presses the dialog's Close. */
  closeDialog: () => void;
}

let bytes: Buffer;
let analysis: Analysis;
/** The sample as the in-memory host holds it, read once: each test's workbook is a copy. */
let sampleState: FakeWorkbookState;

const CLIENTS: { label: string; client?: OfficeClient }[] = [
  { label: "in-memory host" },
  { label: "office.js web client", client: "web" },
  { label: "office.js Windows client", client: "win32" },
];
/** The client the buttons' runs go through in the describe being run. */
let client: OfficeClient | undefined;

beforeAll(async () => {
  bytes = readFileSync(SAMPLE);
  analysis = analyzeWorkbook(await readWorkbookBuffer(bytes), { today: TODAY });
  sampleState = await fakeStateFromXlsx(bytes);
  // The handlers take today from the machine's clock: fix it (Date only; timers stay real).
  jest.useFakeTimers({
    now: new Date(2026, 10, 27, 10, 0, 0),
    doNotFake: [
      "nextTick",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
      "queueMicrotask",
      "hrtime",
      "performance",
    ],
  });
});

afterAll(() => {
  jest.useRealTimers();
});

beforeEach(() => {
  // The handlers log the outcome and Excel's errors; keep the test output readable.
  for (const level of ["info", "warn", "error"] as const) jest.spyOn(console, level).mockImplementation(() => {});
});

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).location;
});

/**
 * The handlers commands.ts registered when it was first loaded. It keeps no state of its own and its
 * handlers read office.js's globals (Office, Excel, location) only when they run, so the module is
 * loaded once for the file (its module tree is most of a load's time) and each test's handlers run
 * against that test's own globals and workbook; the registration test loads it afresh.
 */
let registered: Map<string, Handler> | undefined;

/** Mocks office.js's globals, then loads commands.ts as commands.html would (`fresh`), or takes its handlers. */
async function load(displayLanguage = "zh-CN", state?: FakeWorkbookState, fresh = false): Promise<Harness> {
  const excel = createFakeExcel(state ?? structuredClone(sampleState));
  let fileSent = () => {};
  const h: Harness = {
    excel,
    handlers: new Map(),
    runs: [],
    dialogs: [],
    dialog: { mode: "closes" },
    sent: [],
    fileSent: new Promise<void>((resolve) => (fileSent = resolve)),
    closeDialog: () => {},
  };
  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: jest.fn((callback?: (info: unknown) => void) => {
      callback?.({ host: "Excel", platform: "PC" });
      return Promise.resolve({ host: "Excel", platform: "PC" });
    }),
    actions: { associate: jest.fn((name: string, handler: Handler) => void h.handlers.set(name, handler)) },
    context: {
      displayLanguage,
      requirements: { isSetSupported: jest.fn(() => true) },
      ui: {
        displayDialogAsync: jest.fn((url: string, _options: unknown, callback: (result: unknown) => void) => {
          h.dialogs.push(url);
          if (h.dialog.mode === "throws") throw new Error("dialog API broken");
          if (h.dialog.mode === "fails")
            return callback({ status: "failed", error: { code: 12007, message: "A dialog is already open" } });
          const listeners = new Map<string, (arg: unknown) => void>();
          const dialog = {
            close: jest.fn(),
            addEventHandler: jest.fn((type: string, fn: (arg: unknown) => void) => void listeners.set(type, fn)),
            messageChild: jest.fn((message: string) => {
              h.sent.push(message);
              const part = JSON.parse(message) as { file: number; files: number; index: number; count: number };
              if (part.file === part.files - 1 && part.index === part.count - 1) fileSent();
            }),
          };
          h.closeDialog = () => listeners.get("dialogMessageReceived")?.({ message: "close" });
          callback({ status: "succeeded", value: dialog });
          // The user presses Close at once (unless the dialog stays, to take a file).
          if (h.dialog.mode === "closes")
            queueMicrotask(() => listeners.get("dialogMessageReceived")?.({ message: "close" }));
        }),
      },
    },
  };
  const Excel = {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const before = excel.stats.syncs;
      try {
        return await (client ? realClient(excel, client).run(batch) : excel.run(batch));
      } finally {
        h.runs.push(excel.stats.syncs - before);
      }
    },
  };
  // the function file's own address, which the outcome dialog is opened beside
  Object.assign(globalThis, { Office, Excel, location: { href: "https://localhost:3000/commands.html" } });
  if (fresh || !registered) {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads afresh only what is required inside it
      require("../../src/commands/commands");
    });
    registered ??= new Map(h.handlers);
  } else for (const [name, handler] of registered) h.handlers.set(name, handler);
  return h;
}

async function press(h: Harness, name: RibbonFunction): Promise<jest.Mock> {
  const completed = jest.fn();
  const handler = h.handlers.get(name);
  if (!handler) throw new Error(`${name} is not registered`);
  await handler({ completed });
  return completed;
}

function sheetRows(state: FakeWorkbookState, name: string): unknown[][] {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}: ${state.sheets.map((s) => s.name).join(", ")}`);
  const rows: unknown[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    (rows[r] ??= [])[c] = cell.value;
  }
  return rows;
}

test("Office.onReady registers each ribbon function of the manifest with Office.actions.associate", async () => {
  const h = await load("zh-CN", undefined, true);
  const manifest = readFileSync(resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
  const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(0);
  expect([...h.handlers.keys()].sort()).toEqual([...names].sort());
});

describe.each(CLIENTS)("年度总结 (showYearEndSummary), $label", (mode) => {
  beforeAll(() => {
    client = mode.client;
  });
  afterAll(() => {
    client = undefined;
  });

  test("writes the summary sheet within 3 syncs, shows it, tells the totals, completes once", async () => {
    const h = await load();
    const completed = await press(h, "showYearEndSummary");
    expect(completed).toHaveBeenCalledTimes(1);

    // Writing and showing the sheet are one Excel.run of at most 3 round trips.
    expect(h.runs.length).toBe(1);
    expect(h.runs[0]).toBeLessThanOrEqual(3);
    expect(h.excel.state.activeSheet).toBe(SUMMARY_SHEET);

    const rows = sheetRows(h.excel.state, SUMMARY_SHEET);
    const { partners, totals } = analysis.summary;
    expect(rows[0]?.[0]).toBe("友城");
    expect(rows.slice(1, 1 + partners.length).map((r) => r[0])).toEqual(partners.map((p) => p.partner));
    const totalsRow = rows.find((r) => r[0] === "合计");
    expect(totalsRow?.[1]).toBe(totals.exchanges);
    expect(totalsRow?.[2]).toBe(totals.previousYear);
    expect(totalsRow?.[3]).toBe(totals.leaderVisits);

    // The outcome dialog: outcome.html with the one line, in zh-CN.
    expect(h.dialogs).toHaveLength(1);
    const url = new URL(h.dialogs[0]!);
    expect(url.pathname).toBe("/outcome.html");
    expect(url.searchParams.get("ok")).toBe("1");
    expect(url.searchParams.get("m")).toBe(
      `已生成“${SUMMARY_SHEET}”：${partners.length} 个友城，全年交流 ${totals.exchanges} 次。`,
    );
  });

  test("the dialog offers the year-end report: the .docx arrives in pieces the dialog puts back together", async () => {
    const h = await load();
    h.dialog.mode = "stays";
    // The dialog stays open until the user closes it, and the event completes then.
    const pressed = press(h, "showYearEndSummary");
    await h.fileSent;
    expect(new URL(h.dialogs[0]!).searchParams.get("file")).toBe("1");
    h.closeDialog();
    expect(await pressed).toHaveBeenCalledTimes(1);
    const parts = h.sent.map((m) => JSON.parse(m) as { kind: string; name: string; index: number; data: string });
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    expect(new Set(parts.map((p) => p.name))).toEqual(new Set([`西城区2026年度国内友好城市（区）交流工作总结.docx`]));
    const docx = await docxContent(Buffer.from(parts.map((p) => p.data).join(""), "base64"));
    expect(paragraphs(docx)[0]).toBe("西城区2026年度国内友好城市（区）交流工作总结");
    const table = tableAfter(docx, "表1\u30002026年各友城交流情况")!;
    expect(table.slice(1, -1).map((r) => [r[0], r[1]])).toEqual(
      analysis.summary.partners.map((p) => [p.partner, String(p.exchanges)]),
    );
  });

  test("without DialogApi 1.2 the dialog says where the report is instead", async () => {
    const h = await load();
    const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: jest.Mock } } } })
      .Office;
    office.context.requirements.isSetSupported.mockImplementation((_set: string, version: string) => version !== "1.2");
    await press(h, "showYearEndSummary");
    const url = new URL(h.dialogs[0]!);
    expect(url.searchParams.get("file")).toBeNull();
    expect(url.searchParams.get("m")).toMatch(/请在任务窗格中点击“下载年度总结报告（\.docx）”。$/);
    expect(h.sent).toEqual([]);
  });

  test("in English when Excel's display language is English", async () => {
    const h = await load("en-GB");
    const completed = await press(h, "showYearEndSummary");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(h.excel.state.sheets.map((s) => s.name)).toContain("2026 Summary");
    expect(new URL(h.dialogs[0]!).searchParams.get("m")).toMatch(
      /^“2026 Summary” is written: \d+ partners, \d+ exchanges in the year\.$/,
    );
  });

  test("a cell being edited: nothing written, the user is told why, the event completes once", async () => {
    const h = await load();
    h.excel.inject.setCellEditMode(true);
    const completed = await press(h, "showYearEndSummary");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(h.excel.state.sheets.map((s) => s.name)).not.toContain(SUMMARY_SHEET);
    const url = new URL(h.dialogs[0]!);
    expect(url.searchParams.get("ok")).toBe("0");
    expect(url.searchParams.get("m")).toBe("年度总结未完成：有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。");
  });

  test("a failed sync on each round trip of the write: completes once, tells a message, never a half-written sheet", async () => {
    for (const sync of [1, 2, 3]) {
      const h = await load();
      h.excel.inject.failSync(sync, "GeneralException", { afterOperations: 1 });
      const completed = await press(h, "showYearEndSummary");
      expect(completed).toHaveBeenCalledTimes(1);
      expect(new URL(h.dialogs[0]!).searchParams.get("m")).toBe(
        "年度总结未完成：Excel 正忙，这次没有完成。请稍后重试。",
      );
      expect(h.excel.state.sheets.map((s) => s.name)).not.toContain(SUMMARY_SHEET);
    }
  });

  test("Excel.run itself failing (not Excel's error): completes once with the unexpected-error line", async () => {
    const h = await load();
    (globalThis as unknown as { Excel: { run: () => Promise<never> } }).Excel.run = () =>
      Promise.reject(new TypeError("boom"));
    const completed = await press(h, "showYearEndSummary");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(new URL(h.dialogs[0]!).searchParams.get("m")).toBe(
      "年度总结未完成：加载项出现意外错误（boom）。请重试；如仍失败，请联系维护人员。",
    );
  });

  test("no dialog can be opened (one already open, or the API throws): still completes once", async () => {
    for (const mode of ["fails", "throws"] as const) {
      const h = await load();
      h.dialog.mode = mode;
      const completed = await press(h, "showYearEndSummary");
      expect(completed).toHaveBeenCalledTimes(1);
      expect(h.excel.state.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
    }
  });
});

describe.each(CLIENTS)("写入标注 (writeHighlights), $label", (mode) => {
  beforeAll(() => {
    client = mode.client;
  });
  afterAll(() => {
    client = undefined;
  });

  test("writes the expiry sheet and the register's three colour rules within 3 syncs, completes once", async () => {
    const h = await load();
    const completed = await press(h, "writeHighlights");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(h.runs).toHaveLength(1);
    expect(h.runs[0]).toBeLessThanOrEqual(3);

    const register = analysis.sheets.find((s) => s.role === "register")!;
    const formats = h.excel.state.sheets.find((s) => s.name === register.name)!.conditionalFormats;
    expect(formats.map((f) => /PartnerCities:(\w+)/.exec(f.formula ?? "")?.[1]).sort()).toEqual([
      "expired",
      "expiring",
      "urgent",
    ]);
    expect(formats.every((f) => f.formula?.includes(`N("${HIGHLIGHT_MARKER}:`))).toBe(true);

    const expiry = sheetRows(h.excel.state, "到期提醒");
    const listed = analysis.agreements.filter((a) => a.status !== "terminated");
    expect(expiry.length - 1).toBeGreaterThanOrEqual(listed.filter((a) => a.lastDay).length);

    const count = (s: string) => analysis.agreements.filter((a) => a.status === s).length;
    expect(new URL(h.dialogs[0]!).searchParams.get("m")).toBe(
      `已标注友城名录：已到期 ${count("expired")} 个，90 天内到期 ${count("urgent")} 个，180 天内到期 ${count("expiring")} 个。明细见“到期提醒”。`,
    );
  });

  test("a protected register: nothing half-written, the user reads how to fix it, completes once", async () => {
    const h = await load();
    const register = analysis.sheets.find((s) => s.role === "register")!;
    h.excel.inject.protectSheet(register.name);
    const completed = await press(h, "writeHighlights");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(new URL(h.dialogs[0]!).searchParams.get("m")).toBe(
      "标注未完成：工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试。",
    );
    expect(h.excel.state.sheets.find((s) => s.name === register.name)!.conditionalFormats).toHaveLength(0);
  });

  test("a workbook without a register: told so, completes once", async () => {
    const state: FakeWorkbookState = {
      sheets: [{ ...emptySheet("Sheet1"), cells: { "0,0": { value: "hello" } } }],
      activeSheet: null,
      settings: {},
    };
    const h = await load("zh-CN", state);
    const completed = await press(h, "writeHighlights");
    expect(completed).toHaveBeenCalledTimes(1);
    const url = new URL(h.dialogs[0]!);
    expect(url.searchParams.get("ok")).toBe("0");
    expect(url.searchParams.get("m")).toBe("没有找到友城名录（需要“友城”和“签约日期”两列），未写入标注。");
  });
});

/** What the dialog was sent, put back together file by file, in the order sent. */
function filesSent(h: Harness): { name: string; label: string; bytes: Buffer }[] {
  const parts = h.sent.map(
    (m) => JSON.parse(m) as { file: number; files: number; name: string; label: string; index: number; data: string },
  );
  const files: { name: string; label: string; data: string[] }[] = [];
  for (const p of parts) (files[p.file] ??= { name: p.name, label: p.label, data: [] }).data[p.index] = p.data;
  return files.map((f) => ({ name: f.name, label: f.label, bytes: Buffer.from(f.data.join(""), "base64") }));
}

describe.each(CLIENTS)("起草文稿 (makeDrafts), $label", (mode) => {
  let demo: Buffer;
  let demoAnalysis: Analysis;

  beforeAll(async () => {
    client = mode.client;
    demo = readFileSync(DEMO);
    demoAnalysis = analyzeWorkbook(await readWorkbookBuffer(demo), { today: TODAY });
  });
  afterAll(() => {
    client = undefined;
  });

  test("on the demo workbook: offers each draft in the dialog, each reads back as the draft it names; writes nothing", async () => {
    const h = await load("zh-CN", await fakeStateFromXlsx(demo));
    const before = structuredClone(h.excel.state);
    h.dialog.mode = "stays";
    const pressed = press(h, "makeDrafts");
    await h.fileSent;
    h.closeDialog();
    expect(await pressed).toHaveBeenCalledTimes(1);
    expect(h.excel.state.sheets).toEqual(before.sheets);

    // The one line: how many partners are at drafting and how many renewals are due.
    const atDrafting = demoAnalysis.paths.filter((p) => p.next && DRAFTING.includes(p.next));
    const renewals = demoAnalysis.agreements.filter((a) => a.status === "urgent");
    expect(atDrafting.length).toBeGreaterThan(0);
    expect(renewals.length).toBeGreaterThan(0);
    const url = new URL(h.dialogs[0]!);
    expect([url.pathname, url.searchParams.get("ok"), url.searchParams.get("file")]).toEqual([
      "/outcome.html",
      "1",
      "1",
    ]);
    expect(url.searchParams.get("m")).toBe(
      `已起草文稿：${atDrafting.length} 个已到起草阶段（第六条第三项）的对象各一份请示和协议书，${renewals.length} 份续签协议书。`,
    );

    // A request and an agreement per partner at drafting, a renewal agreement per renewal due.
    const files = filesSent(h);
    const expected = draftsOf(demoAnalysis, "zh-CN");
    expect(files.map((f) => f.name)).toEqual(expected.map((d) => d.fileName));
    expect(files).toHaveLength(2 * atDrafting.length + renewals.length);
    for (const [i, f] of files.entries()) {
      expect(f.label).toBe(`下载“${f.name}”`);
      const text = paragraphs(await docxContent(f.bytes));
      expect(text[0]).toBe(expected[i]!.title);
    }
    const titles = files.map((f) => f.name).join("\n");
    for (const p of atDrafting) {
      expect(titles).toContain(`关于与${p.partner}`);
      expect(titles).toContain(`北京市西城区与${p.partner}`);
    }
    for (const a of renewals) expect(titles).toContain(a.partner);
    const renewal = files.find((f) => f.name.includes(renewals[0]!.partner) && f.name.includes("续签"))!;
    const agreement = paragraphs(await docxContent(renewal.bytes)).join("\n");
    expect(agreement).toContain("一式四份");
  });

  test("nothing to draft: says so, offers no file, completes once", async () => {
    // A register of one agreement years from its end, no candidates: no paperwork is due.
    const state: FakeWorkbookState = {
      sheets: [
        {
          ...emptySheet("友城名录"),
          cells: {
            "0,0": { value: "友城名称" },
            "0,1": { value: "签署日期" },
            "1,0": { value: "上海市黄浦区" },
            "1,1": { value: "2025-05-20" },
          },
        },
      ],
      activeSheet: null,
      settings: {},
    };
    const h = await load("zh-CN", state);
    const completed = await press(h, "makeDrafts");
    expect(completed).toHaveBeenCalledTimes(1);
    const url = new URL(h.dialogs[0]!);
    expect([url.searchParams.get("ok"), url.searchParams.get("file")]).toEqual(["1", null]);
    expect(url.searchParams.get("m")).toBe(
      "没有需要起草的文稿：没有已到起草阶段（第六条第三项）的拟缔结城市或未签署的友城，也没有需要续签的协议。",
    );
    expect(h.sent).toEqual([]);
  });

  test("without DialogApi 1.2 the dialog says where the pane offers the drafts; in English too", async () => {
    for (const [language, ending] of [
      ["zh-CN", "此版本的 Excel 无法在对话框中提供下载，请在任务窗格的“资格评估”中逐份下载。"],
      [
        "en-US",
        "This Excel cannot offer a download in the dialog: download them one by one from the task pane's Eligibility view.",
      ],
    ] as const) {
      const h = await load(language, await fakeStateFromXlsx(demo));
      const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: jest.Mock } } } })
        .Office;
      office.context.requirements.isSetSupported.mockImplementation(
        (_set: string, version: string) => version !== "1.2",
      );
      expect(await press(h, "makeDrafts")).toHaveBeenCalledTimes(1);
      const url = new URL(h.dialogs[0]!);
      expect(url.searchParams.get("file")).toBeNull();
      expect(url.searchParams.get("m")!.endsWith(ending)).toBe(true);
      expect(h.sent).toEqual([]);
    }
  });

  test("Excel refuses the read (a cell being edited): told why, nothing offered, completes once", async () => {
    const h = await load("zh-CN", await fakeStateFromXlsx(demo));
    h.excel.inject.setCellEditMode(true);
    expect(await press(h, "makeDrafts")).toHaveBeenCalledTimes(1);
    const url = new URL(h.dialogs[0]!);
    expect([url.searchParams.get("ok"), url.searchParams.get("file")]).toEqual(["0", null]);
    expect(url.searchParams.get("m")).toBe("文稿未能起草：有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。");
  });
});
