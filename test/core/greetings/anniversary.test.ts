import { anniversaryIn, isTenth } from "../../../src/core/greetings/anniversary";

describe("anniversaries of the signing day", () => {
  test("the same month and day, with the years since signing", () => {
    expect(anniversaryIn("2016-10-18", 2026)).toEqual({ date: "2026-10-18", years: 10 });
    expect(anniversaryIn("2022-01-20", 2027)).toEqual({ date: "2027-01-20", years: 5 });
  });

  test("signed on 29 February: 28 February in common years, 29 February in leap years", () => {
    expect(anniversaryIn("2020-02-29", 2021)).toEqual({ date: "2021-02-28", years: 1 });
    expect(anniversaryIn("2020-02-29", 2023)).toEqual({ date: "2023-02-28", years: 3 });
    expect(anniversaryIn("2020-02-29", 2024)).toEqual({ date: "2024-02-29", years: 4 });
    expect(anniversaryIn("2020-02-29", 2030)).toEqual({ date: "2030-02-28", years: 10 });
    // 2100 is not a leap year (divisible by 100, not by 400).
    expect(anniversaryIn("2096-02-29", 2100)).toEqual({ date: "2100-02-28", years: 4 });
  });

  test("no anniversary in the signing year or before it", () => {
    expect(anniversaryIn("2024-11-20", 2024)).toBeNull();
    expect(anniversaryIn("2024-11-20", 2023)).toBeNull();
  });

  test("every tenth anniversary is marked, and only those", () => {
    expect([10, 20, 30, 100].map(isTenth)).toEqual([true, true, true, true]);
    expect([0, 1, 5, 9, 11, 15, 25].map(isTenth)).toEqual([false, false, false, false, false, false, false]);
  });
});
