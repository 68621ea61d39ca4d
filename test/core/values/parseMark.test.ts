import { parseMark } from "../../../src/core/values/parseMark";
import type { CellValue } from "../../../src/core/workbook";

describe("parseMark", () => {
  test.each<[CellValue]>([
    ["√"],
    ["✓"],
    ["✔"],
    ["✔\uFE0F"],
    ["☑"],
    ["✅"],
    ["是"],
    ["符合"],
    ["具备"],
    ["满足"],
    ["有"],
    ["Y"],
    ["y"],
    ["Ｙ"],
    ["YES"],
    ["yes"],
    ["Yes"],
    ["ｙｅｓ"],
    ["TRUE"],
    ["true"],
    ["1"],
    ["１"],
    [" 是 "],
    ["\u3000√\u3000"],
    [1],
    [true],
  ])("%p → yes", (value) => {
    expect(parseMark(value)).toBe("yes");
  });

  test.each<[CellValue]>([
    ["×"],
    ["✗"],
    ["✘"],
    ["✕"],
    ["X"],
    ["x"],
    ["Ｘ"],
    ["☒"],
    ["❌"],
    ["否"],
    ["不符合"],
    ["不具备"],
    ["不满足"],
    ["无"],
    ["N"],
    ["n"],
    ["NO"],
    ["no"],
    ["No"],
    ["FALSE"],
    ["false"],
    ["0"],
    ["０"],
    [" 否 "],
    [0],
    [false],
  ])("%p → no", (value) => {
    expect(parseMark(value)).toBe("no");
  });

  test.each<[CellValue]>([
    [null],
    [""],
    ["  "],
    ["待定"],
    ["部分符合"],
    ["基本符合"],
    ["?"],
    ["#N/A"],
    ["2"],
    [2],
    [0.5],
    ["是否"],
  ])("%p → unknown", (value) => {
    expect(parseMark(value)).toBe("unknown");
  });
});
