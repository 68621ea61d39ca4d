/**
 * The objects of the in-memory ET host, over the same workbook state as the in-memory Excel
 * (src/excel-fake/state.ts): ET's names, 1-based indexes, BGR colours and enum numbers, and its
 * synchronous calls. Each class is named for the lib.et.d.ts interface it stands for; its
 * PascalCase members are its API (test/wps-fake/members.test.ts checks them against that file).
 */
import {
  columnLetter,
  formatArea,
  intersect,
  parseAddress,
  parseArea,
  quoteSheetName,
  sameName,
  sheetNameProblem,
  type Rect,
} from "../excel-fake/address";
import { contentFromInput } from "../excel-fake/cellInput";
import {
  activeSheet,
  getCell,
  numberFormatOf,
  tableRect,
  headerText,
  updateCell,
  usedRect,
} from "../excel-fake/sheetOps";
import { tableNameProblem } from "../excel-fake/tables";
import {
  DEFAULT_COLUMN_WIDTH_POINTS,
  emptySheet,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbookState,
} from "../excel-fake/state";
import { shiftFormula } from "./shiftFormula";
import { EtFakeError, strict, type Tally } from "./strict";

/** Row height of every row, in points (the host keeps none of its own). */
const ROW_HEIGHT_POINTS = 15;

/** What Value2 gives for an error cell: the VARIANT error code (0x800A0000 + Excel's error number). */
export const ERROR_CODES: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

/** ET's enum numbers this host takes (lib.et.d.ts / lib.kso.d.ts; checked by test/wps-fake/members.test.ts). */
export const ET_ENUMS = {
  xlExpression: 2,
  xlSrcRange: 1,
  xlYes: 1,
  xlColumnClustered: 51,
  xlColumns: 2,
  msoPropertyTypeString: 4,
  xlUnderlineStyleSingle: 2,
  xlUnderlineStyleNone: -4142,
} as const;

/** Everything one fake ET application shares. */
export interface EtHost {
  state: FakeWorkbookState;
  tally: Tally;
  /** Custom document properties of the open workbook, in the order they were added. */
  properties: { name: string; value: string | number | boolean }[];
  displayAlerts: boolean;
  screenUpdating: boolean;
  /** Cell of the active sheet the cursor is on (what Range.Select last chose there). */
  pluginStorage: Map<string, string>;
  taskPanes: FakeTaskPaneRecord[];
  /** Strict wrappers by the state object they stand for, so that the same object comes back. */
  wrappers: WeakMap<object, object>;
}

export interface FakeTaskPaneRecord {
  id: number;
  url: string;
  title: string | undefined;
  visible: boolean;
  deleted: boolean;
}

function fail(message: string): never {
  throw new EtFakeError(message);
}

function wrap<T extends object>(host: EtHost, key: object, cls: string, make: () => T): T {
  const known = host.wrappers.get(key) as T | undefined;
  if (known) return known;
  const made = strict(make(), cls, host.tally);
  host.wrappers.set(key, made);
  return made;
}

/** BGR number (ET's Color) ⇄ "#RRGGBB". */
function colourFromBgr(value: unknown): string {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 0xffffff)
    fail(`a colour is a BGR number from 0 to 16777215, not ${String(value)}`);
  const hex = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(value & 255)}${hex((value >> 8) & 255)}${hex((value >> 16) & 255)}`;
}

function liveSheet(host: EtHost, sheet: FakeSheet): FakeSheet {
  if (!host.state.sheets.includes(sheet)) fail("The sheet this object belongs to has been deleted");
  return sheet;
}

function writable(host: EtHost, sheet: FakeSheet): FakeSheet {
  liveSheet(host, sheet);
  if (sheet.protected) fail(`The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  return sheet;
}

function sheetOf(host: EtHost, sheet: FakeSheet): EtWorksheet {
  return wrap(host, sheet, "EtWorksheet", () => new EtWorksheet(host, sheet));
}

function rangeOf(host: EtHost, sheet: FakeSheet, rect: Rect): EtRange {
  return strict(new EtRange(host, sheet, rect), "EtRange", host.tally);
}

function rectOf(sheet: FakeSheet, a1: unknown): Rect {
  if (a1 instanceof EtRange) return a1._rect;
  if (typeof a1 !== "string") fail(`Range takes an A1 address, not ${typeof a1}`);
  const parsed = parseAddress(a1);
  if (!parsed || (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)))
    fail(`'${a1}' is not an address on ${sheet.name}`);
  return parsed.rect;
}

/** The underlying range of a strict wrapper (a Proxy keeps its target's class). */
function asRange(value: unknown, what: string): EtRange {
  if (!(value instanceof EtRange)) fail(`${what} must be a Range`);
  return value;
}

const MAX_TEXT = 32767;

function writeScalar(sheet: FakeSheet, row: number, column: number, input: unknown): void {
  if (typeof input === "string" && input.length > MAX_TEXT) fail("A cell holds at most 32767 characters");
  if (input === null || input === undefined || input === "") {
    updateCell(sheet, row, column, (cell) => {
      cell.value = null;
      delete cell.formula;
      delete cell.error;
    });
    return;
  }
  const content = contentFromInput(input, numberFormatOf(sheet, row, column), false);
  if (typeof content === "string") fail(content);
  updateCell(sheet, row, column, (cell) => {
    cell.value = content.value;
    if (content.formula !== undefined) cell.formula = content.formula;
    else delete cell.formula;
    if (content.error) cell.error = true;
    else delete cell.error;
    if (content.impliedFormat && numberFormatOf(sheet, row, column) === "General")
      cell.numberFormat = content.impliedFormat;
  });
}

/** A cell as Value2 gives it. */
type Value2Cell = string | number | boolean | undefined;

function readScalar(sheet: FakeSheet, row: number, column: number): Value2Cell {
  const cell = getCell(sheet, row, column);
  if (!cell || cell.value === null) return undefined;
  if (cell.error && typeof cell.value === "string") return ERROR_CODES[cell.value] ?? ERROR_CODES["#VALUE!"]!;
  return cell.value;
}

/**
 * ET's ColumnWidth is in characters as Format ▸ Column Width shows them: a column of n is
 * n × 7 + 5 pixels (7 px a digit of the default font, 5 of padding), 0.75 point a pixel.
 */
const charactersToPoints = (characters: number): number =>
  characters <= 0 ? 0 : (Math.round(characters * 7) + 5) * 0.75;
const pointsToCharacters = (points: number): number => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

/** Left edge of a column, in points. */
function columnLeft(sheet: FakeSheet, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH_POINTS;
  return left;
}

/** The cell under a point (points from the sheet's top left corner). */
function cellAt(sheet: FakeSheet, left: number, top: number): string {
  let column = 0;
  for (let x = 0; x + (sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH_POINTS) <= left; column++)
    x += sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH_POINTS;
  return `${columnLetter(column)}${Math.floor(top / ROW_HEIGHT_POINTS) + 1}`;
}

export class EtApplication {
  constructor(readonly _host: EtHost) {}

  get ActiveWorkbook(): EtWorkbook {
    return wrap(this._host, this._host.state, "EtWorkbook", () => new EtWorkbook(this._host));
  }
  get ActiveSheet(): EtWorksheet {
    return this.ActiveWorkbook.ActiveSheet;
  }
  get ActiveWindow(): EtWindow {
    return wrap(this._host, this._host.wrappers, "EtWindow", () => new EtWindow(this._host));
  }
  get DisplayAlerts(): boolean {
    return this._host.displayAlerts;
  }
  set DisplayAlerts(on: boolean) {
    this._host.displayAlerts = Boolean(on);
  }
  get ScreenUpdating(): boolean {
    return this._host.screenUpdating;
  }
  set ScreenUpdating(on: boolean) {
    this._host.screenUpdating = Boolean(on);
  }
}

export class EtWorkbook {
  constructor(readonly _host: EtHost) {}

  get Worksheets(): EtSheets {
    return wrap(this._host, this._host.state.sheets, "EtSheets", () => new EtSheets(this._host));
  }
  get ActiveSheet(): EtWorksheet {
    const sheet = activeSheet(this._host.state);
    if (!sheet) fail("The workbook has no sheet");
    return sheetOf(this._host, sheet);
  }
  get CustomDocumentProperties(): KsoDocumentProperties {
    return wrap(
      this._host,
      this._host.properties,
      "KsoDocumentProperties",
      () => new KsoDocumentProperties(this._host),
    );
  }
}

export class EtSheets {
  constructor(readonly _host: EtHost) {}

  get Count(): number {
    return this._host.state.sheets.length;
  }
  /** By 1-based index or by name (case-insensitive). */
  Item(index: unknown): EtWorksheet {
    const sheets = this._host.state.sheets;
    const sheet =
      typeof index === "number"
        ? sheets[index - 1]
        : typeof index === "string"
          ? sheets.find((s) => sameName(s.name, index))
          : fail("Worksheets.Item takes a 1-based index or a name");
    if (!sheet) fail(`Worksheets.Item(${JSON.stringify(index)}): no such sheet`);
    return sheetOf(this._host, sheet);
  }
  /** A new sheet before `before`, after `after`, or (neither given) before the active sheet; it becomes the active one. */
  Add(before?: unknown, after?: unknown, count?: unknown, type?: unknown): EtWorksheet {
    if ((count !== undefined && count !== 1) || type !== undefined)
      fail("Worksheets.Add: Count and Type are not implemented");
    const state = this._host.state;
    let n = 1;
    while (state.sheets.some((s) => sameName(s.name, `Sheet${n}`))) n++;
    const sheet = emptySheet(`Sheet${n}`);
    const anchor = (value: unknown) => (value instanceof EtWorksheet ? liveSheet(this._host, value._sheet) : null);
    const b = anchor(before);
    const a = anchor(after);
    if (before !== undefined && !b) fail("Worksheets.Add: Before must be a Worksheet");
    if (after !== undefined && !a) fail("Worksheets.Add: After must be a Worksheet");
    const at = b
      ? state.sheets.indexOf(b)
      : a
        ? state.sheets.indexOf(a) + 1
        : state.sheets.indexOf(activeSheet(state)!);
    state.sheets.splice(Math.max(0, at), 0, sheet);
    state.activeSheet = sheet.name;
    delete state.selection;
    return sheetOf(this._host, sheet);
  }
}

export class EtWorksheet {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
  ) {}

  get Name(): string {
    return liveSheet(this._host, this._sheet).name;
  }
  set Name(name: string) {
    const sheet = liveSheet(this._host, this._sheet);
    const problem = sheetNameProblem(name);
    if (problem) fail(`The sheet name ${JSON.stringify(name)} is not allowed: ${problem}`);
    if (this._host.state.sheets.some((s) => s !== sheet && sameName(s.name, name)))
      fail(`That name is already taken: ${name}`);
    const state = this._host.state;
    if (state.activeSheet !== null && sameName(state.activeSheet, sheet.name)) state.activeSheet = name;
    if (state.selection && sameName(state.selection.sheet, sheet.name)) state.selection.sheet = name;
    // Charts anywhere keep reading this sheet under its new name, as in Excel.
    for (const s of state.sheets)
      for (const chart of s.charts) {
        const parsed = parseAddress(chart.source);
        if (parsed?.sheet !== null && parsed?.sheet !== undefined && sameName(parsed.sheet, sheet.name))
          chart.source = `${quoteSheetName(name)}!${formatArea(parsed.rect)}`;
      }
    sheet.name = name;
  }
  /** 1-based position among the sheets. */
  get Index(): number {
    return this._host.state.sheets.indexOf(liveSheet(this._host, this._sheet)) + 1;
  }
  get ProtectContents(): boolean {
    return liveSheet(this._host, this._sheet).protected;
  }
  Activate(): void {
    const state = this._host.state;
    state.activeSheet = liveSheet(this._host, this._sheet).name;
    if (state.selection && !sameName(state.selection.sheet, this._sheet.name)) delete state.selection;
  }
  /** Deleting asks the user unless DisplayAlerts is off: this host refuses rather than pretend the user said yes. */
  Delete(): void {
    const state = this._host.state;
    const sheet = liveSheet(this._host, this._sheet);
    if (this._host.displayAlerts)
      fail("Worksheet.Delete would ask the user to confirm: set Application.DisplayAlerts = false first");
    if (state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      fail("A workbook must contain at least one visible worksheet");
    const wasActive = activeSheet(state) === sheet;
    const at = state.sheets.indexOf(sheet);
    state.sheets.splice(at, 1);
    if (wasActive) {
      state.activeSheet = (state.sheets[Math.min(at, state.sheets.length - 1)] ?? state.sheets[0]!).name;
      delete state.selection;
    }
  }
  Move(before?: unknown, after?: unknown): void {
    const state = this._host.state;
    const sheet = liveSheet(this._host, this._sheet);
    const target = before ?? after;
    if (!(target instanceof EtWorksheet) || (before !== undefined) === (after !== undefined))
      fail("Worksheet.Move takes one Worksheet, Before or After (a new workbook is not implemented)");
    state.sheets.splice(state.sheets.indexOf(sheet), 1);
    const anchor = state.sheets.indexOf(liveSheet(this._host, target._sheet));
    state.sheets.splice(before !== undefined ? anchor : anchor + 1, 0, sheet);
  }
  Range(cell1: unknown, cell2?: unknown): EtRange {
    const sheet = liveSheet(this._host, this._sheet);
    const a = rectOf(sheet, cell1);
    if (cell2 === undefined) return rangeOf(this._host, sheet, a);
    const b = rectOf(sheet, cell2);
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    const rowEnd = Math.max(a.row + a.rowCount, b.row + b.rowCount);
    const columnEnd = Math.max(a.column + a.columnCount, b.column + b.columnCount);
    return rangeOf(this._host, sheet, { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column });
  }
  get Cells(): EtRange {
    return rangeOf(this._host, liveSheet(this._host, this._sheet), parseArea("A:XFD")!);
  }
  /** From A1 when the sheet is empty, as in Excel. */
  get UsedRange(): EtRange {
    const sheet = liveSheet(this._host, this._sheet);
    return rangeOf(this._host, sheet, usedRect(sheet, false) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }
  get ListObjects(): EtListObjects {
    return wrap(this._host, this._sheet.tables, "EtListObjects", () => new EtListObjects(this._host, this._sheet));
  }
  get Hyperlinks(): EtHyperlinks {
    return wrap(this._host, this._sheet.cells, "EtHyperlinks", () => new EtHyperlinks(this._host, this._sheet));
  }
  ChartObjects(): EtChartObjects;
  ChartObjects(index: unknown): EtChartObject;
  ChartObjects(index?: unknown): EtChartObjects | EtChartObject {
    const all = wrap(
      this._host,
      this._sheet.charts,
      "EtChartObjects",
      () => new EtChartObjects(this._host, this._sheet),
    );
    return index === undefined ? all : all.Item(index);
  }
}

export class EtRange {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {}

  get _single(): boolean {
    return this._rect.rowCount === 1 && this._rect.columnCount === 1;
  }

  /** A single cell's value, or rows of values; an empty cell is undefined, an error its VARIANT code. */
  get Value2(): Value2Cell | Value2Cell[][] {
    const sheet = liveSheet(this._host, this._sheet);
    const { row, column, rowCount, columnCount } = this._rect;
    if (rowCount * columnCount > 5_000_000) fail("Value2 of so large a range is not implemented");
    if (this._single) return readScalar(sheet, row, column);
    return Array.from({ length: rowCount }, (_, i) =>
      Array.from({ length: columnCount }, (_, j) => readScalar(sheet, row + i, column + j)),
    );
  }
  /** One value for every cell, or rows of values of the range's shape. */
  set Value2(input: unknown) {
    const sheet = writable(this._host, this._sheet);
    const { row, column, rowCount, columnCount } = this._rect;
    if (Array.isArray(input)) {
      const rows = input.length > 0 && Array.isArray(input[0]) ? (input as unknown[][]) : [input];
      if (rows.length !== rowCount || rows.some((r) => !Array.isArray(r) || r.length !== columnCount))
        fail(`Value2: ${rows.length} rows given for a range of ${rowCount} × ${columnCount}`);
      rows.forEach((r, i) => r.forEach((v, j) => writeScalar(sheet, row + i, column + j, v)));
    } else {
      for (let i = 0; i < rowCount; i++)
        for (let j = 0; j < columnCount; j++) writeScalar(sheet, row + i, column + j, input);
    }
    refreshHeaders(sheet);
  }
  /** The cells' number format when they share one, else null (as Excel's Range.NumberFormat). */
  get NumberFormat(): string | null {
    const sheet = liveSheet(this._host, this._sheet);
    const { row, column, rowCount, columnCount } = this._rect;
    if (rowCount * columnCount > 5_000_000) fail("NumberFormat of so large a range is not implemented");
    let common: string | undefined;
    for (let i = 0; i < rowCount; i++)
      for (let j = 0; j < columnCount; j++) {
        const f = numberFormatOf(sheet, row + i, column + j);
        if (common === undefined) common = f;
        else if (common !== f) return null;
      }
    return common ?? "General";
  }
  set NumberFormat(format: string) {
    const sheet = writable(this._host, this._sheet);
    if (typeof format !== "string") fail("NumberFormat takes one format code (a string)");
    const { row, column, rowCount, columnCount } = this._rect;
    if (rowCount * columnCount > 5_000_000) fail("NumberFormat on so large a range is not implemented");
    for (let i = 0; i < rowCount; i++)
      for (let j = 0; j < columnCount; j++)
        updateCell(sheet, row + i, column + j, (cell) => void (cell.numberFormat = format));
  }
  /** 1-based row and column of the top left cell. */
  get Row(): number {
    return this._rect.row + 1;
  }
  get Column(): number {
    return this._rect.column + 1;
  }
  get Count(): number {
    return this._rect.rowCount * this._rect.columnCount;
  }
  get Rows(): EtRange {
    return strict(new EtRangeRows(this._host, this._sheet, this._rect), "EtRange", this._host.tally);
  }
  get Columns(): EtRange {
    return strict(new EtRangeColumns(this._host, this._sheet, this._rect), "EtRange", this._host.tally);
  }
  /** "$A$1:$B$2", as Address() with its defaults. */
  Address(): string {
    const { row, column, rowCount, columnCount } = this._rect;
    const first = `$${columnLetter(column)}$${row + 1}`;
    return this._single ? first : `${first}:$${columnLetter(column + columnCount - 1)}$${row + rowCount}`;
  }
  get Worksheet(): EtWorksheet {
    return sheetOf(this._host, this._sheet);
  }
  get Font(): EtFont {
    return strict(new EtFont(this._host, this._sheet, this._rect), "EtFont", this._host.tally);
  }
  /** In characters of the default font, as Excel's ColumnWidth. */
  get ColumnWidth(): number | null {
    const sheet = liveSheet(this._host, this._sheet);
    const widths = new Set<number>();
    for (let c = this._rect.column; c < this._rect.column + this._rect.columnCount; c++)
      widths.add(pointsToCharacters(sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH_POINTS));
    return widths.size === 1 ? [...widths][0]! : null;
  }
  set ColumnWidth(characters: number) {
    const sheet = writable(this._host, this._sheet);
    if (typeof characters !== "number" || characters < 0 || characters > 255)
      fail("ColumnWidth is 0 to 255 characters");
    for (let c = this._rect.column; c < this._rect.column + this._rect.columnCount; c++)
      sheet.columnWidths[c] = charactersToPoints(characters);
  }
  get Left(): number {
    return columnLeft(liveSheet(this._host, this._sheet), this._rect.column);
  }
  get Top(): number {
    return this._rect.row * ROW_HEIGHT_POINTS;
  }
  get Width(): number {
    const sheet = liveSheet(this._host, this._sheet);
    return columnLeft(sheet, this._rect.column + this._rect.columnCount) - columnLeft(sheet, this._rect.column);
  }
  get Height(): number {
    return this._rect.rowCount * ROW_HEIGHT_POINTS;
  }
  get FormatConditions(): EtFormatConditions {
    return strict(new EtFormatConditions(this._host, this._sheet, this._rect), "EtFormatConditions", this._host.tally);
  }
  /** Only on the active sheet, as in Excel. */
  Select(): void {
    const state = this._host.state;
    const sheet = liveSheet(this._host, this._sheet);
    if (activeSheet(state) !== sheet) fail("Range.Select: the range's sheet is not the active one");
    state.selection = { sheet: sheet.name, address: formatArea(this._rect) };
  }
}

/** `Range.Rows` / `Range.Columns`: the same cells, counted by rows or by columns. */
class EtRangeRows extends EtRange {
  override get Count(): number {
    return this._rect.rowCount;
  }
}
class EtRangeColumns extends EtRange {
  override get Count(): number {
    return this._rect.columnCount;
  }
}

function refreshHeaders(sheet: FakeSheet): void {
  for (const table of sheet.tables) {
    const rect = tableRect(table);
    table.headers = Array.from({ length: rect.columnCount }, (_, j) =>
      headerText(getCell(sheet, rect.row, rect.column + j)),
    );
  }
}

export class EtFont {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {}

  get Bold(): boolean | null {
    const sheet = liveSheet(this._host, this._sheet);
    const values = new Set<boolean>();
    for (let i = 0; i < this._rect.rowCount; i++)
      for (let j = 0; j < this._rect.columnCount; j++)
        values.add(getCell(sheet, this._rect.row + i, this._rect.column + j)?.bold === true);
    return values.size === 1 ? [...values][0]! : null;
  }
  set Bold(on: boolean) {
    this._each((cell) => {
      if (on) cell.bold = true;
      else delete cell.bold;
    });
  }
  /** xlUnderlineStyleSingle or xlUnderlineStyleNone. */
  set Underline(style: number) {
    if (style !== ET_ENUMS.xlUnderlineStyleSingle && style !== ET_ENUMS.xlUnderlineStyleNone)
      fail(`Font.Underline ${String(style)} is not implemented (single or none)`);
    this._each((cell) => {
      if (style === ET_ENUMS.xlUnderlineStyleSingle) cell.underline = "Single";
      else delete cell.underline;
    });
  }
  set Color(bgr: number) {
    const colour = colourFromBgr(bgr);
    this._each((cell) => void (cell.fontColor = colour));
  }
  _each(change: (cell: FakeSheet["cells"][string]) => void): void {
    const sheet = writable(this._host, this._sheet);
    for (let i = 0; i < this._rect.rowCount; i++)
      for (let j = 0; j < this._rect.columnCount; j++)
        updateCell(sheet, this._rect.row + i, this._rect.column + j, change);
  }
}

function activeCell(state: FakeWorkbookState): { row: number; column: number } {
  const sheet = activeSheet(state);
  const selected =
    state.selection && sheet && sameName(state.selection.sheet, sheet.name) ? parseArea(state.selection.address) : null;
  return selected ? { row: selected.row, column: selected.column } : { row: 0, column: 0 };
}

export class EtFormatConditions {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {}

  _items(): FakeConditionalFormat[] {
    const sheet = liveSheet(this._host, this._sheet);
    return sheet.conditionalFormats.filter((f) =>
      parseAddress(f.address)?.rect ? overlaps(f.address, this._rect) : false,
    );
  }
  get Count(): number {
    return this._items().length;
  }
  /** 1-based, in priority order. */
  Item(index: unknown): EtFormatCondition {
    const format = typeof index === "number" ? this._items()[index - 1] : undefined;
    if (!format) fail(`FormatConditions.Item(${String(index)}): no such condition`);
    return wrap(this._host, format, "EtFormatCondition", () => new EtFormatCondition(this._host, this._sheet, format));
  }
  /**
   * An expression rule (xlExpression) on this range. Its relative references are read from the
   * active cell, as Excel reads them, and kept relative to the range's top left cell.
   */
  Add(type: unknown, operator?: unknown, formula1?: unknown, formula2?: unknown): EtFormatCondition {
    const sheet = writable(this._host, this._sheet);
    if (type !== ET_ENUMS.xlExpression)
      fail(`FormatConditions.Add: type ${String(type)} is not implemented (xlExpression only)`);
    if (operator !== undefined || formula2 !== undefined)
      fail("FormatConditions.Add: an expression rule takes no Operator or Formula2");
    if (typeof formula1 !== "string" || formula1.trim() === "") fail("FormatConditions.Add: Formula1 is required");
    const at = activeCell(this._host.state);
    const text = formula1.startsWith("=") ? formula1 : `=${formula1}`;
    const format: FakeConditionalFormat = {
      address: formatArea(this._rect),
      type: "Custom",
      formula: shiftFormula(text, this._rect.row - at.row, this._rect.column - at.column),
      fill: null,
      fontColor: null,
      stopIfTrue: false,
    };
    sheet.conditionalFormats.push(format);
    return wrap(this._host, format, "EtFormatCondition", () => new EtFormatCondition(this._host, sheet, format));
  }
}

function overlaps(address: string, rect: Rect): boolean {
  return address.split(" ").some((area) => {
    const r = parseArea(area);
    return r !== null && intersect(r, rect) !== null;
  });
}

export class EtFormatCondition {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _format: FakeConditionalFormat,
  ) {}

  _live(): FakeConditionalFormat {
    if (!liveSheet(this._host, this._sheet).conditionalFormats.includes(this._format))
      fail("This condition has been deleted");
    return this._format;
  }
  get Type(): number {
    return this._live().type === "Custom" ? ET_ENUMS.xlExpression : 0;
  }
  /** Relative to the active cell, as Excel gives it. */
  get Formula1(): string {
    const format = this._live();
    const area = parseArea(format.address.split(" ")[0]!)!;
    const at = activeCell(this._host.state);
    return shiftFormula(format.formula ?? "", at.row - area.row, at.column - area.column);
  }
  get Interior(): EtInterior {
    return strict(new EtInterior(this._host, this._sheet, this._format), "EtInterior", this._host.tally);
  }
  get Font(): EtConditionFont {
    return strict(new EtConditionFont(this._host, this._sheet, this._format), "EtFont", this._host.tally);
  }
  Delete(): void {
    const format = this._live();
    const formats = writable(this._host, this._sheet).conditionalFormats;
    formats.splice(formats.indexOf(format), 1);
  }
}

export class EtInterior {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _format: FakeConditionalFormat,
  ) {}

  set Color(bgr: number) {
    writable(this._host, this._sheet);
    this._format.fill = colourFromBgr(bgr);
  }
}

export class EtConditionFont {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _format: FakeConditionalFormat,
  ) {}

  set Color(bgr: number) {
    writable(this._host, this._sheet);
    this._format.fontColor = colourFromBgr(bgr);
  }
}

export class EtListObjects {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
  ) {}

  get Count(): number {
    return liveSheet(this._host, this._sheet).tables.length;
  }
  Item(index: unknown): EtListObject {
    const tables = liveSheet(this._host, this._sheet).tables;
    const table =
      typeof index === "number"
        ? tables[index - 1]
        : tables.find((t) => typeof index === "string" && sameName(t.name, index));
    if (!table) fail(`ListObjects.Item(${JSON.stringify(index)}): no such table`);
    return listObject(this._host, this._sheet, table);
  }
  /** A table over a range of this sheet whose first row is its header (xlSrcRange, xlYes). */
  Add(
    sourceType?: unknown,
    source?: unknown,
    linkSource?: unknown,
    hasHeaders?: unknown,
    destination?: unknown,
    style?: unknown,
  ): EtListObject {
    const sheet = writable(this._host, this._sheet);
    if (
      sourceType !== ET_ENUMS.xlSrcRange ||
      hasHeaders !== ET_ENUMS.xlYes ||
      linkSource !== undefined ||
      destination !== undefined
    )
      fail("ListObjects.Add: only (xlSrcRange, range, undefined, xlYes) is implemented");
    const range = asRange(source, "ListObjects.Add: Source");
    if (range._sheet !== sheet) fail("ListObjects.Add: the range is on another sheet");
    const rect = range._rect;
    if (rect.rowCount < 2) fail("ListObjects.Add: a table needs a header row and at least one row");
    const all = this._host.state.sheets.flatMap((s) => s.tables);
    if (sheet.tables.some((t) => intersect(tableRect(t), rect))) fail("A table cannot overlap another table");
    let n = 1;
    while (all.some((t) => sameName(t.name, `Table${n}`))) n++;
    const headers: string[] = [];
    for (let j = 0; j < rect.columnCount; j++) {
      let text = headerText(getCell(sheet, rect.row, rect.column + j)).trim();
      if (text === "") text = `Column${j + 1}`;
      let unique = text;
      for (let k = 2; headers.some((h) => sameName(h, unique)); k++) unique = `${text}${k}`;
      headers.push(unique);
      updateCell(sheet, rect.row, rect.column + j, (cell) => {
        cell.value = unique;
        delete cell.formula;
        delete cell.error;
      });
    }
    const table: FakeTable = {
      name: `Table${n}`,
      address: formatArea(rect),
      headers,
      showHeaders: true,
      showTotals: false,
      style: typeof style === "string" ? style : "TableStyleMedium2",
    };
    sheet.tables.push(table);
    return listObject(this._host, sheet, table);
  }
}

function listObject(host: EtHost, sheet: FakeSheet, table: FakeTable): EtListObject {
  return wrap(host, table, "EtListObject", () => new EtListObject(host, sheet, table));
}

export class EtListObject {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _table: FakeTable,
  ) {}

  _live(): FakeTable {
    if (!liveSheet(this._host, this._sheet).tables.includes(this._table)) fail("This table has been deleted");
    return this._table;
  }
  get Name(): string {
    return this._live().name;
  }
  set Name(name: string) {
    const table = this._live();
    const problem = tableNameProblem(name);
    if (problem) fail(`The table name ${JSON.stringify(name)} is not allowed: ${problem}`);
    const all = this._host.state.sheets.flatMap((s) => s.tables);
    if (all.some((t) => t !== table && sameName(t.name, name))) fail(`A table named ${name} already exists`);
    table.name = name;
  }
  get Range(): EtRange {
    return rangeOf(this._host, this._sheet, tableRect(this._live()));
  }
  get TableStyle(): string {
    return this._live().style;
  }
  /** A built-in style's name ("TableStyleMedium2" …); "" for none. */
  set TableStyle(name: string) {
    const table = this._live();
    writable(this._host, this._sheet);
    if (typeof name !== "string" || (name !== "" && !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(name)))
      fail(`TableStyle ${String(name)} is not a built-in table style`);
    table.style = name;
  }
}

export class EtHyperlinks {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
  ) {}

  get Count(): number {
    return Object.values(liveSheet(this._host, this._sheet).cells).filter((c) => c.hyperlink).length;
  }
  /** A link on one cell: to a place in the workbook (SubAddress) or a URL (Address); the cell then shows TextToDisplay. */
  Add(anchor: unknown, address: unknown, subAddress?: unknown, screenTip?: unknown, textToDisplay?: unknown): void {
    const sheet = writable(this._host, this._sheet);
    const range = asRange(anchor, "Hyperlinks.Add: Anchor");
    if (range._sheet !== sheet || !range._single) fail("Hyperlinks.Add: the anchor must be one cell of this sheet");
    if (typeof address !== "string") fail('Hyperlinks.Add: Address is required ("" for a place in the workbook)');
    const link = {
      ...(address !== "" ? { address } : {}),
      ...(typeof subAddress === "string" && subAddress !== "" ? { documentReference: subAddress } : {}),
      ...(typeof screenTip === "string" ? { screenTip } : {}),
      ...(typeof textToDisplay === "string" ? { textToDisplay } : {}),
    };
    if (!link.address && !link.documentReference) fail("Hyperlinks.Add: no Address or SubAddress");
    const { row, column } = range._rect;
    if (typeof textToDisplay === "string") writeScalar(sheet, row, column, textToDisplay);
    updateCell(sheet, row, column, (cell) => void (cell.hyperlink = link));
  }
}

export class EtChartObjects {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
  ) {}

  get Count(): number {
    return liveSheet(this._host, this._sheet).charts.length;
  }
  Item(index: unknown): EtChartObject {
    const charts = liveSheet(this._host, this._sheet).charts;
    const chart = typeof index === "number" ? charts[index - 1] : charts.find((c) => c.name === index);
    if (!chart) fail(`ChartObjects(${JSON.stringify(index)}): no such chart`);
    return wrap(this._host, chart, "EtChartObject", () => new EtChartObject(this._host, this._sheet, chart));
  }
  /** An empty column chart at a place given in points from the sheet's top left corner. */
  Add(left: unknown, top: unknown, width: unknown, height: unknown): EtChartObject {
    const sheet = writable(this._host, this._sheet);
    const n = [left, top, width, height];
    if (
      n.some((v) => typeof v !== "number" || !Number.isFinite(v)) ||
      (width as number) <= 0 ||
      (height as number) <= 0
    )
      fail("ChartObjects.Add takes Left, Top, Width and Height in points");
    const [l, t, w, h] = n as number[];
    const chart = {
      name: `Chart ${sheet.charts.length + 1}`,
      type: "ColumnClustered",
      source: "",
      seriesBy: "Auto",
      title: null,
      position: { from: cellAt(sheet, l!, t!), to: cellAt(sheet, l! + w! - 0.01, t! + h! - 0.01) },
    };
    sheet.charts.push(chart);
    return this.Item(sheet.charts.length);
  }
}

export class EtChartObject {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _chart: FakeSheet["charts"][number],
  ) {}

  get Name(): string {
    return this._chart.name;
  }
  get Chart(): EtChart {
    return strict(new EtChart(this._host, this._sheet, this._chart), "EtChart", this._host.tally);
  }
}

export class EtChart {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _chart: FakeSheet["charts"][number],
  ) {}

  set ChartType(type: number) {
    writable(this._host, this._sheet);
    if (type !== ET_ENUMS.xlColumnClustered)
      fail(`Chart.ChartType ${type} is not implemented (xlColumnClustered only)`);
    this._chart.type = "ColumnClustered";
  }
  SetSourceData(source: unknown, plotBy?: unknown): void {
    writable(this._host, this._sheet);
    const range = asRange(source, "Chart.SetSourceData: Source");
    if (plotBy !== ET_ENUMS.xlColumns) fail("Chart.SetSourceData: PlotBy xlColumns only");
    this._chart.source = `${quoteSheetName(liveSheet(this._host, range._sheet).name)}!${formatArea(range._rect)}`;
    this._chart.seriesBy = "Columns";
  }
  get HasTitle(): boolean {
    return this._chart.title !== null;
  }
  set HasTitle(on: boolean) {
    writable(this._host, this._sheet);
    this._chart.title = on ? (this._chart.title ?? "") : null;
  }
  get ChartTitle(): EtChartTitle {
    if (this._chart.title === null) fail("Chart.ChartTitle: the chart has no title (set HasTitle first)");
    return strict(new EtChartTitle(this._host, this._sheet, this._chart), "EtChartTitle", this._host.tally);
  }
}

export class EtChartTitle {
  constructor(
    readonly _host: EtHost,
    readonly _sheet: FakeSheet,
    readonly _chart: FakeSheet["charts"][number],
  ) {}

  get Text(): string {
    return this._chart.title ?? "";
  }
  set Text(text: string) {
    writable(this._host, this._sheet);
    this._chart.title = String(text);
  }
}

/** The active window: frozen panes of the active sheet (rows only). */
export class EtWindow {
  _splitRow = 0;
  constructor(readonly _host: EtHost) {}

  _sheet(): FakeSheet {
    const sheet = activeSheet(this._host.state);
    if (!sheet) fail("No active sheet");
    return sheet;
  }
  get FreezePanes(): boolean {
    return this._sheet().freezeRows > 0;
  }
  /** Freezes the rows above SplitRow (which must be set first: freezing at the cursor is not implemented). */
  set FreezePanes(on: boolean) {
    const sheet = this._sheet();
    if (on && this._splitRow === 0) fail("FreezePanes at the active cell is not implemented: set SplitRow first");
    sheet.freezeRows = on ? this._splitRow : 0;
  }
  get SplitRow(): number {
    return this._sheet().freezeRows || this._splitRow;
  }
  set SplitRow(rows: number) {
    if (!Number.isInteger(rows) || rows < 0) fail("SplitRow is a row count");
    this._splitRow = rows;
    const sheet = this._sheet();
    if (sheet.freezeRows > 0) sheet.freezeRows = rows;
  }
  get SplitColumn(): number {
    return 0;
  }
  set SplitColumn(columns: number) {
    if (columns !== 0) fail("Frozen columns are not implemented");
  }
}

export class KsoDocumentProperties {
  constructor(readonly _host: EtHost) {}

  get Count(): number {
    return this._host.properties.length;
  }
  /** By 1-based index or by name; a name that is not there throws, as in Office. */
  Item(index: unknown): KsoDocumentProperty {
    const list = this._host.properties;
    const entry =
      typeof index === "number"
        ? list[index - 1]
        : list.find((p) => typeof index === "string" && sameName(p.name, index));
    if (!entry) fail(`CustomDocumentProperties.Item(${JSON.stringify(index)}): no such property`);
    return wrap(this._host, entry, "KsoDocumentProperty", () => new KsoDocumentProperty(this._host, entry));
  }
  /** A text property (msoPropertyTypeString) of at most 255 characters, as Office keeps them. */
  Add(name: unknown, linkToContent: unknown, type: unknown, value: unknown): KsoDocumentProperty {
    if (typeof name !== "string" || name === "" || name.length > 255) fail("A property name is 1 to 255 characters");
    if (linkToContent !== false) fail("CustomDocumentProperties.Add: linked properties are not implemented");
    if (type !== ET_ENUMS.msoPropertyTypeString || typeof value !== "string")
      fail("Only text properties are implemented");
    if (value.length > 255) fail("A text property holds at most 255 characters");
    if (this._host.properties.some((p) => sameName(p.name, name))) fail(`A property named ${name} already exists`);
    const entry = { name, value };
    this._host.properties.push(entry);
    return this.Item(this._host.properties.length);
  }
}

export class KsoDocumentProperty {
  constructor(
    readonly _host: EtHost,
    readonly _entry: EtHost["properties"][number],
  ) {}

  _live(): EtHost["properties"][number] {
    if (!this._host.properties.includes(this._entry)) fail("This property has been deleted");
    return this._entry;
  }
  get Name(): string {
    return this._live().name;
  }
  get Value(): string | number | boolean {
    return this._live().value;
  }
  Delete(): void {
    this._host.properties.splice(this._host.properties.indexOf(this._live()), 1);
  }
}
