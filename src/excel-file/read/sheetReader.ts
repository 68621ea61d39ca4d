import type JSZip from "jszip";
import { parseA1 } from "../../core/a1";
import type { CellValue } from "../../core/workbook";
import { streamPart } from "./xmlStream";

/**
 * One worksheet part read as a stream: each cell's value as office-js's `range.values` gives it
 * (shared, inline and rich-text strings as their text, formulas as their cached result, errors as
 * their text, ISO dates (`t="d"`) as serials of the workbook's date system), with the format code
 * of its style. Formula cells without a cached result are listed apart: the program that saved
 * the file did not calculate them, and their value is unknown, not blank.
 */
interface SheetCells {
  values: CellValue[][];
  formats: (string | null)[][];
  /** 0-based [row, column] of formula cells with no cached value. */
  uncalculated: [number, number][];
  /** Merged ranges, as A1 refs. */
  merges: string[];
  /** Relationship ids of the sheet's table parts. */
  tableRelIds: string[];
}

interface CellContext {
  sharedStrings: string[];
  formats: string[];
  date1904: boolean;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The serial of an ISO 8601 date or date-time (`t="d"`), in the workbook's system, or null.
 * In the 1900 system, days before 1 March 1900 count Excel's phantom 29 February.
 */
function isoToSerial(text: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(day)) return null;
  const time = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) / 86_400;
  if (date1904) return Math.round((day - EPOCH_1904) / DAY_MS) + time;
  const days = Math.round((day - EPOCH_1900) / DAY_MS);
  return (days < 61 ? days - 1 : days) + time;
}

/** "BC12" → 54 (0-based), or -1. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return i === 0 ? -1 : n - 1;
}

export async function readSheetCells(zip: JSZip, path: string, context: CellContext): Promise<SheetCells> {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const uncalculated: [number, number][] = [];
  const merges: string[] = [];
  const tableRelIds: string[] = [];

  let row = -1;
  let column = -1;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let hasValue = false;
  let raw = "";
  let collecting: "v" | "t" | null = null;
  let inInline = false;
  let inPhonetic = false;

  const cellValue = (): CellValue => {
    switch (type) {
      case "s": {
        return context.sharedStrings[Number(raw)] ?? "";
      }
      case "inlineStr":
      case "str":
        return raw;
      case "b":
        return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
      case "e":
        return raw.trim();
      case "d":
        return isoToSerial(raw, context.date1904);
      default: {
        const n = Number(raw);
        return raw.trim() !== "" && Number.isFinite(n) ? n : null;
      }
    }
  };

  await streamPart(zip, path, {
    open(name, a) {
      switch (name) {
        case "row":
          row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
          column = -1;
          break;
        case "c": {
          const ref = a.r;
          if (ref !== undefined) {
            column = columnOf(ref);
            const digits = ref.slice(ref.search(/\d/));
            if (digits !== ref && digits !== "") row = Number(digits) - 1;
          } else column += 1;
          type = a.t ?? "n";
          style = a.s !== undefined ? Number(a.s) : 0;
          hasFormula = false;
          hasValue = false;
          raw = "";
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
          collecting = "v";
          hasValue = true;
          break;
        case "is":
          inInline = true;
          hasValue = true;
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          if (inInline && !inPhonetic) collecting = "t";
          break;
        case "mergeCell":
          if (a.ref) merges.push(a.ref);
          break;
        case "tablePart":
          if (a.id) tableRelIds.push(a.id);
          break;
      }
    },
    text(text) {
      if (collecting !== null) raw += text;
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
          collecting = null;
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "c": {
          if (row < 0 || column < 0) break;
          // openpyxl writes an empty <v></v> where no result was calculated; "" is a string result only as t="str".
          if (hasFormula && (!hasValue || (raw === "" && type !== "str" && type !== "inlineStr"))) {
            uncalculated.push([row, column]);
            break;
          }
          const value = hasValue ? cellValue() : null;
          if (value === null) break;
          (values[row] ??= [])[column] = value;
          (formats[row] ??= [])[column] = context.formats[style] ?? "General";
          break;
        }
      }
    },
  });

  blankMergedCells(values, merges);
  return { values, formats, uncalculated, merges, tableRelIds };
}

/** Cells covered by a merge, except the top-left one, are empty, as office-js gives them. */
function blankMergedCells(values: CellValue[][], merges: string[]): void {
  for (const ref of merges) {
    const range = parseA1(ref);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      const cells = values[r];
      if (!cells) continue;
      for (let c = range.left; c <= range.right; c++) {
        if ((r !== range.top || c !== range.left) && cells[c] !== undefined) cells[c] = null;
      }
    }
  }
}
