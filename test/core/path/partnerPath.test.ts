import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildReport } from "../../../src/core/report/buildReport";
import { book, serial, sheet } from "../../helpers/grid";
import { ALL_MET, candidate, CANDIDATE_HEAD, type Cell } from "../../helpers/candidateRows";

/**
 * 第六条's path for a candidate and for a register row not yet signed: the steps recorded in the
 * optional step-date columns (WORKBOOK.md), the next step, and what blocks it. Each blocker has a
 * case where it fires and one where it does not.
 */
const TODAY = "2026-11-27";
const REG = sheet("名录", [
  ["友城名称", "关系类型", "人大常委会决定日期", "签署日期"],
  ["上海市黄浦区", "友好城市", serial("2021-01-01"), serial("2021-02-01")],
  ["天津市和平区", "友好城市", serial("2026-10-01"), "待定"],
  ["重庆市渝中区", "合作框架协议", null, null],
]);
const pathsOf = (...rows: Cell[][]) =>
  analyzeWorkbook(book(REG, sheet("评估", [CANDIDATE_HEAD, ...rows])), { today: TODAY }).paths;

test("the steps read from the columns, the last done and the next", () => {
  const [p] = pathsOf(candidate("苏州市", ALL_MET, ["2026-01-05", "2026-02-01", "2026-05-10"], "2026年3月区长互访"));
  expect(p.steps.map((s) => [s.step, s.done, s.date])).toEqual([
    ["preliminary", true, "2026-01-05"],
    ["report", true, "2026-02-01"],
    ["cooperation", true, null],
    ["draft", true, "2026-05-10"],
    ["consulted", false, null],
    ["request", false, null],
    ["govMeeting", false, null],
    ["npc", false, null],
    ["signing", false, null],
  ]);
  expect([p.lastDone, p.next, p.blockers]).toEqual(["draft", "consulted", []]);
});

test("nothing recorded: the preliminary opinion is next and nothing blocks it", () => {
  const [p] = pathsOf(candidate("嘉兴市", ["否", "否", "否", "否", "否"], []));
  expect([p.lastDone, p.next, p.blockers]).toEqual([null, "preliminary", []]);
});

test("conditions of 第五条 not met and no leader visit block the steps of 第六条第三项, not the earlier ones", () => {
  const [early, late] = pathsOf(
    candidate("大理州", ["是", "否", "是", "是", "否"], ["2026-01-05"]),
    candidate("丽江市", ["是", "否", "是", "是", "否"], ["2026-01-05", "2026-02-01"]),
  );
  expect([early.next, early.blockers]).toEqual(["report", []]);
  expect([late.next, late.blockers]).toEqual(["cooperation", []]);
  const [visited] = pathsOf(candidate("丽江市", ["是", "否", "是", "是", "否"], ["2026-01-05", "2026-02-01"], "有"));
  expect([visited.next, visited.blockers]).toEqual(["draft", [{ kind: "conditions", met: 3, required: 5 }]]);
  const [noVisit] = pathsOf(candidate("苏州市", ALL_MET, ["2026-01-05", "2026-02-01", "2026-05-10"]));
  expect(noVisit.blockers).toEqual([{ kind: "leaderVisit" }]);
});

test("a step dated before an earlier one, and a step left out before one that is done", () => {
  const [p] = pathsOf(candidate("苏州市", ALL_MET, ["2026-03-01", "2026-02-01", null, "2026-04-01"], "有"));
  expect(p.blockers).toEqual([
    { kind: "skipped", step: "draft" },
    { kind: "order", step: "report", before: "preliminary" },
  ]);
  const [inOrder] = pathsOf(
    candidate("苏州市", ALL_MET, ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"], "有"),
  );
  expect(inOrder.blockers).toEqual([]);
});

test("register rows: only a friendly-city row not yet signed has a path, and steps it has no column for are not 'skipped'", () => {
  const paths = pathsOf().filter((p) => p.source === "register");
  expect(paths.map((p) => [p.partner, p.row, p.lastDone, p.next])).toEqual([["天津市和平区", 3, "npc", "signing"]]);
  expect(paths[0].blockers).toEqual([{ kind: "leaderVisit" }]);
});

test("the JSON report carries each path with its blockers in words", () => {
  const analysis = analyzeWorkbook(
    book(
      REG,
      sheet("评估", [CANDIDATE_HEAD, candidate("苏州市", ALL_MET, ["2026-01-05", "2026-02-01", "2026-05-10"])]),
    ),
    { today: TODAY },
  );
  const zh = buildReport(analysis, "zh-CN");
  const en = buildReport(analysis, "en-US");
  expect(zh.paths.map((p) => [p.partner, p.source, p.next])).toEqual([
    ["苏州市", "candidate", "consulted"],
    ["天津市和平区", "register", "signing"],
  ]);
  expect(zh.paths[0].blockers).toEqual([{ kind: "leaderVisit", message: "尚无领导互访记录（第六条第二项）" }]);
  expect(en.paths[0].blockers[0].message).toBe("No leader visit is recorded (article 6(2))");
});
