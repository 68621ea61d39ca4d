/**
 * The preview grid's colours: an evaluator for exactly the conditional-format formula the add-in
 * writes (src/core/plan/highlights.ts), and for nothing else.
 *
 *   =AND(N("PartnerCities:<status>")=0,IFERROR(AND(ISNUMBER(L),L>0,<cond>),FALSE))
 *   L    = VLOOKUP($B4,'到期提醒'!$A:$D,4,FALSE)   (the row's partner in the expiry sheet's last day;
 *          the lookup value may be TRIM($B4), Excel's TRIM: outer spaces off, inner runs made one)
 *   now  = TODAY() (the preview's today) or DATE(y,m,d)
 *   cond = comparisons of L, L-now, now and whole numbers, joined by commas (AND's arguments)
 *
 * A rule of any other shape (the user's own conditional formats) is not evaluated and colours
 * nothing; user formulas in cells are not calculated either (the in-memory host keeps their
 * cached results). VLOOKUP is Excel's exact match: the first row of the key column whose value
 * equals the lookup value (text case-insensitively, with * ? ~ wildcards), an error when none.
 */
import { HIGHLIGHT_MARKER } from "../core/plan/writePlan";
import { columnNumber, parseAreas } from "../excel-fake/address";
import { dateToSerial } from "../excel-fake/cellInput";
import { cellKey, parseCellKey, type FakeScalar, type FakeSheet, type FakeWorkbookState } from "../excel-fake/state";

type Term = "L" | "L-T" | "T" | number;
type Op = "<" | "<=" | ">" | ">=" | "=" | "<>";

interface AddinRule {
  status: string;
  /** The lookup value's column (0-based) and row (0-based) as written, for the range's top row. */
  keyColumn: number;
  keyRow: number;
  /** The lookup value is TRIM(cell). */
  trim: boolean;
  /** The expiry sheet, its key column and the column VLOOKUP returns (0-based, absolute). */
  lookupSheet: string;
  lookupColumn: number;
  resultColumn: number;
  /** null: TODAY(); else the serial of DATE(y,m,d). */
  fixedNow: number | null;
  conditions: { left: Term; op: Op; right: Term }[];
}

const ESC = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SHAPE = new RegExp(
  `^=AND\\(N\\("${ESC(HIGHLIGHT_MARKER)}:(\\w+)"\\)=0,IFERROR\\(AND\\(ISNUMBER\\((VLOOKUP\\((?:TRIM\\([^()]*\\)|[^()])*\\))\\),(.*)\\),FALSE\\)\\)$`,
);
const VLOOKUP =
  /^VLOOKUP\((?:(TRIM)\(\$([A-Z]{1,3})(\d+)\)|\$([A-Z]{1,3})(\d+)),('(?:[^']|'')+'|[^'!,()]+)!\$([A-Z]{1,3}):\$([A-Z]{1,3}),(\d+),FALSE\)$/;
const DATE = /DATE\((\d{1,4}),(\d{1,2}),(\d{1,2})\)/g;
const COMPARISON = /^(L-T|L|T|\d+)(<=|>=|<>|<|>|=)(L-T|L|T|\d+)$/;

const term = (text: string): Term => (/^\d+$/.test(text) ? Number(text) : (text as Term));

/** The add-in's rule in `formula`, or null for any other formula (which the preview does not evaluate). */
export function parseAddinRule(formula: string | null): AddinRule | null {
  const shape = formula ? SHAPE.exec(formula) : null;
  if (!shape) return null;
  const [, status, lookupText, rest] = shape as unknown as [string, string, string, string];
  const lookup = VLOOKUP.exec(lookupText);
  if (!lookup) return null;
  const [, trim, trimmedLetters, trimmedRow, plainLetters, plainRow, sheetText, fromLetters, toLetters, index] =
    lookup as unknown as (string | undefined)[];
  const keyLetters = trimmedLetters ?? plainLetters;
  const keyRow = trimmedRow ?? plainRow;
  const lookupColumn = columnNumber(fromLetters!);
  const resultColumn = lookupColumn + Number(index) - 1;
  if (resultColumn > columnNumber(toLetters!) || Number(index) < 1) return null;

  let fixedNow: number | null = null;
  let body = rest
    .split(lookupText)
    .join("L")
    .replace(/TODAY\(\)/g, "T");
  const dates = new Set<string>();
  body = body.replace(DATE, (whole, y: string, m: string, d: string) => {
    dates.add(whole);
    fixedNow = dateToSerial(Number(y), Number(m), Number(d));
    return "T";
  });
  if (dates.size > 1 || (dates.size === 1 && /TODAY/.test(rest))) return null;
  const conditions: AddinRule["conditions"] = [];
  for (const part of body.split(",")) {
    const c = COMPARISON.exec(part);
    if (!c) return null;
    conditions.push({ left: term(c[1]!), op: c[2] as Op, right: term(c[3]!) });
  }
  const sheet = sheetText!.startsWith("'") ? sheetText!.slice(1, -1).replace(/''/g, "'") : sheetText!;
  return {
    status,
    keyColumn: columnNumber(keyLetters!),
    keyRow: Number(keyRow) - 1,
    trim: Boolean(trim),
    lookupSheet: sheet,
    lookupColumn,
    resultColumn,
    fixedNow,
    conditions,
  };
}

/** Excel's exact-match comparison of a lookup value with a cell (text: case-insensitive, wildcards). */
function matcher(value: FakeScalar): (cell: FakeScalar) => boolean {
  if (typeof value === "string") {
    if (/[*?~]/.test(value)) {
      const pattern = value.replace(
        /~([*?~])|([*?])|([.+^${}()|[\]\\])/g,
        (_w, lit: string, wild: string, special: string) =>
          lit ? ESC(lit) : wild === "*" ? ".*" : wild === "?" ? "." : `\\${special}`,
      );
      const re = new RegExp(`^${pattern}$`, "iu");
      return (cell) => typeof cell === "string" && re.test(cell);
    }
    const folded = value.toLocaleUpperCase();
    return (cell) => typeof cell === "string" && cell.toLocaleUpperCase() === folded;
  }
  return (cell) => cell === value;
}

/** Excel's TRIM: text of the value, spaces (U+0020 only) off both ends, inner runs made one. */
export function excelTrim(value: FakeScalar): string {
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value ?? "");
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

interface HighlightContext {
  state: FakeWorkbookState;
  /** The serial of the preview's today, for TODAY(). */
  todaySerial: number;
}

/** Rows of `sheet` in order, by column: the cells of one column sorted by row. */
function columnCells(sheet: FakeSheet, column: number): { row: number; value: FakeScalar; error: boolean }[] {
  const out: { row: number; value: FakeScalar; error: boolean }[] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [row, c] = parseCellKey(key);
    if (c === column) out.push({ row, value: cell.value, error: cell.error === true });
  }
  return out.sort((a, b) => a.row - b.row);
}

/**
 * The fill of each highlighted cell of `sheet`: "row,column" → the first true add-in rule
 * (priority order), as Excel draws the first of conflicting formats.
 */
export function evaluateHighlights(
  sheet: FakeSheet,
  { state, todaySerial }: HighlightContext,
): Map<string, { status: string; fill: string | null; fontColor: string | null }> {
  const out = new Map<string, { status: string; fill: string | null; fontColor: string | null }>();
  const lookups = new Map<string, { row: number; value: FakeScalar; error: boolean }[]>();
  for (const format of sheet.conditionalFormats) {
    const rule = parseAddinRule(format.formula);
    const areas = rule ? parseAreas(format.address) : null;
    if (!rule || !areas || areas.length === 0) continue;
    const target = state.sheets.find((s) => s.name.toLocaleUpperCase() === rule.lookupSheet.toLocaleUpperCase());
    const keyName = `${rule.lookupSheet}|${rule.lookupColumn}`;
    let keys = lookups.get(keyName);
    if (!keys && target) lookups.set(keyName, (keys = columnCells(target, rule.lookupColumn)));
    const now = rule.fixedNow ?? todaySerial;
    const top = areas[0]!.row;
    const lastDayOfRow = new Map<number, number | null>();
    const valueOf = (row: number): number | null => {
      if (lastDayOfRow.has(row)) return lastDayOfRow.get(row)!;
      let result: number | null = null;
      const key = sheet.cells[cellKey(rule.keyRow + (row - top), rule.keyColumn)];
      if (target && keys && key && key.value !== null && !key.error) {
        const matches = matcher(rule.trim ? excelTrim(key.value) : key.value);
        const hit = keys.find((k) => !k.error && matches(k.value));
        if (hit) {
          const cell = target.cells[cellKey(hit.row, rule.resultColumn)];
          // A blank is 0 to VLOOKUP; text is not a number (ISNUMBER false); an error stays an error.
          const v = cell === undefined || cell.value === null ? 0 : cell.value;
          result = typeof v === "number" && !cell?.error ? v : null;
        }
      }
      lastDayOfRow.set(row, result);
      return result;
    };
    const holds = (row: number): boolean => {
      const L = valueOf(row);
      if (L === null || !(L > 0)) return false;
      const v = (t: Term): number => (t === "L" ? L : t === "T" ? now : t === "L-T" ? L - now : t);
      return rule.conditions.every(({ left, op, right }) => {
        const a = v(left);
        const b = v(right);
        switch (op) {
          case "<":
            return a < b;
          case "<=":
            return a <= b;
          case ">":
            return a > b;
          case ">=":
            return a >= b;
          case "=":
            return a === b;
          case "<>":
            return a !== b;
        }
      });
    };
    for (const area of areas) {
      for (let r = area.row; r < area.row + area.rowCount; r++) {
        if (!holds(r)) continue;
        for (let c = area.column; c < area.column + area.columnCount; c++) {
          const key = cellKey(r, c);
          if (!out.has(key)) out.set(key, { status: rule.status, fill: format.fill, fontColor: format.fontColor });
        }
      }
    }
  }
  return out;
}
