import type { CellValue } from "../workbook";
import { cellText } from "../text/cellText";
import { foldText } from "../text/foldText";

/** Words saying a relationship ended (已终止, 解除友好关系, 协议撤销 …), with what stands before them. */
const ENDED_ZH = /(?<before>.{0,2})(?:终止|解除|撤销|废止|注销|中止|取消|停止)/gu;
const ENDED_EN = /(?<before>\b\w+\s+)?\b(?:terminated|ended|cancell?ed|revoked)\b/giu;

/**
 * A negation right before the word turns it round: 未终止, 尚未解除, 不终止, 没有终止, also with
 * 被/予 between (未被撤销, 不予撤销); "not terminated" and "never ended" likewise.
 */
const NEGATED_ZH = /(?:未|不|没有?)[被予]?$/u;
const NEGATED_EN = /^(?:not|never)\s+$/iu;

/**
 * Whether the status cell says the relationship ended: one un-negated ending word is enough.
 * A status that only mentions an ending it denies (未终止) is an active relationship.
 */
export function isTerminated(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const folded = foldText(value);
  const text = cellText(value).normalize("NFKC");
  const chinese = [...folded.matchAll(ENDED_ZH)].some((m) => !NEGATED_ZH.test(m.groups?.before ?? ""));
  const english = [...text.matchAll(ENDED_EN)].some((m) => !NEGATED_EN.test(m.groups?.before ?? ""));
  return chinese || english;
}
