import type { CellValue } from "../workbook";
import { cellText } from "../text/cellText";
import { foldText } from "../text/foldText";

/** A candidate's administrative level relative to Xicheng's (第五条第一项). */
export type LevelClass = "corresponding" | "higher" | "lower" | "unknown";

/** The levels of each class, as the settings store them; the user may change them. */
export interface LevelTable {
  corresponding: string[];
  higher: string[];
  lower: string[];
}

/**
 * Xicheng is a district of a municipality directly under the central government, of prefecture
 * level: prefecture-level places and districts of municipalities and sub-provincial cities
 * correspond; provinces and the cities above prefecture level are higher; county-level places lower.
 */
export const DEFAULT_LEVEL_TABLE: LevelTable = {
  corresponding: ["地级市", "自治州", "地区", "盟", "直辖市市辖区", "副省级城市市辖区"],
  higher: ["省", "自治区", "直辖市", "副省级城市"],
  lower: ["地级市市辖区", "县级市", "县", "自治县", "旗"],
};

/** A qualifier in brackets after the level: 市辖区（直辖市） is 直辖市市辖区. */
const BRACKETED = /^(?<level>[^()]+)\((?<of>[^()]+)\)$/u;

/**
 * One spelling for the ways a level is written: width and spaces folded, 的 dropped
 * (直辖市的市辖区), and a bracketed qualifier put in front.
 */
function levelKey(s: string): string {
  const key = foldText(s).replaceAll("的", "");
  const parts = BRACKETED.exec(key)?.groups;
  return parts === undefined ? key : `${parts.of}${parts.level}`;
}

/**
 * The class of the level a cell names, by exact lookup in the table. A level the table does not
 * know (or a blank) is `unknown` and left unjudged, rather than guessed from part of its name.
 */
export function levelClass(value: CellValue, table: LevelTable): LevelClass {
  const key = levelKey(cellText(value));
  if (key === "") return "unknown";
  const classes = ["corresponding", "higher", "lower"] as const;
  return classes.find((c) => table[c].some((level) => levelKey(level) === key)) ?? "unknown";
}
