import { DEFAULT_LEVEL_TABLE, type LevelClass, type LevelTable, levelClass } from "../../../src/core/values/parseLevel";
import type { CellValue } from "../../../src/core/workbook";

describe("levelClass with the default table", () => {
  test.each<[CellValue, LevelClass]>([
    // corresponding
    ["地级市", "corresponding"],
    ["自治州", "corresponding"],
    ["地区", "corresponding"],
    ["盟", "corresponding"],
    ["直辖市市辖区", "corresponding"],
    ["副省级城市市辖区", "corresponding"],
    // higher
    ["省", "higher"],
    ["自治区", "higher"],
    ["直辖市", "higher"],
    ["副省级城市", "higher"],
    // lower
    ["地级市市辖区", "lower"],
    ["县级市", "lower"],
    ["县", "lower"],
    ["自治县", "lower"],
    ["旗", "lower"],
    // with 的
    ["直辖市的市辖区", "corresponding"],
    ["副省级城市的市辖区", "corresponding"],
    ["地级市的市辖区", "lower"],
    // qualifier in brackets, full- and half-width
    ["市辖区（直辖市）", "corresponding"],
    ["市辖区(直辖市)", "corresponding"],
    ["市辖区（副省级城市）", "corresponding"],
    ["市辖区（地级市）", "lower"],
    ["市辖区 ( 地级市 )", "lower"],
    // spaces and width
    [" 地级市 ", "corresponding"],
    ["地 级 市", "corresponding"],
    ["直辖市\u3000市辖区", "corresponding"],
    // not in the table: left unjudged
    ["市辖区", "unknown"],
    ["区", "unknown"],
    ["市", "unknown"],
    ["省会城市", "unknown"],
    ["计划单列市", "unknown"],
    ["地级", "unknown"],
    ["县（地级市）", "unknown"],
    ["待定", "unknown"],
    // blank and non-text
    [null, "unknown"],
    ["", "unknown"],
    ["  ", "unknown"],
    [3, "unknown"],
    [true, "unknown"],
  ])("%p → %p", (value, expected) => {
    expect(levelClass(value, DEFAULT_LEVEL_TABLE)).toBe(expected);
  });
});

describe("levelClass with a user's table", () => {
  const table: LevelTable = {
    corresponding: ["地级市", "市辖区（副省级城市）"],
    higher: ["省的计划单列市"],
    lower: ["县 级 市"],
  };

  test.each<[CellValue, LevelClass]>([
    ["计划单列市（省）", "higher"],
    ["省计划单列市", "higher"],
    ["副省级城市市辖区", "corresponding"],
    ["县级市", "lower"],
    // the user's table replaces the default one
    ["直辖市市辖区", "unknown"],
    ["省", "unknown"],
  ])("%p → %p", (value, expected) => {
    expect(levelClass(value, table)).toBe(expected);
  });
});

describe("DEFAULT_LEVEL_TABLE", () => {
  test("is the table of RULES.md", () => {
    expect(DEFAULT_LEVEL_TABLE).toEqual({
      corresponding: ["地级市", "自治州", "地区", "盟", "直辖市市辖区", "副省级城市市辖区"],
      higher: ["省", "自治区", "直辖市", "副省级城市"],
      lower: ["地级市市辖区", "县级市", "县", "自治县", "旗"],
    });
  });
});
