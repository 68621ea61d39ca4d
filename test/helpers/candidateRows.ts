import { serial } from "./grid";

/**
 * A candidates sheet with 第五条's five conditions and 第六条's step dates, as WORKBOOK.md words
 * them, for the tests of the path and of PROC-NEXT.
 */
export const CANDIDATE_HEAD = [
  "城市",
  "条件一",
  "条件二",
  "条件三",
  "条件四",
  "条件五",
  "初步意见日期",
  "汇报主要领导日期",
  "协议书起草日期",
  "征求意见日期",
  "书面请示日期",
  "常务会日期",
  "人大常委会决定日期",
  "签署日期",
  "领导互访",
];

export type Cell = string | number | null;

/** Every condition of 第五条 met. */
export const ALL_MET = ["是", "是", "是", "是", "是"];

/** A candidate row: the city, its five conditions, the step dates in 第六条's order, a leader visit. */
export const candidate = (
  city: string,
  marks: string[],
  dates: (string | null)[],
  visit: string | null = null,
): Cell[] => [
  city,
  ...marks,
  ...dates.map((d) => (d ? serial(d) : null)),
  ...Array(8 - dates.length).fill(null),
  visit,
];
