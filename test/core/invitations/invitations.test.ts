import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildReport } from "../../../src/core/report/buildReport";
import { book, serial, sheet } from "../../helpers/grid";

/**
 * 第十条's invitations as the JSON report and the year-end summary carry them: read from the
 * exchange log (the form or title says 邀请, 应邀, 出席 …) and from the events sheet (the event
 * type does), who invited whom, and the answer recorded.
 */
const TODAY = "2026-11-27";
const REG = sheet("名录", [
  ["友城名称", "签署日期"],
  ["上海市黄浦区", serial("2024-01-01")],
  ["天津市和平区", serial("2024-01-01")],
]);
const LOG = sheet("交流活动", [
  ["日期", "友城", "活动名称", "形式", "来访/出访", "人数"],
  [serial("2026-03-01"), "黄浦区", "应邀出席黄浦区旅游节开幕式", "考察交流", "出访", 6],
  [serial("2026-04-01"), "天津市和平区", "和平区代表团参加我区金融街论坛", "活动邀请", "来访", 9],
  [serial("2026-05-01"), "天津市和平区", "和平区教育考察", "考察交流", "来访", 12],
  [serial("2025-05-01"), "上海市黄浦区", "黄浦区活动邀请", "活动邀请", "出访", 5],
]);
const EVENTS = sheet("重大事项", [
  ["日期", "友城", "事项类型", "具体情况", "我方回应", "回应日期"],
  [serial("2026-06-01"), "天津市和平区", "活动邀请", "津洽会开幕式", "婉拒，致贺信", serial("2026-06-03")],
  [serial("2026-07-01"), "上海市黄浦区", "我区邀请友城出席", "中国戏曲文化周", null, null],
  [serial("2026-08-01"), "上海市黄浦区", "主要领导变动", "区长任职", "贺信", serial("2026-08-02")],
]);

const analysis = analyzeWorkbook(book(REG, LOG, EVENTS), { today: TODAY });
const report = buildReport(analysis, "zh-CN");

test("each invitation, in workbook order: who invited whom, and the answer", () => {
  expect(report.invitations.map((i) => [i.sheet, i.row, i.date, i.partner, i.direction, i.answer])).toEqual([
    ["交流活动", 2, "2026-03-01", "上海市黄浦区", "received", "attended"],
    ["交流活动", 3, "2026-04-01", "天津市和平区", "sent", "delegation"],
    ["交流活动", 5, "2025-05-01", "上海市黄浦区", "received", "attended"],
    ["重大事项", 2, "2026-06-01", "天津市和平区", "received", "declined"],
    ["重大事项", 3, "2026-07-01", "上海市黄浦区", "sent", "none"],
  ]);
});

test("the summary counts the year's invitations; an exchange that is no invitation is not one", () => {
  expect(report.summary.invitations).toEqual({ received: 2, sent: 2, answered: 3, unanswered: 1 });
  expect(analysis.summary.invitations).toEqual(report.summary.invitations);
});

test("an invitation on the events sheet is 第十条's: no EVENT-NO-RESPONSE, but INVITE-NO-ANSWER", () => {
  const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => [f.sheet, f.row]);
  expect(at("INVITE-NO-ANSWER")).toEqual([["重大事项", 3]]);
  expect(at("EVENT-NO-RESPONSE")).toEqual([]);
});
