import ICAL from "ical.js";
import {
  calendarEvents,
  calendarIcs,
  calendarInputOf,
  type CalendarInput,
} from "../../../src/core/greetings/calendarIcs";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { book, serial, sheet } from "../../helpers/grid";
import type { GreetingRow } from "../../../src/core/greetings/greetingsCalendar";
import type { RenewalReminder } from "../../../src/core/greetings/renewalReminders";

const TODAY = "2026-11-27";
const reminders: RenewalReminder[] = [
  {
    date: "2026-12-15",
    partner: "重庆市渝中区",
    lastDay: "2027-03-15",
    rule: "TERM-URGENT",
    sheet: "友城名录",
    row: 6,
  },
  {
    date: "2027-01-02",
    partner: "拉萨市城关区",
    lastDay: "2027-07-01",
    rule: "TERM-EXPIRING",
    sheet: "友城名录",
    row: 16,
  },
];
const greetings: GreetingRow[] = [
  {
    date: "2027-01-01",
    sendBy: "2026-12-18",
    occasion: "元旦",
    kind: "festival",
    festival: "new-year",
    partners: ["上海市黄浦区", "重庆市渝中区"],
  },
  {
    date: "2027-02-06",
    sendBy: "2027-01-23",
    occasion: "春节",
    kind: "festival",
    festival: "spring-festival",
    partners: ["上海市黄浦区", "重庆市渝中区"],
  },
  // Late: its send-by day has passed, so its entry is today.
  {
    date: "2026-12-01",
    sendBy: "2026-11-17",
    occasion: "结好10周年",
    kind: "anniversary",
    partners: ["西安市碑林区"],
    years: 10,
    tenth: true,
  },
];
const input: CalendarInput = { reminders, greetings, today: TODAY };

interface Parsed {
  uid: string;
  date: string;
  isDate: boolean;
  end: string;
  summary: string;
  description: string;
}

function parse(ics: string): { events: Parsed[]; calendar: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      date: e.startDate.toString(),
      isDate: e.startDate.isDate,
      end: e.endDate.toString(),
      summary: e.summary,
      description: e.description,
    };
  });
  return { events, calendar };
}

describe("the .ics file parses back (ical.js) to the same events", () => {
  test("summary, all-day date and description of every event", () => {
    const { events } = parse(calendarIcs(input));
    expect(events.map(({ uid, date, summary, description }) => ({ uid, date, summary, description }))).toEqual(
      calendarEvents(input),
    );
    expect(events).toHaveLength(5);
    for (const e of events) {
      expect(e.isDate).toBe(true);
      const next = new Date(Date.parse(`${e.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(e.end).toBe(next);
    }
  });

  test("reminders on their day, with the partner, the last day and 第七条第五项", () => {
    const { events } = parse(calendarIcs(input));
    for (const r of reminders) {
      const e = events.find((x) => x.date === r.date && x.summary.includes(r.partner));
      expect(e).toBeDefined();
      expect(e!.description).toContain(r.partner);
      expect(e!.description).toContain("第七条第五项");
      expect(e!.description).toContain(r.rule);
    }
    expect(events.find((x) => x.date === "2026-12-15")!.summary).toBe(
      "续签提醒（紧急）：重庆市渝中区（2027年3月15日到期）",
    );
  });

  test("greetings on their send-by day (today when that has passed), with every partner and 第十一条", () => {
    const { events } = parse(calendarIcs(input));
    const spring = events.find((x) => x.summary.includes("春节"))!;
    expect(spring.date).toBe("2027-01-23");
    expect(spring.summary).toBe("发函问候：春节（2027年2月6日）");
    for (const p of greetings[1].partners) expect(spring.description).toContain(p);
    expect(spring.description).toContain("第十一条");
    const late = events.find((x) => x.summary.includes("结好10周年"))!;
    expect(late.date).toBe(TODAY);
    expect(late.summary).toContain("西安市碑林区");
  });

  test("all-day dates in the Shanghai calendar: no time, no zone on DTSTART, X-WR-TIMEZONE set", () => {
    const ics = calendarIcs(input);
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Asia/Shanghai");
    const starts = ics.split("\r\n").filter((l) => l.startsWith("DTSTART"));
    expect(starts).toHaveLength(5);
    for (const l of starts) expect(l).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
  });

  test("English", () => {
    const { events } = parse(calendarIcs({ ...input, lang: "en-US" }));
    expect(events.find((x) => x.date === "2027-01-23")!.summary).toBe("Send greetings: 春节 (February 6, 2027)");
    expect(events.find((x) => x.date === "2026-12-15")!.summary).toBe(
      "Renewal reminder (urgent): 重庆市渝中区 (ends March 15, 2027)",
    );
  });
});

describe("same input, same file: re-importing updates instead of doubling", () => {
  afterEach(() => jest.useRealTimers());

  test("the file does not depend on the clock", () => {
    jest.useFakeTimers({ now: new Date("2026-11-27T08:00:00Z") });
    const first = calendarIcs(input);
    jest.setSystemTime(new Date("2031-05-01T23:59:00Z"));
    expect(calendarIcs(input)).toBe(first);
  });

  test("UIDs are unique, and stay when the festival's partners change or a late greeting moves", () => {
    const uids = calendarEvents(input).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const changed: CalendarInput = {
      ...input,
      today: "2026-11-28",
      greetings: greetings.map((g) =>
        g.kind === "festival" ? { ...g, partners: [...g.partners, "杭州市上城区"] } : g,
      ),
    };
    expect(
      calendarEvents(changed)
        .map((e) => e.uid)
        .sort(),
    ).toEqual([...uids].sort());
  });

  test("a different occasion or partner gets a different UID", () => {
    const base = calendarEvents({ reminders: [reminders[0]], greetings: [], today: TODAY })[0].uid;
    const other = calendarEvents({
      reminders: [{ ...reminders[0], partner: "广州市越秀区" }],
      greetings: [],
      today: TODAY,
    })[0].uid;
    const laterTerm = calendarEvents({
      reminders: [{ ...reminders[0], lastDay: "2032-03-15" }],
      greetings: [],
      today: TODAY,
    })[0].uid;
    expect(new Set([base, other, laterTerm]).size).toBe(3);
  });

  test("an empty calendar is still a calendar", () => {
    const { events, calendar } = parse(calendarIcs({ reminders: [], greetings: [], today: TODAY }));
    expect(events).toEqual([]);
    expect(calendar.name).toBe("vcalendar");
  });
});

test("an analysis's calendar: its reminders and the greetings of its window", () => {
  const register = sheet("友城名录", [
    ["友城名称", "签署日期", "有效期（年）"],
    ["重庆市渝中区", serial("2022-03-15"), 5],
  ]);
  const input = calendarInputOf(analyzeWorkbook(book(register), { today: TODAY }), "zh-CN");
  expect(input.reminders.map((r) => [r.date, r.rule])).toEqual([["2026-12-15", "TERM-URGENT"]]);
  expect(input.greetings.map((g) => g.occasion)).toEqual(["元旦", "春节"]);
  expect(input.today).toBe(TODAY);
});
