import { type TermValue, parseTerm } from "../../../src/core/values/parseTerm";
import type { CellValue } from "../../../src/core/workbook";

const years = (n: number): TermValue => ({ kind: "years", years: n });
const invalid = (text: string): TermValue => ({ kind: "invalid", text });

describe("parseTerm", () => {
  test.each<[CellValue]>([[null], [""], ["  "], ["\u3000"]])("%p is blank", (value) => {
    expect(parseTerm(value)).toEqual({ kind: "blank" });
  });

  test.each<[CellValue, number]>([
    [5, 5],
    [1, 1],
    [10, 10],
    [99, 99],
    ["5", 5],
    ["5年", 5],
    ["5 年", 5],
    [" 5年 ", 5],
    ["5\u3000年", 5],
    ["五年", 5],
    ["五", 5],
    ["５年", 5],
    ["５", 5],
    ["5年期", 5],
    ["五年期", 5],
    ["两年", 2],
    ["二年", 2],
    ["三年", 3],
    ["十年", 10],
    ["十五年", 15],
    ["二十年", 20],
    ["伍年", 5],
    ["05", 5],
    ["5 years", 5],
    ["1 Year", 1],
  ])("%p → %p years", (value, expected) => {
    expect(parseTerm(value)).toEqual(years(expected));
  });

  test.each<[CellValue, string]>([
    [5.5, "5.5"],
    [0, "0"],
    [-1, "-1"],
    [100, "100"],
    ["5.5", "5.5"],
    ["5.5年", "5.5年"],
    ["0", "0"],
    ["0年", "0年"],
    ["零年", "零年"],
    ["-1", "-1"],
    ["100", "100"],
    ["长期", "长期"],
    ["长期有效", "长期有效"],
    ["五年以上", "五年以上"],
    ["五周年", "五周年"],
    ["约5年", "约5年"],
    ["二三年", "二三年"],
    ["5-10年", "5-10年"],
    ["待定", "待定"],
    ["#N/A", "#N/A"],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("%p is invalid", (value, text) => {
    expect(parseTerm(value)).toEqual(invalid(text));
  });
});
