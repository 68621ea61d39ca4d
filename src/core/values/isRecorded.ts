import type { CellValue } from "../workbook";
import { foldText } from "../text/foldText";
import { isExcelError } from "../text/isExcelError";

/**
 * What people type into a cell to say there is nothing to record, compared folded and
 * lower-cased: 无, 否, 暂无, N/A, none, 0 … A cell of dashes or slashes only (/, -, —, ——, –)
 * is a placeholder too.
 */
const NOTHING = new Set(["无", "否", "没有", "暂无", "无变化", "未调整", "n/a", "na", "none", "no", "0", "false"]);
const PLACEHOLDER = /^[-/\u2010-\u2015]+$/u;

/**
 * Whether a cell records something: a division change (区划调整), archive material, a journal an
 * exchange was published in. Blank and the words for "nothing" are not a record.
 */
export function isRecorded(value: CellValue): boolean {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const text = foldText(value).toLowerCase();
  return text !== "" && !NOTHING.has(text) && !PLACEHOLDER.test(text) && !isExcelError(text); // a failed formula records nothing
}
