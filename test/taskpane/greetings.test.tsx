/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./jsdomGlobals";
import { act, screen, waitFor, within } from "@testing-library/react";
import ICAL from "ical.js";
import axe from "axe-core";
import { calendarEvents, calendarInputOf } from "../../src/core/greetings/calendarIcs";
import { greetingsCalendar } from "../../src/core/greetings/greetingsCalendar";
import { eventsToAnswer } from "../../src/core/letters/eventsToAnswer";
import { addressee } from "../../src/core/letters/addressee";
import { DOCX_MIME } from "../../src/core/letters/letterDocx";
import { SETTINGS_KEY } from "../../src/core/storedSettings";
import type { Analysis } from "../../src/core/model";
import type { FakeWorkbookState } from "../../src/excel-fake";
import { demoWorkbookState, expectedAnalysis, openPane, sheetNames, openTab } from "./pane";

/**
 * The 节日问候 view on the in-memory host with the demo workbook, today 2026-11-27: the calendar
 * and the events as the core computes them, draft letters, the two downloads (Blob + object URL +
 * <a download>, caught here), the sheet, and the settings that drive them.
 */
const SCRIPT = "<img src=x onerror=alert(1)>";
const LETTER_DATE = "2026年11月27日";

/** Whom a festival greets: every register partner not terminated, in register order. */
const livePartners = (a: Analysis) => [
  ...new Set(a.agreements.filter((x) => x.status !== "terminated" && x.partner.trim() !== "").map((x) => x.partner)),
];

interface Download {
  blob: Blob;
  name: string;
  href: string;
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
  // No navigation in jsdom: the click is caught, with what the link offers.
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    downloads.push({ blob: made.get(this.href)!, name: this.download, href: this.href });
  });
});

afterEach(() => jest.restoreAllMocks());

function read(blob: Blob, as: "text"): Promise<string>;
function read(blob: Blob, as: "bytes"): Promise<Uint8Array>;
function read(blob: Blob, as: "text" | "bytes"): Promise<string | Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(as === "text" ? (reader.result as string) : new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    if (as === "text") reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

async function openGreetings(options: { state?: FakeWorkbookState; lang?: "zh-CN" | "en-US" } = {}) {
  const pane = await openPane(options);
  await openTab(pane.user, options.lang === "en-US" ? "Greetings" : "节日问候");
  const calendar = await screen.findByRole("table", {
    name: options.lang === "en-US" ? "Greetings calendar" : "问候日历",
  });
  return { ...pane, calendar };
}

const rowOf = (buttonName: string | RegExp) => screen.getByRole("button", { name: buttonName }).closest("tr")!;
const draftText = () => (screen.getByRole("textbox", { name: /草稿全文|The draft/ }) as HTMLTextAreaElement).value;

describe("the greetings view", () => {
  test("the calendar lists 元旦 2027-01-01 and 春节 2027-02-06 with the partners not terminated, and every row the core computes", async () => {
    const expected = await expectedAnalysis();
    const partners = livePartners(expected);
    expect(partners.length).toBeGreaterThan(5);
    expect(expected.agreements.some((a) => a.status === "terminated")).toBe(true);
    const { calendar } = await openGreetings();

    const newYear = rowOf("元旦（2027-01-01）：起草信函");
    const spring = rowOf("春节（2027-02-06）：起草信函");
    for (const [row, date, sendBy] of [
      [newYear, "2027-01-01", "2026-12-18"],
      [spring, "2027-02-06", "2027-01-23"],
    ] as const) {
      const cells = within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent);
      expect(cells[0]).toBe(date);
      expect(cells[1]).toBe(sendBy);
      expect(cells).toContain("节日");
      expect(within(row).getByText(`${partners.length} 个友城`)).toBeTruthy();
      expect(row.querySelector("details")!.textContent).toBe(`${partners.length} 个友城${partners.join("、")}`);
    }
    const terminated = expected.agreements.find((a) => a.status === "terminated")!.partner;
    expect(newYear.textContent).not.toContain(terminated);

    // Row for row what the core computes (anniversaries too), in its order.
    const core = greetingsCalendar(expected, { lang: "zh-CN" });
    const shown = within(calendar)
      .getAllByRole("row")
      .slice(1)
      .map(
        (tr) => within(tr).getAllByRole("cell")[0]!.textContent + " " + within(tr).getByRole("rowheader").textContent,
      );
    expect(shown).toEqual(core.map((g) => `${g.date} ${g.occasion}`));
  });

  test("the events to answer, oldest first with the letter that fits; picking one drafts its letter with the addressee and today's date", async () => {
    const events = eventsToAnswer(await expectedAnalysis());
    expect(events.length).toBeGreaterThan(0);
    const { user } = await openGreetings();
    const table = screen.getByRole("table", { name: "待回应的重大事项（第十一条）" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]!.textContent)).toEqual(events.map((e) => e.partner));
    expect(rows.map((r) => within(r).getAllByRole("cell")[2]!.textContent)).toEqual(
      events.map((e) => (e.letterKind === "condolence" ? "慰问函" : "贺信")),
    );

    expect(screen.getByText("选中一条问候或事项即可起草信函。")).toBeTruthy();
    for (const event of events) {
      const pick = screen.getByRole("button", {
        name: `${event.eventType || event.occasion}（${event.partner}）：起草信函`,
      });
      await user.click(pick);
      expect(pick.getAttribute("aria-pressed")).toBe("true");
      const text = draftText();
      expect(text).toContain(`${addressee(event.partner, "zh-CN")}：`);
      expect(text).toContain(event.occasion);
      expect(text.trimEnd().endsWith(LETTER_DATE)).toBe(true);
      expect(text.startsWith(event.letterKind === "condolence" ? "慰问函" : "贺信")).toBe(true);
    }
  });

  test("a festival's letter goes to the partner chosen; Copy puts the text on the clipboard, or selects it when the clipboard refuses", async () => {
    const partners = livePartners(await expectedAnalysis());
    const { user } = await openGreetings();
    await user.click(screen.getByRole("button", { name: "春节（2027-02-06）：起草信函" }));
    expect(draftText()).toContain(`${addressee(partners[0]!, "zh-CN")}：`);
    const last = partners[partners.length - 1]!;
    await user.selectOptions(screen.getByRole("combobox", { name: "收信友城" }), last);
    const text = draftText();
    expect(text).toContain(`${addressee(last, "zh-CN")}：`);
    expect(text).toContain("春节");
    expect(text).toContain(LETTER_DATE);

    await user.click(screen.getByRole("button", { name: "复制全文" }));
    expect(await screen.findByText("已复制到剪贴板。")).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(text);

    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    await user.click(screen.getByRole("button", { name: "复制全文" }));
    expect(await screen.findByText(/^无法直接复制：已选中全文/)).toBeTruthy();
    const area = screen.getByRole("textbox", { name: /草稿全文/ }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, text.length]);
    expect(area.readOnly).toBe(true);
  });

  test("Download .docx: a Blob of the docx type, a Word file (zip) named after the letter, through a temporary link", async () => {
    const { user } = await openGreetings();
    await user.click(screen.getByRole("button", { name: "元旦（2027-01-01）：起草信函" }));
    await user.click(screen.getByRole("button", { name: "下载 Word 文档（.docx）" }));
    await screen.findByText(/^已生成“.*\.docx”。$/);
    expect(downloads).toHaveLength(1);
    const [{ blob, name, href }] = downloads as [Download];
    expect(blob.type).toBe(DOCX_MIME);
    expect(name).toMatch(/^贺信-.+-2026年11月27日\.docx$/);
    expect(href).toMatch(/^blob:/);
    const bytes = await read(blob, "bytes");
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    expect(document.querySelector("a[download]")).toBeNull();
  });

  test("Download calendar (.ics): text that ical.js parses into the core's entries (greetings and renewal reminders)", async () => {
    const expected = calendarEvents(calendarInputOf(await expectedAnalysis(), "zh-CN"));
    const { user } = await openGreetings();
    await user.click(screen.getByRole("button", { name: "下载日历文件（.ics）" }));
    await screen.findByText(`已生成“友城工作提醒-2026-11-27.ics”：${expected.length} 条提醒，可导入 Outlook。`);
    const [{ blob, name }] = downloads as [Download];
    expect(name).toBe("友城工作提醒-2026-11-27.ics");
    expect(blob.type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await read(blob, "text")));
    const parsed = calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, date: e.startDate.toString(), summary: e.summary };
    });
    expect(parsed).toEqual(expected.map((e) => ({ uid: e.uid, date: e.date, summary: e.summary })));
    expect(parsed.some((e) => e.summary.includes("春节"))).toBe(true);
    expect(parsed.some((e) => e.summary.startsWith("续签提醒"))).toBe(true);
  });

  test("Write the 节日问候 sheet: the sheet is in the workbook, and the pane says so", async () => {
    const rows = greetingsCalendar(await expectedAnalysis(), { lang: "zh-CN" });
    const { excel, user } = await openGreetings();
    expect(sheetNames(excel)).not.toContain("节日问候");
    await user.click(screen.getByRole("button", { name: "写入“节日问候”工作表" }));
    expect(await screen.findByText(`已写入“节日问候”工作表（${rows.length} 条问候）`)).toBeTruthy();
    expect(sheetNames(excel)).toContain("节日问候");
  });

  test("a partner named like HTML is text in the calendar and in the draft, never an element", async () => {
    const state = await demoWorkbookState();
    const expected = await expectedAnalysis();
    const live = expected.agreements.find((a) => a.status === "active")!;
    const sheet = state.sheets.find((s) => s.name === live.sheet)!;
    const key = Object.keys(sheet.cells).find(
      (k) => k.startsWith(`${live.row - 1},`) && sheet.cells[k]!.value === live.partner,
    )!;
    sheet.cells[key] = { value: SCRIPT };

    const { user } = await openGreetings({ state });
    const newYear = rowOf("元旦（2027-01-01）：起草信函");
    expect(newYear.querySelector("details")!.textContent).toContain(SCRIPT);
    await user.click(screen.getByRole("button", { name: "元旦（2027-01-01）：起草信函" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "收信友城" }), SCRIPT);
    expect(draftText()).toContain(`${SCRIPT}人民政府：`);
    expect(screen.getByText(`元旦 · ${SCRIPT}`)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.innerHTML).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  test("an event whose type tells neither letter: the pane asks for the kind of letter, then drafts it", async () => {
    const state = await demoWorkbookState();
    const [first] = eventsToAnswer(await expectedAnalysis());
    const sheet = state.sheets.find((s) => s.name === first!.at.sheet)!;
    const key = Object.keys(sheet.cells).find(
      (k) => k.startsWith(`${first!.at.row - 1},`) && sheet.cells[k]!.value === first!.eventType,
    )!;
    sheet.cells[key] = { value: "其他" };

    const { user } = await openGreetings({ state });
    // The event's type now reads 其他, and the button shows (and is named by) what it shows.
    const pick = screen.getByRole("button", { name: `其他（${first!.partner}）：起草信函` });
    expect(within(pick.closest("tr")!).getAllByRole("cell")[2]!.textContent).toBe("请选择");
    await user.click(pick);
    expect(screen.queryByRole("textbox", { name: /草稿全文/ })).toBeNull();
    const picker = screen.getByRole("combobox", { name: "信函类型" });
    await user.selectOptions(picker, "disaster");
    expect(draftText().startsWith("慰问函")).toBe(true);
    expect(draftText()).toContain(first!.occasion);
  });

  test("a tenth anniversary is marked ★", async () => {
    const state = await demoWorkbookState();
    const expected = await expectedAnalysis();
    const live = expected.agreements.find((a) => a.status === "active" && a.relation === "friendly-city")!;
    const sheet = state.sheets.find((s) => s.name === live.sheet)!;
    const serial =
      sheet.cells[
        Object.keys(sheet.cells).find(
          (k) => k.startsWith(`${live.row - 1},`) && sheet.cells[k]!.value === excelSerial(live.signingDate!),
        )!
      ]!;
    serial.value = excelSerial("2016-12-10");

    await openGreetings({ state });
    const row = rowOf(`结好10周年（2026-12-10） ${live.partner}：起草信函`);
    // Drawn as ★, read out as 逢十周年.
    expect(within(row).getByText("★").getAttribute("aria-hidden")).toBe("true");
    expect(within(row).getByText("逢十周年")).toBeTruthy();
    expect(screen.getAllByText("★")).toHaveLength(1);
  });

  test("no serious or critical axe violation on the view with a draft open", async () => {
    const { user } = await openGreetings();
    await user.click(screen.getByRole("button", { name: "春节（2027-02-06）：起草信函" }));
    let results!: axe.AxeResults;
    await act(async () => {
      results = await axe.run(document.body, {
        resultTypes: ["violations"],
        rules: { "color-contrast": { enabled: false } },
      });
    });
    expect(
      results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);
  });

  test("en-US: the festivals and the letter in English", async () => {
    const partners = livePartners(await expectedAnalysis());
    const { user } = await openGreetings({ lang: "en-US" });
    await user.click(screen.getByRole("button", { name: "Spring Festival (2027-02-06): draft a letter" }));
    expect(screen.getByRole("button", { name: "New Year's Day (2027-01-01): draft a letter" })).toBeTruthy();
    const text = draftText();
    expect(text).toContain(`${addressee(partners[0]!, "en-US")}:`);
    expect(text.trimEnd().endsWith("November 27, 2026")).toBe(true);
  });
});

describe("the greetings settings", () => {
  test("window, lead days, festivals, sender and a template: saved as the core reads them, and the view follows", async () => {
    const { excel, user } = await openPane();
    await openTab(user, "设置");
    const windowDays = screen.getByRole("textbox", { name: "问候日历：列出多少天内应寄出的问候" });
    expect(windowDays).toHaveProperty("value", "60");
    await user.clear(windowDays);
    await user.type(windowDays, "45");
    await user.click(screen.getByRole("checkbox", { name: "春节" }));
    await user.click(screen.getByRole("checkbox", { name: "端午节" }));
    await user.type(
      screen.getByRole("textbox", { name: "落款（中文（简体）信函）" }),
      "北京市西城区人民政府外事办公室",
    );
    const body = (await screen.findByRole("textbox", { name: "正文" })) as HTMLTextAreaElement;
    expect(body.value).toContain("{occasion}");
    await user.clear(body);
    await user.type(body, "值此{{occasion}来临之际，谨致问候。");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    await screen.findByText("设置已保存到工作簿，并已按新设置重新检查");

    const saved = JSON.parse(String(excel.state.settings[SETTINGS_KEY])) as Record<string, unknown>;
    expect(saved).toMatchObject({
      greetingWindowDays: 45,
      festivals: ["new-year", "dragon-boat", "mid-autumn", "national-day"],
      letterSender: { "zh-CN": "北京市西城区人民政府外事办公室" },
      letterTemplates: { "zh-CN": { festival: { title: "贺信", body: "值此{occasion}来临之际，谨致问候。" } } },
    });
    expect(saved).not.toHaveProperty("greetingLeadDays");

    await openTab(user, "节日问候");
    await screen.findByRole("table", { name: "问候日历" });
    expect(screen.queryByRole("button", { name: /春节/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "元旦（2027-01-01）：起草信函" }));
    const text = draftText();
    expect(text).toContain("\u3000\u3000值此元旦来临之际，谨致问候。");
    expect(text).toContain("北京市西城区人民政府外事办公室\n2026年11月27日");
  });

  test("a blank template body is refused, shown and focused; restoring the built-in one stores nothing", async () => {
    const { excel, user } = await openPane();
    await openTab(user, "设置");
    await user.selectOptions(screen.getByRole("combobox", { name: "模板" }), "disaster");
    await user.selectOptions(screen.getByRole("combobox", { name: "模板" }), "festival");
    const body = await screen.findByRole("textbox", { name: "正文" });
    await user.clear(body);
    await user.selectOptions(screen.getByRole("combobox", { name: "模板" }), "disaster");
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    expect(await screen.findByText("正文不能为空；如不需要修改，请恢复内置模板")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "模板" })).toHaveProperty("value", "festival");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "正文" })));
    expect(excel.state.settings[SETTINGS_KEY]).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "恢复内置模板" }));
    await user.click(screen.getByRole("button", { name: "保存设置并重新检查" }));
    await screen.findByText("设置已保存到工作簿，并已按新设置重新检查");
    expect(JSON.parse(String(excel.state.settings[SETTINGS_KEY]))).toEqual({ today: null, year: null });
  });
});

/** An ISO day as the Excel serial the demo workbook stores dates as. */
function excelSerial(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) -
      Date.UTC(1899, 11, 30)) /
      86_400_000,
  );
}
