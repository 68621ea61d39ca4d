import type { CellValue } from "../workbook";
import type { Relation } from "../model";
import { cellText } from "../text/cellText";
import { foldText } from "../text/foldText";

/**
 * The relation types other than friendly city (the alternatives of 第五条第六项), by the words
 * that name them, in the order they are tried. English is matched by whole words on the unfolded
 * text, so that "aid" is not found inside "said".
 */
const ALTERNATIVES: { relation: Relation; chinese: RegExp; english: RegExp }[] = [
  { relation: "framework", chinese: /框架/u, english: /\bframework/iu },
  { relation: "single-field", chinese: /单项/u, english: /\bsingle\b/iu },
  { relation: "assistance", chinese: /帮扶|支援|对口/u, english: /\b(?:assistance|aid|support)\b/iu },
];

/**
 * The relation type a cell states. 友好城市（区）, 友城, 结好, friendly and sister city, a blank
 * cell and any wording not recognised all mean a friendly city: the register's default, since
 * the register lists friendly cities unless it says otherwise.
 */
export function parseRelation(value: CellValue): Relation {
  const text = cellText(value).normalize("NFKC");
  const folded = foldText(text);
  const found = ALTERNATIVES.find((a) => a.chinese.test(folded) || a.english.test(text));
  return found?.relation ?? "friendly-city";
}
