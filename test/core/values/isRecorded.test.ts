import { isRecorded } from "../../../src/core/values/isRecorded";
import type { CellValue } from "../../../src/core/workbook";

describe("isRecorded", () => {
  test.each<[CellValue]>([
    [null],
    [""],
    ["  "],
    ["\u3000"],
    ["无"],
    [" 无 "],
    ["否"],
    ["没有"],
    ["暂无"],
    ["无变化"],
    ["未调整"],
    ["/"],
    ["／"],
    ["-"],
    ["－"],
    ["—"],
    ["——"],
    ["–"],
    ["N/A"],
    ["n/a"],
    ["NA"],
    ["none"],
    ["None"],
    ["no"],
    ["NO"],
    ["0"],
    [0],
    [false],
    ["FALSE"],
    ["#N/A"],
    ["#REF!"],
    ["#VALUE!"],
  ])("%p records nothing", (value) => {
    expect(isRecorded(value)).toBe(false);
  });

  test.each<[CellValue]>([
    ["2019年撤县设区"],
    ["县改区"],
    ["有"],
    ["是"],
    ["图片、文字"],
    ["《西城信息》"],
    ["视频"],
    ["yes"],
    ["无锡市"],
    ["-1"],
    [1],
    [2020],
    [true],
  ])("%p records something", (value) => {
    expect(isRecorded(value)).toBe(true);
  });
});
