import { book, serial, sheet } from "../../helpers/grid";
import { ALL_MET, candidate, CANDIDATE_HEAD, type Cell } from "../../helpers/candidateRows";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: PROC-NEXT | 第六条 | info | candidates, register rows not yet signed | always: the last step
// of 第六条 done, the next one, and what blocks it (conditions of 第五条 not met, no leader visit, a
// step out of order)
const TODAY = "2026-11-27";
const THREE = ["是", "否", "是", "是", "否"];
const candidates = (...rows: Cell[][]) => sheet("拟缔结评估", [CANDIDATE_HEAD, ...rows]);
const REG_HEAD = ["友城名称", "关系类型", "状态", "人大常委会决定日期", "签署日期"];
const register = (...rows: Cell[][]) => sheet("友城名录", [REG_HEAD, ...rows]);
const SIGNED: Cell[] = ["上海市黄浦区", "友好城市", null, serial("2021-01-01"), serial("2021-02-01")];

ruleTester(
  "PROC-NEXT",
  { article: "第六条", severity: "info" },
  {
    valid: [
      {
        name: "register rows that are signed",
        today: TODAY,
        book: book(register(SIGNED, ["天津市和平区", "友好城市", null, serial("2019-03-01"), "2019年4月2日"])),
      },
      {
        name: "an unsigned friendly-city row that is terminated",
        today: TODAY,
        book: book(register(SIGNED, ["重庆市渝中区", "友好城市", "已终止", null, null])),
      },
      {
        name: "an unsigned row of a framework agreement (第五条第六项), which 第六条 does not govern",
        today: TODAY,
        book: book(register(SIGNED, ["重庆市渝中区", "合作框架协议", null, null, null])),
      },
    ],
    invalid: [
      {
        name: "a candidate with no step recorded: the preliminary opinion is next",
        today: TODAY,
        book: book(candidates(candidate("浙江省嘉兴市", ALL_MET, []))),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            column: null,
            messageId: "start",
            mentions: ["浙江省嘉兴市"],
            zhIncludes: ["尚未开始", "形成初步意见"],
            enIncludes: ["Preliminary opinion"],
          },
        ],
      },
      {
        name: "a candidate that has drafted its agreement after a leader visit: the departments are next, nothing blocks",
        today: TODAY,
        book: book(candidates(candidate("苏州市姑苏区", ALL_MET, ["2026-01-05", "2026-02-01", "2026-05-10"], "有"))),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            messageId: "next",
            mentions: ["苏州市姑苏区"],
            zhIncludes: ["已完成“起草协议书”", "下一步是“征求相关部门意见”"],
            enIncludes: ["“Draft agreement” is done", "next: “Departments consulted”"],
          },
        ],
      },
      {
        name: "an agreement drafted with no leader visit recorded: the visit holds up what follows",
        today: TODAY,
        book: book(candidates(candidate("苏州市姑苏区", ALL_MET, ["2026-01-05", "2026-02-01", "2026-05-10"]))),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            messageId: "blocked",
            mentions: ["苏州市姑苏区"],
            zhIncludes: ["下一步是“征求相关部门意见”", "待解决：尚无领导互访记录（第六条第二项）"],
            enIncludes: ["No leader visit is recorded (article 6(2))"],
          },
        ],
      },
      {
        name: "three of the five conditions of 第五条 hold up drafting",
        today: TODAY,
        book: book(candidates(candidate("大理白族自治州", THREE, ["2026-01-05", "2026-02-01"], "有"))),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            messageId: "blocked",
            mentions: ["大理白族自治州"],
            zhIncludes: ["第五条条件仅具备3项（需5项）"],
            enIncludes: ["Only 3 of the 5 conditions of article 5 are met"],
          },
        ],
      },
      {
        name: "a step out of order and a step left out are named, in both languages",
        today: TODAY,
        book: book(
          candidates(candidate("苏州市姑苏区", ALL_MET, ["2026-03-01", "2026-02-01", null, "2026-04-01"], "有")),
        ),
        errors: [
          {
            sheet: "拟缔结评估",
            row: 2,
            messageId: "blocked",
            zhIncludes: ["“起草协议书”未记录", "“向主要领导汇报”的日期早于“形成初步意见”", "；"],
            enIncludes: ["“Draft agreement” is not recorded", "“Report to the principal leaders” is dated before"],
          },
        ],
      },
      {
        name: "a candidate whose signing is recorded: the path is complete",
        today: TODAY,
        book: book(
          candidates(
            candidate(
              "宁波市鄞州区",
              ALL_MET,
              [
                "2025-01-05",
                "2025-02-01",
                "2025-04-01",
                "2025-05-01",
                "2025-06-01",
                "2025-07-01",
                "2025-08-01",
                "2025-09-01",
              ],
              "有",
            ),
          ),
        ),
        errors: [
          { sheet: "拟缔结评估", row: 2, messageId: "signed", mentions: ["宁波市鄞州区"], zhIncludes: ["已走完"] },
        ],
      },
      {
        name: "a friendly-city row of the register decided by the NPC but not signed: signing is next, held up by no visit",
        today: TODAY,
        book: book(register(SIGNED, ["天津市和平区", "友好城市", null, serial("2026-10-01"), "待定"])),
        errors: [
          {
            sheet: "友城名录",
            row: 3,
            messageId: "blocked",
            mentions: ["天津市和平区"],
            zhIncludes: ["已完成“区人大常委会审议决定”", "下一步是“正式签署协议书”", "尚无领导互访记录"],
          },
        ],
      },
      {
        name: "one finding per candidate and per unsigned register row, each on its own row",
        today: TODAY,
        book: book(
          register(
            SIGNED,
            ["天津市和平区", null, null, null, null],
            ["重庆市渝中区", "友好城市", "已终止", null, null],
          ),
          candidates(candidate("浙江省嘉兴市", ALL_MET, []), candidate("三亚市", ["是", "是", "是", "是", "否"], [])),
        ),
        errors: [
          { sheet: "友城名录", row: 3, messageId: "start", mentions: ["天津市和平区"] },
          { sheet: "拟缔结评估", row: 2, mentions: ["浙江省嘉兴市"] },
          { sheet: "拟缔结评估", row: 3, mentions: ["三亚市"] },
        ],
      },
    ],
  },
);
