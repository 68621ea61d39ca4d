import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { eventsToAnswer, templateForEvent } from "../../../src/core/letters/eventsToAnswer";
import { fromExcelSerial } from "../../../src/core/dates/isoDate";
import { readWorkbookBuffer } from "../../../src/excel-file/readWorkbook";
import { book, serial, sheet } from "../../helpers/grid";

const TODAY = "2026-11-27";

describe("the letter that fits an event (第十一条)", () => {
  test.each([
    ["主要领导变动", "区委书记调整", "leadership"],
    ["领导任职", "", "leadership"],
    ["重要节日", "新春", "festival"],
    ["建区70周年庆典", "", "festival"],
    ["重大突发事件", "商业楼宇火灾", "emergency"],
    ["安全生产事故", "", "emergency"],
    ["严重自然灾害", "汛情", "disaster"],
    ["地震", "", "disaster"],
    ["重大突发事件", "台风登陆", "disaster"],
    ["其他", "来访", null],
  ])("%s (%s) → %s", (type, details, expected) => {
    const kind = /领导|任职|节|庆|周年/.test(type)
      ? "congratulatory"
      : /突发|事故|灾|地震/.test(type)
        ? "condolence"
        : "other";
    expect(templateForEvent(kind, type, details)).toBe(expected);
  });
});

describe("events that need an answer", () => {
  const events = sheet("重大事项", [
    ["日期", "友城", "事项类型", "具体情况", "我方回应", "回应日期"],
    [serial("2026-09-01"), "黄浦区", "主要领导变动", "区长任职", null, null],
    [serial("2026-03-01"), "上海市黄浦区", "严重自然灾害", "暴雨", "慰问函", serial("2026-03-02")],
    [serial("2026-05-01"), "某某区", "重大突发事件", "火灾", "无", null],
    [null, "上海市黄浦区", "其他", "", null, null],
    [serial("2026-05-01"), "上海市黄浦区", "重要节日", "", null, serial("2026-05-03")],
    [serial("2026-04-01"), "上海市黄浦区", "活动邀请", "旅游节开幕式", null, null],
  ]);
  const register = sheet("友城名录", [
    ["友城名称", "签署日期"],
    ["上海市黄浦区", serial("2021-09-28")],
  ]);
  const list = eventsToAnswer(analyzeWorkbook(book(register, events), { today: TODAY }));

  test("only those with no response, oldest first, undated last; an invitation (第十条) is not among them", () => {
    expect(list.map((e) => e.at.row)).toEqual([4, 2, 5]);
  });

  test("each with its partner, day, type, details, letter and place", () => {
    expect(list[0]).toEqual({
      at: { sheet: "重大事项", row: 4, column: null },
      partner: "某某区",
      partnerFound: false,
      date: "2026-05-01",
      daysSince: 210,
      eventType: "重大突发事件",
      details: "火灾",
      eventKind: "condolence",
      letterKind: "condolence",
      template: "emergency",
      occasion: "火灾",
    });
    expect(list[1]).toMatchObject({
      partner: "上海市黄浦区",
      partnerFound: true,
      letterKind: "congratulation",
      template: "leadership",
      occasion: "区长任职",
      daysSince: 87,
    });
    expect(list[2]).toMatchObject({ date: null, daysSince: null, letterKind: null, template: null, occasion: "其他" });
  });
});

test("on the office's sample: the unanswered events of 重大事项, oldest first", async () => {
  const grid = await readWorkbookBuffer(
    readFileSync(resolve(__dirname, "../../../../shared/samples/partner-cities-sample.xlsx")),
  );
  const raw = grid.sheets.find((s) => s.name === "重大事项")!.values;
  const header = raw[0];
  const at = (name: string) => header.indexOf(name);
  const expected = raw
    .map((r, i) => ({ r, row: i + 1 }))
    .slice(1)
    .filter(
      ({ r }) => r[at("日期")] !== null && r[at("日期")] !== undefined && !r[at("我方回应")] && !r[at("回应日期")],
    )
    .map(({ r, row }) => ({ row, date: fromExcelSerial(Number(r[at("日期")])), type: r[at("事项类型")] }))
    .sort((a, b) => (a.date! < b.date! ? -1 : 1));
  expect(expected.length).toBeGreaterThan(0);
  const list = eventsToAnswer(analyzeWorkbook(grid, { today: TODAY }));
  expect(list.map((e) => ({ row: e.at.row, date: e.date, type: e.eventType }))).toEqual(expected);
  for (const e of list) expect(e.letterKind).toBe(/灾|突发/.test(e.eventType) ? "condolence" : "congratulation");
});
