import type { CellValue } from "../workbook";
import { foldText } from "../text/foldText";

/** Whether a condition of 第五条 is met, as the candidate sheet marks it. */
type Mark = "yes" | "no" | "unknown";

/**
 * The marks in use, compared after folding width and upper-casing (ｙｅｓ, Yes, √). ✅ and ❌ are
 * the emoji forms spreadsheets pick up from chat tools.
 */
const YES = new Set(["√", "✓", "✔", "☑", "✅", "是", "符合", "具备", "满足", "有", "Y", "YES", "TRUE", "1"]);
const NO = new Set([
  "×",
  "✗",
  "✘",
  "✕",
  "X",
  "☒",
  "❌",
  "否",
  "不符合",
  "不具备",
  "不满足",
  "无",
  "N",
  "NO",
  "FALSE",
  "0",
]);

/** Emoji variation selectors (✔️ is ✔ + U+FE0F): they change how a mark looks, not what it says. */
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]/gu;

/**
 * A condition's mark. A blank or a mark not in the lists is `unknown`, which counts as not met
 * (RULES.md) without claiming the row said no.
 */
export function parseMark(value: CellValue): Mark {
  if (value === null) return "unknown";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const mark = foldText(String(value)).replace(VARIATION_SELECTORS, "").toUpperCase();
  if (YES.has(mark)) return "yes";
  if (NO.has(mark)) return "no";
  return "unknown";
}
