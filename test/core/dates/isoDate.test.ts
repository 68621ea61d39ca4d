import {
  addDaysIso,
  addYearsClamped,
  daysBetween,
  fromExcelSerial,
  fromLocalDate,
  isoDate,
  toExcelSerial,
  toLocalDate,
  todayIso,
} from "../../../src/core/dates/isoDate";

describe("isoDate", () => {
  test.each([
    [2024, 2, 29, "2024-02-29"],
    [2026, 11, 27, "2026-11-27"],
    [50, 1, 1, "0050-01-01"], // not 1950: a two-digit year stays what it says
    [9999, 12, 31, "9999-12-31"],
  ])("%i-%i-%i is %s", (y, m, d, iso) => expect(isoDate(y, m, d)).toBe(iso));

  test.each([
    [2023, 2, 29],
    [2023, 2, 30],
    [2023, 4, 31],
    [2023, 13, 1],
    [2023, 0, 10],
    [2023, 1, 0],
    [0, 1, 1],
    [10000, 1, 1],
    [2023.5, 1, 1],
    [2023, 1, Number.NaN],
  ])("%s-%s-%s is no day", (y, m, d) => expect(isoDate(y, m, d)).toBeNull());
});

describe("Excel serial numbers (1900 date system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"], // Excel counts a 29 February 1900 that never was
    [45658, "2025-01-01"],
    [46353, "2026-11-27"],
    [2958465, "9999-12-31"],
  ])("%i is %s, and back", (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
    expect(toExcelSerial(iso)).toBe(serial);
  });

  test("the time of day is dropped", () => {
    expect(fromExcelSerial(45658.99)).toBe("2025-01-01");
  });

  test.each([60, 0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("%s is no date", (serial) =>
    expect(fromExcelSerial(serial)).toBeNull(),
  );
});

describe("calendar arithmetic", () => {
  test.each([
    ["2016-04-18", 5, "2021-04-18"],
    ["2020-02-29", 5, "2025-02-28"], // no 29 February in 2025: the 28th
    ["2024-02-29", 4, "2028-02-29"],
    ["2019-12-31", 1, "2020-12-31"],
  ])("%s plus %i years is %s", (start, years, end) => expect(addYearsClamped(start, years)).toBe(end));

  test.each([
    ["2024-02-28", "2024-03-01", 2],
    ["2023-02-28", "2023-03-01", 1],
    ["2026-11-27", "2026-11-27", 0],
    ["2026-11-27", "2026-01-01", -330],
    ["2025-12-31", "2026-01-01", 1],
  ])("from %s to %s: %i days", (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  test.each([
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-11-27", 0, "2026-11-27"],
  ])("%s plus %i days is %s", (iso, days, next) => expect(addDaysIso(iso, days)).toBe(next));
});

describe("days, not instants", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  test.each(["America/New_York", "Europe/Berlin", "Asia/Shanghai", "Pacific/Auckland"])(
    "a day across a daylight-saving change is one day in %s",
    (tz) => {
      process.env.TZ = tz;
      expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2); // New York springs forward on the 8th
      expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // Berlin on the 29th
      expect(daysBetween("2026-04-04", "2026-04-06")).toBe(2); // Auckland falls back on the 5th
      expect(addDaysIso("2026-03-08", 1)).toBe("2026-03-09");
      expect(addDaysIso("2026-10-25", 1)).toBe("2026-10-26");
    },
  );

  test("today is the machine's own date, whatever the hour", () => {
    expect(todayIso(new Date(2026, 10, 27, 0, 0))).toBe("2026-11-27");
    expect(todayIso(new Date(2026, 10, 27, 23, 59))).toBe("2026-11-27");
  });

  test("a local date and back is the same day, years before 100 included", () => {
    for (const iso of ["0050-06-15", "1900-02-28", "2026-11-27"]) expect(fromLocalDate(toLocalDate(iso))).toBe(iso);
  });
});
