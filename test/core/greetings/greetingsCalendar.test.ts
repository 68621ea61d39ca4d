import { greetingsCalendar, type GreetingPartner } from "../../../src/core/greetings/greetingsCalendar";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { book, serial, sheet } from "../../helpers/grid";

/** Calendar arithmetic for expectations, in UTC so that no zone moves a day. */
const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let n = 0;
const tie = (partner: string, signingDate: string | null, extra: Partial<GreetingPartner> = {}): GreetingPartner => ({
  partner,
  signingDate,
  relation: "friendly-city",
  status: "active",
  sheet: "友城名录",
  row: 4 + n++,
  ...extra,
});

const TODAY = "2026-11-27";

describe("the window: due to be sent within windowDays, and not yet past", () => {
  // 60 days from 2026-11-27 is 2027-01-26; with 14 days' lead the latest occasion is 2027-02-09.
  const options = { today: TODAY, windowDays: 60, leadDays: 14, festivals: [] as const };

  test("an occasion whose send-by day is the last day of the window is in; one day later is out", () => {
    expect(plusDays(TODAY, 60)).toBe("2027-01-26");
    const rows = greetingsCalendar([tie("甲区", "2017-02-09"), tie("乙区", "2017-02-10")], options);
    expect(rows.map((r) => [r.partners[0], r.date, r.sendBy])).toEqual([["甲区", "2027-02-09", "2027-01-26"]]);
  });

  test("an occasion today is in; yesterday's is past", () => {
    const rows = greetingsCalendar([tie("甲区", "2020-11-27"), tie("乙区", "2020-11-26")], options);
    expect(rows.map((r) => [r.partners[0], r.date])).toEqual([["甲区", "2026-11-27"]]);
  });

  test("a greeting whose send-by day has passed but whose day has not is still shown (late, not too late)", () => {
    const [row] = greetingsCalendar([tie("甲区", "2021-12-01")], options);
    expect(row).toMatchObject({ date: "2026-12-01", sendBy: "2026-11-17" });
  });

  test("春节 2027-02-06 is 71 days off: beyond 60 days as a day, within them as a day to send", () => {
    expect(plusDays(TODAY, 71)).toBe("2027-02-06");
    const partners = [tie("甲区", null)];
    const withLead = greetingsCalendar(partners, { today: TODAY, festivals: ["spring-festival"] });
    expect(withLead.map((r) => [r.occasion, r.date, r.sendBy])).toEqual([["春节", "2027-02-06", "2027-01-23"]]);
    expect(greetingsCalendar(partners, { today: TODAY, leadDays: 0, festivals: ["spring-festival"] })).toEqual([]);
  });

  test("the window crosses the year: 元旦 of next year on 2026-12-20", () => {
    const rows = greetingsCalendar([tie("甲区", null)], {
      today: "2026-12-20",
      festivals: ["new-year", "national-day"],
    });
    expect(rows.map((r) => r.date)).toEqual(["2027-01-01"]);
  });

  test("a wider window reaches further, a narrower one less", () => {
    const partners = [tie("甲区", null)];
    const dates = (windowDays: number) =>
      greetingsCalendar(partners, { today: "2026-01-01", windowDays, leadDays: 0 }).map((r) => r.date);
    expect(dates(0)).toEqual(["2026-01-01"]);
    expect(dates(60)).toEqual(["2026-01-01", "2026-02-17"]);
    expect(dates(365)).toEqual(["2026-01-01", "2026-02-17", "2026-09-25", "2026-10-01", "2027-01-01"]);
  });
});

describe("whom to greet", () => {
  test("festivals list every partner not terminated, each once, in register order", () => {
    const rows = greetingsCalendar(
      [
        tie("甲区", null),
        tie("乙区", null, { status: "terminated" }),
        tie("丙区", null, { status: "expired" }),
        tie("甲区", null),
        tie(" ", null),
        tie("丁区", null, { status: "unknown" }),
      ],
      { today: "2026-12-01", festivals: ["new-year"] },
    );
    expect(rows).toEqual([
      {
        date: "2027-01-01",
        sendBy: "2026-12-18",
        occasion: "元旦",
        kind: "festival",
        festival: "new-year",
        partners: ["甲区", "丙区", "丁区"],
      },
    ]);
  });

  test("no partner, no festival row", () => {
    expect(greetingsCalendar([tie("乙区", null, { status: "terminated" })], { today: "2026-12-01" })).toEqual([]);
  });

  test("a terminated tie has no anniversary; a tie without a signing date has none either", () => {
    const rows = greetingsCalendar([tie("乙区", "2016-12-20", { status: "terminated" }), tie("丙区", null)], {
      today: TODAY,
      festivals: [],
    });
    expect(rows).toEqual([]);
  });
});

describe("anniversaries", () => {
  test("every tenth is marked, with its years and the register row", () => {
    const a = tie("甲区", "2016-12-20");
    const b = tie("乙区", "2021-12-21");
    const rows = greetingsCalendar([a, b], { today: TODAY, festivals: [] });
    expect(rows).toEqual([
      {
        date: "2026-12-20",
        sendBy: "2026-12-06",
        occasion: "结好10周年",
        kind: "anniversary",
        partners: ["甲区"],
        years: 10,
        tenth: true,
        at: { sheet: a.sheet, row: a.row, column: null },
      },
      {
        date: "2026-12-21",
        sendBy: "2026-12-07",
        occasion: "结好5周年",
        kind: "anniversary",
        partners: ["乙区"],
        years: 5,
        tenth: false,
        at: { sheet: b.sheet, row: b.row, column: null },
      },
    ]);
  });

  test("signed on 29 February: greeted on 28 February in a common year, 29 February in a leap year", () => {
    const partners = [tie("甲区", "2016-02-29")];
    const common = greetingsCalendar(partners, { today: "2027-01-20", festivals: [] });
    expect(common.map((r) => [r.date, r.years])).toEqual([["2027-02-28", 11]]);
    const leap = greetingsCalendar(partners, { today: "2028-01-20", festivals: [] });
    expect(leap.map((r) => [r.date, r.years])).toEqual([["2028-02-29", 12]]);
    const tenth = greetingsCalendar([tie("乙区", "2020-02-29")], { today: "2030-01-20", festivals: [] });
    expect(tenth.map((r) => [r.date, r.years, r.tenth])).toEqual([["2030-02-28", 10, true]]);
  });

  test("other agreements have a signing anniversary, not a 结好 one; English names", () => {
    const partners = [
      tie("甲区", "2025-12-01", { relation: "framework" }),
      tie("乙区", "2004-12-02"),
      tie("丙区", "2024-12-03"),
    ];
    expect(greetingsCalendar(partners, { today: TODAY, festivals: [] }).map((r) => r.occasion)).toEqual([
      "签约1周年",
      "结好22周年",
      "结好2周年",
    ]);
    expect(greetingsCalendar(partners, { today: TODAY, festivals: [], lang: "en-US" }).map((r) => r.occasion)).toEqual([
      "1st anniversary of the agreement",
      "22nd anniversary of friendship",
      "2nd anniversary of friendship",
    ]);
  });

  test("on one day, the festival comes before the anniversaries", () => {
    const rows = greetingsCalendar([tie("甲区", "2020-01-01"), tie("乙区", null)], {
      today: TODAY,
      festivals: ["new-year"],
    });
    expect(rows.map((r) => [r.kind, r.date])).toEqual([
      ["festival", "2027-01-01"],
      ["anniversary", "2027-01-01"],
    ]);
  });
});

describe("from an analysis: its today and settings", () => {
  const register = sheet("友城名录", [
    ["友城名称", "签署日期", "有效期（年）", "状态"],
    ["上海市黄浦区", serial("2016-12-20"), 5, "在册"],
    ["天津市和平区", serial("2017-01-05"), 5, "已终止"],
  ]);
  test("the settings' window, lead days and festivals are used, and options override them", () => {
    const analysis = analyzeWorkbook(book(register), {
      today: TODAY,
      settings: { festivals: ["national-day", "new-year"], greetingWindowDays: 20, greetingLeadDays: 7 },
    });
    expect(greetingsCalendar(analysis).map((r) => [r.occasion, r.date, r.sendBy, r.partners])).toEqual([
      ["结好10周年", "2026-12-20", "2026-12-13", ["上海市黄浦区"]],
    ]);
    expect(greetingsCalendar(analysis, { windowDays: 60 }).map((r) => r.occasion)).toEqual(["结好10周年", "元旦"]);
  });

  test("with a list of agreements, today must be given", () => {
    expect(() => greetingsCalendar([tie("甲区", null)])).toThrow(/today/);
  });
});
