import type { RegisterRecord } from "../../../src/core/records/records";
import type { DateCell } from "../../../src/core/records/rowReader";
import type { TermValue } from "../../../src/core/values/parseTerm";
import { DEFAULT_TERM_YEARS, periodOf, statusOn } from "../../../src/core/terms/period";

const date = (iso: string): DateCell => ({ field: "signingDate", column: 2, value: { kind: "date", date: iso } });
const blank: DateCell = { field: "signingDate", column: 2, value: { kind: "blank" } };
const invalid: DateCell = { field: "signingDate", column: 2, value: { kind: "invalid", text: "待定" } };

/** A register row with only what a period is made of. */
function row(cells: { signing?: DateCell; renewal?: DateCell; end?: DateCell; term?: TermValue }): RegisterRecord {
  return {
    signing: cells.signing ?? blank,
    renewal: cells.renewal ?? blank,
    end: cells.end ?? blank,
    term: cells.term ?? { kind: "blank" },
  } as RegisterRecord;
}

describe("periodOf", () => {
  test("five years from the signing by default, ending on the Civil Code's corresponding day", () => {
    expect(periodOf(row({ signing: date("2016-04-18") }))).toEqual({
      termYears: DEFAULT_TERM_YEARS,
      termStart: "2016-04-18",
      computedLastDay: "2021-04-18",
      lastDay: "2021-04-18",
    });
  });

  test("a renewal starts the term again; the later of the two dates counts, whichever column holds it", () => {
    expect(periodOf(row({ signing: date("2011-05-01"), renewal: date("2016-05-01") })).termStart).toBe("2016-05-01");
    expect(periodOf(row({ signing: date("2016-05-01"), renewal: date("2011-05-01") })).termStart).toBe("2016-05-01");
    expect(periodOf(row({ renewal: date("2016-05-01") })).termStart).toBe("2016-05-01");
  });

  test("the row's own term, in years", () => {
    const p = periodOf(row({ signing: date("2020-02-29"), term: { kind: "years", years: 3 } }));
    expect([p.termYears, p.computedLastDay]).toEqual([3, "2023-02-28"]);
  });

  test("a term that cannot be read counts as the default five years", () => {
    const p = periodOf(row({ signing: date("2020-01-10"), term: { kind: "invalid", text: "长期" } }));
    expect([p.termYears, p.lastDay]).toEqual([5, "2025-01-10"]);
  });

  test("the row's end date is the last day; the computed day is kept beside it (TERM-MISMATCH compares them)", () => {
    const p = periodOf(row({ signing: date("2016-04-18"), end: date("2021-04-17") }));
    expect([p.lastDay, p.computedLastDay]).toEqual(["2021-04-17", "2021-04-18"]);
  });

  test("without a date the term starts from, nothing is worked out, not even from an end date", () => {
    for (const signing of [blank, invalid]) {
      expect(periodOf(row({ signing, end: date("2030-01-01") }))).toEqual({
        termYears: 5,
        termStart: null,
        computedLastDay: null,
        lastDay: null,
      });
    }
  });
});

describe("statusOn", () => {
  const settings = { urgentDays: 90, expiringDays: 180 };
  const last = "2026-12-31";

  test.each([
    ["2027-01-01", "expired"], // the day after the last day
    ["2026-12-31", "urgent"], // 0 days left: still valid that day
    ["2026-10-02", "urgent"], // 90 days left
    ["2026-10-01", "expiring"], // 91
    ["2026-07-04", "expiring"], // 180
    ["2026-07-03", "active"], // 181
  ])("on %s: %s", (day, status) => expect(statusOn(false, last, day, settings)).toBe(status));

  test("the thresholds are the settings'", () => {
    expect(statusOn(false, last, "2026-12-01", { urgentDays: 10, expiringDays: 30 })).toBe("expiring");
    expect(statusOn(false, last, "2026-11-01", { urgentDays: 10, expiringDays: 30 })).toBe("active");
  });

  test("a terminated agreement is terminated whatever its dates; one without a last day is unknown", () => {
    expect(statusOn(true, "2020-01-01", "2026-11-27", settings)).toBe("terminated");
    expect(statusOn(true, null, "2026-11-27", settings)).toBe("terminated");
    expect(statusOn(false, null, "2026-11-27", settings)).toBe("unknown");
  });
});
