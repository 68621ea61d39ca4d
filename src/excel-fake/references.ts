/**
 * What Excel does to the formulas of every sheet when a sheet or a table is renamed or deleted:
 * a rename rewrites the references to it (`='Old'!B25` becomes `='New'!B25`,
 * `=ROWS(Old_Table)` becomes `=ROWS(New_Table)`), a deletion makes them `#REF!`. Hyperlinks are
 * text to Excel and are left as they are: a link to a renamed or deleted sheet no longer leads there.
 */
import { quoteSheetName } from "./address";
import type { FakeWorkbookState } from "./state";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A reference to the sheet: quoted (doubled quotes inside) or bare, followed by "!". */
function sheetPattern(name: string): RegExp {
  const quoted = `'${escape(name.replace(/'/g, "''"))}'`;
  return new RegExp(`(?<![\\p{L}\\p{N}_.'])(?:${quoted}|${escape(name)})!`, "giu");
}

/** A structured reference to the table: its name as a whole word, outside string literals. */
function tablePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.])${escape(name)}(?![\\p{L}\\p{N}_.])`, "giu");
}

/**
 * Whether a formula can hold a reference to `name`: the name, or (for a sheet) its quoted
 * spelling, anywhere in it, matched with the references' own flags. Every reference the patterns
 * above find contains one of these, so a formula without one is left as it is, unread.
 */
function mentionPattern(name: string): RegExp {
  return new RegExp(`${escape(name)}|${escape(name.replace(/'/g, "''"))}`, "iu");
}

/**
 * Rewrites the parts outside string literals ("…"), where Excel's references are, of every
 * formula that mentions `name`. A rename touches only the formulas that name it: the cells are
 * walked without copying them, and the others are not split.
 */
function rewriteFormulas(state: FakeWorkbookState, name: string, rewrite: (code: string) => string): void {
  const mentions = mentionPattern(name);
  for (const sheet of state.sheets) {
    const cells = sheet.cells;
    for (const key in cells) {
      const cell = cells[key]!;
      if (!cell.formula || !mentions.test(cell.formula)) continue;
      cell.formula = cell.formula
        .split(/("(?:[^"]|"")*")/)
        .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
        .join("");
    }
  }
}

export function renameSheetReferences(state: FakeWorkbookState, from: string, to: string): void {
  rewriteFormulas(state, from, (code) => code.replace(sheetPattern(from), `${quoteSheetName(to)}!`));
}

export function breakSheetReferences(state: FakeWorkbookState, name: string): void {
  // Excel keeps the cell part after the lost sheet: ='Gone'!B25 becomes =#REF!B25.
  rewriteFormulas(state, name, (code) => code.replace(sheetPattern(name), "#REF!"));
}

export function renameTableReferences(state: FakeWorkbookState, from: string, to: string): void {
  rewriteFormulas(state, from, (code) => code.replace(tablePattern(from), to));
}

export function breakTableReferences(state: FakeWorkbookState, name: string): void {
  // A structured reference with its brackets goes whole: =ROWS(Gone[Name]) becomes =ROWS(#REF!).
  rewriteFormulas(state, name, (code) =>
    code.replace(new RegExp(`${tablePattern(name).source}(?:\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\])?`, "giu"), "#REF!"),
  );
}

/** A column's name as a structured reference writes it: `'` before `[`, `]`, `#` and `'`. */
const escapeColumn = (name: string) => name.replace(/[[\]#']/g, "'$&");
const unescapeColumn = (text: string) => text.replace(/'(.)/gu, "$1");

/**
 * What Excel does when a table's header cell is given new text: the column is renamed, and every
 * structured reference to it follows (`=SUM(T[剩余天数])` becomes `=SUM(T[Days left])`), in every
 * form (`T[col]`, `T[@col]`, `T[[#This Row],[col]]`, `T[[a]:[b]]`). The renames of one write go in
 * one pass, so that two columns swapping names swap their references too. References without the
 * table's name (`[@col]` inside the table itself) are not rewritten here.
 */
export function renameColumnReferences(
  state: FakeWorkbookState,
  table: string,
  renames: ReadonlyArray<readonly [from: string, to: string]>,
): void {
  if (renames.length === 0) return;
  const renamed = new Map(renames.map(([from, to]) => [from.toLowerCase(), to]));
  const column = (spec: string): string => {
    if (spec.startsWith("#")) return spec;
    const to = renamed.get(unescapeColumn(spec).toLowerCase());
    return to === undefined ? spec : escapeColumn(to);
  };
  const specifier = (inner: string): string =>
    inner.includes("[")
      ? inner.replace(/\[((?:[^[\]']|'.)*)\]/gu, (_, spec: string) => `[${column(spec)}]`)
      : inner.startsWith("@")
        ? `@${column(inner.slice(1))}`
        : column(inner);
  const reference = new RegExp(
    `(${tablePattern(table).source})\\[((?:[^\\[\\]']|'.|\\[(?:[^\\[\\]']|'.)*\\])*)\\]`,
    "giu",
  );
  rewriteFormulas(state, table, (code: string) =>
    code.replace(reference, (_, name: string, inner: string) => `${name}[${specifier(inner)}]`),
  );
}
