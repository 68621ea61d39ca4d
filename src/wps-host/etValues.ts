import type { CellValue } from "../core/workbook";
import type { EtCell } from "./et";

/**
 * Where the ET model's numbers meet the plan's plain data, in one place: enum values (as
 * lib.et.d.ts and lib.kso.d.ts number them; test/wps-host/etTypes.test.ts checks them),
 * colours (ET's Color is BGR: red + green·256 + blue·65536), 1-based indexes, and what Value2
 * gives for an empty or an error cell.
 */
export const XL = {
  /** XlFormatConditionType: a rule that is a formula. */
  xlExpression: 2,
  /** XlListObjectSourceType: a table over a range of the sheet. */
  xlSrcRange: 1,
  /** XlYesNoGuess: the range's first row is the header. */
  xlYes: 1,
  /** XlChartType. */
  xlColumnClustered: 51,
  /** XlRowCol: one series per column. */
  xlColumns: 2,
  /** MsoDocProperties: a text property. */
  msoPropertyTypeString: 4,
  /** XlUnderlineStyle. */
  xlUnderlineStyleSingle: 2,
} as const;

/** "#RRGGBB" as ET's BGR number. */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a colour: ${hex}`);
  return parseInt(m[1]!, 16) + parseInt(m[2]!, 16) * 256 + parseInt(m[3]!, 16) * 65536;
}

/** ET counts rows, columns and items from 1; the core from 0. */
export const fromEtIndex = (oneBased: number): number => oneBased - 1;

/**
 * Error cells as COM hands them over (a VARIANT error: 0x800A0000 + Excel's error number), by
 * the text the core reads for them (CellValue keeps errors as "#N/A" …).
 */
const ERROR_TEXT: ReadonlyMap<number, string> = new Map([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);

/** A Value2 cell as the core's grids hold cells: "" for an empty one, errors as their text. */
export function cellValue(value: EtCell): CellValue {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return ERROR_TEXT.get(value) ?? value;
  return value;
}
