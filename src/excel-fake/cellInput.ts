import type { FakeScalar } from "./state";

/**
 * What Excel stores when a value is written through `Range.values` (or a constant through
 * `Range.formulas`): on a cell formatted as text ("@") every string stays the string it is; on
 * any other cell a string is read as if typed — "=…" (and "+…"/"-…" that are not numbers) is a
 * formula, "12", "-3.5", "1e3" numbers, "12%" a percentage, "TRUE"/"FALSE" booleans, an ISO date
 * "2024-01-05" a date serial, "#N/A" and the other error texts errors.
 */
export interface CellContent {
  value: FakeScalar;
  formula?: string;
  error?: boolean;
  /** A number format Excel applies by itself (percentages, dates) when the cell's is General. */
  impliedFormat?: string;
}

const ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The number format Excel gives a date typed or written as an ISO string (en-US short date). */
const IMPLIED_DATE_FORMAT = "m/d/yyyy";

/** Excel serial number (1900 date system) of a calendar date. */
export function dateToSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  return Math.round(utc / 86_400_000) + 25_569;
}

function isTextFormat(numberFormat: string | undefined): boolean {
  return numberFormat === "@";
}

/**
 * Content of a cell written with `input`, or an error text (the write is refused with
 * InvalidArgument) for inputs Excel does not take.
 */
export function contentFromInput(
  input: unknown,
  numberFormat: string | undefined,
  asFormula: boolean,
): CellContent | string {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return "numbers must be finite";
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    return `a cell takes a string, number or boolean, not ${input === null ? "null" : typeof input}`;
  if (input === "") return { value: null };
  if (asFormula && input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (isTextFormat(numberFormat)) return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (NUMBER.test(input)) return { value: Number(input) };
  const percent = PERCENT.exec(input);
  if (percent) return { value: Number(percent[1]) / 100, impliedFormat: "0%" };
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1)
    return { value: null, formula: `=${input}` };
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (ERROR_TEXTS.includes(upper)) return { value: upper, error: true };
  const date = ISO_DATE.exec(input);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day && year >= 1900) {
      return { value: dateToSerial(year, month, day), impliedFormat: IMPLIED_DATE_FORMAT };
    }
  }
  return { value: input };
}
