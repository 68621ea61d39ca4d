import type { Relation } from "../../../src/core/model";
import { parseRelation } from "../../../src/core/values/parseRelation";
import type { CellValue } from "../../../src/core/workbook";

describe("parseRelation", () => {
  test.each<[CellValue, Relation]>([
    // blank means friendly city (RULES.md)
    [null, "friendly-city"],
    ["", "friendly-city"],
    ["  ", "friendly-city"],
    // friendly city
    ["友好城市（区）", "friendly-city"],
    ["友好城市", "friendly-city"],
    ["友城", "friendly-city"],
    ["结好", "friendly-city"],
    ["Friendly city", "friendly-city"],
    ["sister city", "friendly-city"],
    // framework
    ["合作框架协议", "framework"],
    ["框架协议", "framework"],
    ["框 架", "framework"],
    ["Framework agreement", "framework"],
    ["cooperation FRAMEWORK", "framework"],
    // single field
    ["单项领域合作协议", "single-field"],
    ["单项合作", "single-field"],
    ["Single-field agreement", "single-field"],
    ["single field", "single-field"],
    // assistance
    ["对口帮扶支援协议", "assistance"],
    ["对口支援", "assistance"],
    ["帮扶", "assistance"],
    ["支援协议", "assistance"],
    ["对口合作", "assistance"],
    ["Assistance", "assistance"],
    ["aid", "assistance"],
    ["Paired support", "assistance"],
    // English words only as whole words
    ["said", "friendly-city"],
    ["singled", "friendly-city"],
    // anything else is the register's default
    ["其他", "friendly-city"],
    ["#N/A", "friendly-city"],
    [1, "friendly-city"],
    [true, "friendly-city"],
  ])("%p → %p", (value, expected) => {
    expect(parseRelation(value)).toBe(expected);
  });
});
