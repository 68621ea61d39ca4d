import { renewalReminders } from "../../../src/core/greetings/renewalReminders";
import type { Agreement } from "../../../src/core/model";

const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let row = 4;
const agreement = (partner: string, lastDay: string | null, status: Agreement["status"] = "active"): Agreement => ({
  sheet: "友城名录",
  row: row++,
  column: null,
  partner,
  relation: "friendly-city",
  termYears: 5,
  termStart: null,
  lastDay,
  computedLastDay: lastDay,
  daysLeft: null,
  status,
  signingDate: null,
});

const TODAY = "2026-11-27";
const options = { today: TODAY, urgentDays: 90, expiringDays: 180 };

test("two reminders per agreement: last day − 180 days (TERM-EXPIRING) and − 90 days (TERM-URGENT)", () => {
  const a = agreement("甲区", "2027-06-01");
  expect(renewalReminders([a], options)).toEqual([
    {
      date: plusDays("2027-06-01", -180),
      partner: "甲区",
      lastDay: "2027-06-01",
      rule: "TERM-EXPIRING",
      sheet: a.sheet,
      row: a.row,
    },
    {
      date: plusDays("2027-06-01", -90),
      partner: "甲区",
      lastDay: "2027-06-01",
      rule: "TERM-URGENT",
      sheet: a.sheet,
      row: a.row,
    },
  ]);
  expect(plusDays("2027-06-01", -180)).toBe("2026-12-03");
});

test("only reminders from today on: one already past is left out, one today is kept", () => {
  const urgentOnly = agreement("甲区", "2027-03-15", "expiring"); // −180 = 2026-09-16, past
  const today = agreement("乙区", plusDays(TODAY, 90), "urgent"); // −90 = today
  const result = renewalReminders([urgentOnly, today], options).map((r) => [r.partner, r.rule, r.date]);
  expect(result).toEqual([
    ["乙区", "TERM-URGENT", TODAY],
    ["甲区", "TERM-URGENT", "2026-12-15"],
  ]);
});

test("none for terminated agreements, unknown ones, or those already ended", () => {
  const list = [
    agreement("甲区", "2028-06-01", "terminated"),
    agreement("乙区", null, "unknown"),
    agreement("丙区", "2026-09-28", "expired"),
  ];
  expect(renewalReminders(list, options)).toEqual([]);
});

test("the lead times are the settings'", () => {
  const [first] = renewalReminders([agreement("甲区", "2028-01-01")], {
    today: TODAY,
    urgentDays: 30,
    expiringDays: 60,
  });
  expect(first).toMatchObject({ date: plusDays("2028-01-01", -60), rule: "TERM-EXPIRING" });
});

test("soonest first", () => {
  const dates = renewalReminders([agreement("甲区", "2029-01-01"), agreement("乙区", "2027-09-01")], options).map(
    (r) => r.date,
  );
  expect(dates).toEqual([...dates].sort());
  expect(dates).toHaveLength(4);
});
