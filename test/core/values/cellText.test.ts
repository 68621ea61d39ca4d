import { cellText } from "../../../src/core/text/cellText";
import type { CellValue } from "../../../src/core/workbook";

describe("cellText", () => {
  test.each<[CellValue, string]>([
    [null, ""],
    ["", ""],
    ["  待定  ", "待定"],
    ["\u3000协商中\u3000", "协商中"],
    ["\u200B#N/A\n", "#N/A"],
    ["上海市 黄浦区", "上海市 黄浦区"],
    ["ＡＢＣ", "ＡＢＣ"],
    [42, "42"],
    [43831.75, "43831.75"],
    [0, "0"],
    [-1, "-1"],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("%p → %p", (input, expected) => {
    expect(cellText(input)).toBe(expected);
  });
});
