import { isTerminated } from "../../../src/core/values/isTerminated";
import type { CellValue } from "../../../src/core/workbook";

describe("isTerminated", () => {
  test.each<[CellValue]>([
    ["已终止"],
    ["终止"],
    ["终 止"],
    ["已解除"],
    ["解除友好关系"],
    ["协议撤销"],
    ["已废止"],
    ["注销"],
    ["中止"],
    ["已取消"],
    ["停止交往"],
    ["2019年终止"],
    ["未续签，已终止"],
    ["未终止，现已解除"],
    ["Terminated"],
    ["terminated"],
    ["ENDED"],
    ["cancelled"],
    ["canceled"],
    ["Revoked"],
    ["Agreement terminated in 2019"],
  ])("%p → terminated", (value) => {
    expect(isTerminated(value)).toBe(true);
  });

  test.each<[CellValue]>([
    [null],
    [""],
    ["有效"],
    ["正常"],
    ["续签中"],
    ["未终止"],
    ["尚未解除"],
    ["不终止"],
    ["没有终止"],
    ["没终止"],
    ["未被撤销"],
    ["不予撤销"],
    ["未到期"],
    ["active"],
    ["not terminated"],
    ["Never ended"],
    ["extended"],
    ["appended"],
    [0],
    [1],
    [true],
    [false],
  ])("%p → not terminated", (value) => {
    expect(isTerminated(value)).toBe(false);
  });
});
