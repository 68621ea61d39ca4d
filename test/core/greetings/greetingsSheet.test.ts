import { analyzeWorkbook } from "../../../src/core/analyze";
import { toExcelSerial } from "../../../src/core/dates/isoDate";
import { greetingsCalendar } from "../../../src/core/greetings/greetingsCalendar";
import { planWrites } from "../../../src/core/plan/planWrites";
import { book, serial, sheet } from "../../helpers/grid";

const TODAY = "2026-11-27";
const register = sheet("友城名录", [
  ["友城名称", "关系类型", "签署日期", "有效期（年）", "状态"],
  ["上海市黄浦区", "友好城市", serial("2016-12-20"), 5, "在册"],
  ["广州市越秀区", "友好城市", serial("2022-01-20"), 5, "在册"],
  ["天津市和平区", "友好城市", serial("2017-01-05"), 5, "已终止"],
]);
const workbook = book(register);
const analysis = analyzeWorkbook(workbook, { today: TODAY });

describe("scope greetings: the 节日问候 sheet alone", () => {
  const plan = planWrites(analysis, workbook, {
    lang: "zh-CN",
    scope: "greetings",
    fixedToday: null,
    greetings: greetingsCalendar(analysis, { lang: "zh-CN" }),
  });

  test("one sheet, named 节日问候, with its own table; highlights untouched", () => {
    expect(plan.sheets.map((s) => [s.name, s.tableName])).toEqual([["节日问候", "PartnerCities_Greetings"]]);
    expect(plan.highlights).toEqual([]);
    expect(plan.clearOtherHighlights).toBe(false);
    expect(plan.deleteSheets).toEqual([]);
  });

  test("a row per greeting: day and send-by day as dates, occasion, kind, partners, ★ on a tenth, the register row", () => {
    const [s] = plan.sheets;
    expect(s.columns.map((c) => [c.header, c.kind])).toEqual([
      ["日期", "date"],
      ["建议寄出日", "date"],
      ["节日/周年", "text"],
      ["类别", "text"],
      ["问候对象", "text"],
      ["逢十周年", "text"],
      ["位置", "link"],
    ]);
    expect(s.rows).toEqual([
      [
        toExcelSerial("2026-12-20"),
        toExcelSerial("2026-12-06"),
        "结好10周年",
        "周年",
        "上海市黄浦区",
        "★",
        { text: "友城名录!A2", target: "'友城名录'!A2" },
      ],
      [
        toExcelSerial("2027-01-01"),
        toExcelSerial("2026-12-18"),
        "元旦",
        "节日",
        "上海市黄浦区、广州市越秀区",
        null,
        null,
      ],
      [
        toExcelSerial("2027-01-20"),
        toExcelSerial("2027-01-06"),
        "结好5周年",
        "周年",
        "广州市越秀区",
        null,
        { text: "友城名录!A3", target: "'友城名录'!A3" },
      ],
      [
        toExcelSerial("2027-02-06"),
        toExcelSerial("2027-01-23"),
        "春节",
        "节日",
        "上海市黄浦区、广州市越秀区",
        null,
        null,
      ],
    ]);
    expect(s.rows).toHaveLength(greetingsCalendar(analysis).length);
  });

  test("in English: Greetings", () => {
    const en = planWrites(analysis, workbook, {
      lang: "en-US",
      scope: "greetings",
      fixedToday: null,
      greetings: greetingsCalendar(analysis, { lang: "en-US" }),
    });
    expect(en.sheets[0].name).toBe("Greetings");
    expect(en.sheets[0].rows[1][2]).toBe("New Year's Day");
    expect(en.sheets[0].rows[1][4]).toBe("上海市黄浦区; 广州市越秀区");
  });
});

test("scope all is WORKBOOK.md's four sheets, without 节日问候", () => {
  const plan = planWrites(analysis, workbook, { lang: "zh-CN", scope: "all", fixedToday: null });
  expect(plan.sheets.map((s) => s.tableName)).toEqual([
    "PartnerCities_Expiry",
    "PartnerCities_Findings",
    "PartnerCities_Eligibility",
    "PartnerCities_Summary_2026",
  ]);
});
