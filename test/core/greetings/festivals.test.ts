import { festivalDate } from "../../../src/core/greetings/festivals";
import { DEFAULT_FESTIVALS, FESTIVAL_IDS, festivalIdOf } from "../../../src/core/greetings/festivalIds";

/** Dates from the published calendars (国务院办公厅 holiday notices, almanacs), never from the code. */
describe("festival dates, computed offline", () => {
  test.each([
    ["mid-autumn", 2001, "2001-10-01"],
    ["mid-autumn", 2020, "2020-10-01"],
    ["mid-autumn", 2031, "2031-10-01"],
    ["mid-autumn", 2026, "2026-09-25"],
    ["spring-festival", 2026, "2026-02-17"],
    ["spring-festival", 2027, "2027-02-06"],
    ["spring-festival", 2020, "2020-01-25"],
    ["spring-festival", 2001, "2001-01-24"],
    ["lantern", 2027, "2027-02-20"],
    ["qingming", 2026, "2026-04-05"],
    ["qingming", 2020, "2020-04-04"],
    ["dragon-boat", 2026, "2026-06-19"],
    ["dragon-boat", 2020, "2020-06-25"],
    ["double-ninth", 2026, "2026-10-18"],
    ["new-year", 2027, "2027-01-01"],
    ["new-year", 2000, "2000-01-01"],
    ["national-day", 2026, "2026-10-01"],
    ["national-day", 2049, "2049-10-01"],
  ] as const)("%s %i is %s", (id, year, expected) => {
    expect(festivalDate(id, year)).toBe(expected);
  });

  test("every festival falls in its own Gregorian year and season, 1950–2100", () => {
    const seasons: Record<string, [string, string]> = {
      "spring-festival": ["01-21", "02-20"],
      lantern: ["02-04", "03-06"],
      qingming: ["04-04", "04-06"],
      "dragon-boat": ["05-27", "06-25"],
      "mid-autumn": ["09-07", "10-08"],
      "double-ninth": ["10-01", "11-01"],
    };
    for (let year = 1950; year <= 2100; year++) {
      for (const [id, [from, to]] of Object.entries(seasons)) {
        const date = festivalDate(id as (typeof FESTIVAL_IDS)[number], year)!;
        expect({
          id,
          year,
          inYear: date.slice(0, 4) === String(year),
          inSeason: date.slice(5) >= from && date.slice(5) <= to,
        }).toEqual({
          id,
          year,
          inYear: true,
          inSeason: true,
        });
      }
    }
  });

  test("years the tables cannot hold give null, not an exception", () => {
    expect(festivalDate("spring-festival", 0)).toBeNull();
    expect(festivalDate("new-year", 10000)).toBeNull();
    expect(festivalDate("mid-autumn", 2026.5)).toBeNull();
  });
});

describe("festivals as the settings write them", () => {
  test("the default is 元旦, 春节, 中秋, 国庆", () => {
    expect(DEFAULT_FESTIVALS).toEqual(["new-year", "spring-festival", "mid-autumn", "national-day"]);
  });

  test.each([
    ["春节", "spring-festival"],
    ["新春", "spring-festival"],
    ["Spring Festival", "spring-festival"],
    ["spring-festival", "spring-festival"],
    ["中秋", "mid-autumn"],
    ["中秋节", "mid-autumn"],
    [" 中 秋 ", "mid-autumn"],
    ["国庆", "national-day"],
    ["National Day", "national-day"],
    ["元旦", "new-year"],
    ["New Year's Day", "new-year"],
    ["端午节", "dragon-boat"],
    ["清明", "qingming"],
    ["重阳节", "double-ninth"],
    ["元宵", "lantern"],
  ])("%j is %s", (written, id) => {
    expect(festivalIdOf(written)).toBe(id);
  });

  test.each(["", "圣诞节", "节", "day", "劳动"])("%j is no festival the calendar knows", (written) => {
    expect(festivalIdOf(written)).toBeNull();
  });
});
