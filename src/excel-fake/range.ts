/** `Excel.Range` and its format objects. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  formatArea,
  intersect,
  isEntireColumn,
  isEntireRow,
  parseAddress,
  qualify,
  sameName,
  type Rect,
} from "./address";
import { contentFromInput, type CellContent } from "./cellInput";
import { FakeConditionalFormatCollection } from "./conditional";
import { HostFailure, notImplemented } from "./errors";
import { FakeContext, FakeObject, REQUEST_PAYLOAD_LIMIT, defineNavs, defineProps, payloadBytes } from "./runtime";
import {
  assertWritable,
  cellsIn,
  formatOf,
  formulaOfCell,
  getCell,
  numberFormatOf,
  refreshTableHeaders,
  removeConditionalFormatsIn,
  normalizeColor as normalize,
  updateCell,
  usedRect,
  valueOfCell,
  valueTypeOfCell,
  type FormatField,
} from "./sheetOps";
import { DEFAULT_COLUMN_WIDTH_POINTS, type FakeHyperlink, type FakeSheet } from "./state";
import { shiftCells } from "./shiftCells";
import { formatCellText } from "./text";
import type { FakeWorksheet } from "./workbook";

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** Where a range is: computed once, on first use while a sync applies (null for a null object). */
export type Locator = (sheet: FakeSheet) => Rect | null;

export class FakeRange extends FakeObject {
  _resolved: Rect | null | undefined = undefined;

  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet,
    readonly _locate: Locator,
    readonly _origin: string,
    readonly _nullable = false,
  ) {
    super(ctx, "Range");
  }

  _rect(sheet: FakeSheet): Rect | null {
    if (this._resolved === undefined) this._resolved = this._locate(sheet);
    return this._resolved;
  }

  _exists(): boolean {
    const sheet = this._ws._sheet();
    return sheet !== null && this._rect(sheet) !== null;
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string | undefined {
    return this._ws._exists() ? this._origin : this._ws._missingLocation();
  }

  _target(): RangeTarget {
    const sheet = this._ws._get();
    const rect = this._rect(sheet);
    if (!rect) throw new HostFailure("ItemNotFound", this._origin);
    return { sheet, rect };
  }

  /** A range derived from this one (getCell, getRow …): located when first used. */
  _derive(method: string, derive: (rect: Rect) => Rect | null, nullable = false): FakeRange {
    const location = `Range.${method}`;
    const range = new FakeRange(
      this._ctx,
      this._ws,
      () => {
        const rect = derive(this._target().rect);
        if (rect && !inSheet(rect)) throw new HostFailure("InvalidArgument", location);
        return rect;
      },
      location,
      nullable,
    );
    if (nullable) range._instantiateOrNull(location);
    return range;
  }

  getCell(row: number, column: number): FakeRange {
    checkIndexes("Range.getCell", row, column);
    return this._derive("getCell", (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getRow(row: number): FakeRange {
    return this._derive("getRow", (r) => {
      if (row < 0 || row >= r.rowCount) throw new HostFailure("InvalidArgument", "Range.getRow");
      return { row: r.row + row, column: r.column, rowCount: 1, columnCount: r.columnCount };
    });
  }

  getColumn(column: number): FakeRange {
    return this._derive("getColumn", (r) => {
      if (column < 0 || column >= r.columnCount) throw new HostFailure("InvalidArgument", "Range.getColumn");
      return { row: r.row, column: r.column + column, rowCount: r.rowCount, columnCount: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive("getResizedRange", (r) => {
      const rect = {
        row: r.row,
        column: r.column,
        rowCount: r.rowCount + deltaRows,
        columnCount: r.columnCount + deltaColumns,
      };
      if (rect.rowCount < 1 || rect.columnCount < 1) throw new HostFailure("InvalidArgument", "Range.getResizedRange");
      return rect;
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive("getOffsetRange", (r) => ({ ...r, row: r.row + rowOffset, column: r.column + columnOffset }));
  }

  getEntireColumn(): FakeRange {
    return this._derive("getEntireColumn", (r) => ({
      row: 0,
      column: r.column,
      rowCount: MAX_ROWS,
      columnCount: r.columnCount,
    }));
  }

  getEntireRow(): FakeRange {
    return this._derive("getEntireRow", (r) => ({
      row: r.row,
      column: 0,
      rowCount: r.rowCount,
      columnCount: MAX_COLUMNS,
    }));
  }

  getLastRow(): FakeRange {
    return this._derive("getLastRow", (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  /** The smallest range that holds this one and `other` (on the same sheet). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return this._derive("getBoundingRect", (r) => {
      let o: Rect;
      if (typeof other === "string") {
        const parsed = parseAddress(other);
        if (!parsed) throw new HostFailure("InvalidArgument", "Range.getBoundingRect");
        o = parsed.rect;
      } else {
        const target = other._target();
        if (target.sheet !== this._target().sheet) throw new HostFailure("InvalidArgument", "Range.getBoundingRect");
        o = target.rect;
      }
      const row = Math.min(r.row, o.row);
      const column = Math.min(r.column, o.column);
      return {
        row,
        column,
        rowCount: Math.max(r.row + r.rowCount, o.row + o.rowCount) - row,
        columnCount: Math.max(r.column + r.columnCount, o.column + o.columnCount) - column,
      };
    });
  }

  /**
   * Not in the API's typings: office.js calls it before it sends a big grid (over 1,500 cells) in
   * pieces of rows, so that Excel refuses a grid of the wrong shape before any piece is written.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call("_ValidateArraySize", [rows, columns], () => {
      const { rect } = this._target();
      if (rows !== rect.rowCount || columns !== rect.columnCount)
        throw new HostFailure(
          "InvalidArgument",
          "Range._ValidateArraySize",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (range ${rect.rowCount}×${rect.columnCount}, array ${rows}×${columns}).`,
        );
    });
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this._intersection("getIntersection", other, false);
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this._intersection("getIntersectionOrNullObject", other, true);
  }

  /** The part of this range that holds something (values only, or formats too), or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._derive(
      "getUsedRangeOrNullObject",
      (r) => {
        const used = usedRect(this._target().sheet, valuesOnly === true);
        return used ? intersect(r, used) : null;
      },
      true,
    );
  }

  _intersection(method: string, other: FakeRange | string, nullable: boolean): FakeRange {
    return this._derive(
      method,
      (r) => {
        let otherRect: Rect;
        if (typeof other === "string") {
          const parsed = parseAddress(other);
          if (!parsed) throw new HostFailure("InvalidArgument", `Range.${method}`);
          otherRect = parsed.rect;
        } else {
          const target = other._target();
          if (target.sheet !== this._target().sheet) throw new HostFailure("InvalidArgument", `Range.${method}`);
          otherRect = target.rect;
        }
        const i = intersect(r, otherRect);
        if (!i && !nullable) throw new HostFailure("ItemNotFound", `Range.${method}`);
        return i;
      },
      nullable,
    );
  }

  clear(applyTo: string = "All"): void {
    if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(applyTo)) {
      if (applyTo === "ResetContents") throw notImplemented('Range.clear("ResetContents")');
      throw new HostFailure("InvalidArgument", "Range.clear");
    }
    this._call("clear", [applyTo], () => {
      const { sheet, rect } = this._target();
      assertWritable(sheet);
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
      for (const [r, c] of cellsIn(sheet, rect)) {
        updateCell(sheet, r, c, (cell) => {
          if (contents) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
          }
          if (formats) {
            delete cell.numberFormat;
            delete cell.bold;
            delete cell.underline;
            delete cell.fill;
            delete cell.fontColor;
            delete cell.wrapText;
          }
          if (links) delete cell.hyperlink;
        });
      }
      if (formats) {
        if (isEntireColumn(rect))
          for (let c = rect.column; c < rect.column + rect.columnCount; c++) delete sheet.columnFormats[c];
        removeConditionalFormatsIn(sheet, rect);
      }
      refreshTableHeaders(sheet);
    });
  }

  /**
   * Sets properties cell by cell, in one call (ExcelApi 1.9): here the hyperlink only. An empty
   * object leaves its cell as it is; the grid must have the range's shape.
   */
  setCellProperties(cellPropertiesData: unknown): void {
    const grid = cellPropertiesData as Record<string, unknown>[][];
    for (const row of Array.isArray(grid) ? grid : [])
      for (const cell of Array.isArray(row) ? row : [])
        for (const key of Object.keys(cell ?? {}))
          if (key !== "hyperlink") throw notImplemented(`Range.setCellProperties({ ${key} })`);
    this._call("setCellProperties", [cellPropertiesData], () => {
      const { sheet, rect } = this._target();
      assertWritable(sheet);
      const ok =
        Array.isArray(grid) &&
        grid.length === rect.rowCount &&
        grid.every((row) => Array.isArray(row) && row.length === rect.columnCount);
      if (!ok) throw new HostFailure("InvalidArgument", "Range.setCellProperties");
      const links = grid.map((row) => row.map((cell) => (cell?.hyperlink ? hyperlinkFrom(cell.hyperlink) : null)));
      links.forEach((row, i) =>
        row.forEach((link, j) => {
          if (link) setLink(sheet, rect.row + i, rect.column + j, link);
        }),
      );
      refreshTableHeaders(sheet);
    });
  }

  /**
   * Inserts cells in place of this range, moving the cells there "Down" or "Right" (shiftCells.ts);
   * returns the range of the inserted cells.
   */
  insert(shift: string): FakeRange {
    const rect = (): Rect => this._target().rect;
    this._call("insert", [shift], () => {
      if (shift !== "Down" && shift !== "Right") throw new HostFailure("InvalidArgument", "Range.insert");
      const { sheet, rect } = this._target();
      shiftCells(this._ctx._host.state, sheet, rect, shift);
    });
    return this._ws._newRange(() => rect(), "Range.insert");
  }

  /** Deletes this range's cells, moving the cells beyond "Up" or "Left" into their place (shiftCells.ts). */
  delete(shift: string): void {
    this._call("delete", [shift], () => {
      if (shift !== "Up" && shift !== "Left") throw new HostFailure("InvalidArgument", "Range.delete");
      const { sheet, rect } = this._target();
      shiftCells(this._ctx._host.state, sheet, rect, shift);
    });
  }

  /** Selects the range in Excel's UI, activating its sheet (a hidden sheet cannot be: InvalidOperation). */
  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this._target();
      if (sheet.visibility !== "Visible")
        throw new HostFailure("InvalidOperation", "Range.select", "A range on a hidden sheet cannot be selected.");
      const state = this._ctx._host.state;
      state.activeSheet = sheet.name;
      state.selection = { sheet: sheet.name, address: formatArea(rect) };
    });
  }

  /** Writes a grid (values, formulas, number formats) after checking its shape against the range. */
  _writeGrid(field: "values" | "formulas" | "numberFormat", input: unknown): void {
    const { sheet, rect } = this._target();
    assertWritable(sheet);
    const location = `Range.${field}`;
    const broadcast = !Array.isArray(input);
    if (!broadcast) {
      const grid = input as unknown[];
      const ok =
        grid.length === rect.rowCount && grid.every((row) => Array.isArray(row) && row.length === rect.columnCount);
      if (!ok) {
        const shape = grid.every((row) => Array.isArray(row))
          ? `${grid.length}×${(grid[0] as unknown[] | undefined)?.length ?? 0}`
          : "not 2-D";
        throw new HostFailure(
          "InvalidArgument",
          location,
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (range ${rect.rowCount}×${rect.columnCount}, array ${shape}).`,
        );
      }
    }
    const at = (i: number, j: number): unknown => (broadcast ? input : (input as unknown[][])[i]![j]);
    if (field === "numberFormat") {
      if (isEntireColumn(rect) && broadcast && input !== null) {
        setColumnFormat(sheet, rect, "numberFormat", String(input));
        return;
      }
      if (rect.rowCount * rect.columnCount > 1_000_000)
        throw notImplemented(`${location} on an entire row or column (except one format for whole columns)`);
      for (let i = 0; i < rect.rowCount; i++) {
        for (let j = 0; j < rect.columnCount; j++) {
          const v = at(i, j);
          if (v === null || v === undefined) continue;
          if (typeof v !== "string") throw new HostFailure("InvalidArgument", location, "A number format is a string.");
        }
      }
      for (let i = 0; i < rect.rowCount; i++) {
        for (let j = 0; j < rect.columnCount; j++) {
          const v = at(i, j);
          if (v === null || v === undefined) continue;
          updateCell(sheet, rect.row + i, rect.column + j, (cell) => {
            cell.numberFormat = v as string;
          });
        }
      }
      return;
    }
    if (rect.rowCount * rect.columnCount > 1_000_000) throw notImplemented(`${location} on an entire row or column`);
    // Excel applies the write whole or not at all: check every entry first.
    const contents: (CellContent | null)[][] = [];
    for (let i = 0; i < rect.rowCount; i++) {
      const row: (CellContent | null)[] = [];
      for (let j = 0; j < rect.columnCount; j++) {
        const v = at(i, j);
        if (v === null || v === undefined) {
          row.push(null); // null leaves the cell as it is
          continue;
        }
        const content = contentFromInput(v, numberFormatOf(sheet, rect.row + i, rect.column + j), field === "formulas");
        if (typeof content === "string")
          throw new HostFailure("InvalidArgument", location, `Cell ${i},${j}: ${content}.`);
        row.push(content);
      }
      contents.push(row);
    }
    for (let i = 0; i < rect.rowCount; i++) {
      for (let j = 0; j < rect.columnCount; j++) {
        const content = contents[i]![j];
        if (!content) continue;
        const r = rect.row + i;
        const c = rect.column + j;
        const general = numberFormatOf(sheet, r, c) === "General";
        updateCell(sheet, r, c, (cell) => {
          cell.value = content.value;
          cell.formula = content.formula;
          cell.error = content.error;
          if (content.impliedFormat && general) cell.numberFormat = content.impliedFormat;
        });
      }
    }
    refreshTableHeaders(sheet, this._ctx._host.state);
  }

  _readGrid<T>(read: (sheet: FakeSheet, r: number, c: number) => T): T[][] {
    const { sheet, rect } = this._target();
    const grid: T[][] = [];
    for (let i = 0; i < rect.rowCount; i++) {
      const row: T[] = new Array(rect.columnCount);
      for (let j = 0; j < rect.columnCount; j++) row[j] = read(sheet, rect.row + i, rect.column + j);
      grid.push(row);
    }
    if (rect.rowCount * rect.columnCount > 100_000 && payloadBytes(grid) > REQUEST_PAYLOAD_LIMIT) {
      throw new HostFailure("ResponsePayloadSizeLimitExceeded");
    }
    return grid;
  }

  /** A format field of every cell: the common value, or null when the cells differ. */
  _commonFormat(field: FormatField, fallback: unknown): unknown {
    const { sheet, rect } = this._target();
    const limited = limitToUsed(sheet, rect);
    let first: unknown = undefined;
    for (let r = limited.row; r < limited.row + limited.rowCount; r++) {
      for (let c = limited.column; c < limited.column + limited.columnCount; c++) {
        const v = formatOf(sheet, r, c, field) ?? fallback;
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
    }
    return first ?? fallback;
  }

  _setFormat(field: FormatField, value: unknown): void {
    const { sheet, rect } = this._target();
    assertWritable(sheet);
    if (isEntireColumn(rect)) {
      setColumnFormat(sheet, rect, field, value);
      return;
    }
    if (rect.rowCount * rect.columnCount > 1_000_000) throw notImplemented(`RangeFormat on an entire row`);
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        updateCell(sheet, r, c, (cell) => {
          (cell as unknown as Record<string, unknown>)[field] = value;
        });
      }
    }
  }
}

function inSheet(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

function checkIndexes(location: string, ...indexes: number[]): void {
  if (!indexes.every((n) => Number.isInteger(n))) throw new HostFailure("InvalidArgument", location);
}

/** For reading formats of whole rows or columns: the part that has cells (or the first cell). */
function limitToUsed(sheet: FakeSheet, rect: Rect): Rect {
  if (rect.rowCount * rect.columnCount <= 100_000) return rect;
  const cells = cellsIn(sheet, rect);
  if (cells.length === 0) return { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 };
  const rows = cells.map(([r]) => r);
  const cols = cells.map(([, c]) => c);
  const row = Math.min(...rows);
  const column = Math.min(...cols);
  return { row, column, rowCount: Math.max(...rows) - row + 1, columnCount: Math.max(...cols) - column + 1 };
}

function setColumnFormat(sheet: FakeSheet, rect: Rect, field: FormatField, value: unknown): void {
  for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
    const format = (sheet.columnFormats[c] ??= {});
    (format as Record<string, unknown>)[field] = value;
  }
  for (const [r, c] of cellsIn(sheet, rect)) {
    updateCell(sheet, r, c, (cell) => {
      delete cell[field];
    });
  }
}

/** A cell's link as Excel sets it: the text to display, when given, becomes the cell's text. */
function setLink(sheet: FakeSheet, row: number, column: number, link: FakeHyperlink): void {
  updateCell(sheet, row, column, (cell) => {
    cell.hyperlink = { ...link };
    if (link.textToDisplay !== undefined) {
      const content = contentFromInput(link.textToDisplay, "@", false) as CellContent;
      cell.value = content.value;
      delete cell.formula;
      delete cell.error;
    } else if (cell.value === null && cell.formula === undefined) {
      cell.value = link.address ?? link.documentReference ?? null;
    }
  });
}

function hyperlinkFrom(value: unknown): FakeHyperlink {
  if (!value || typeof value !== "object") throw new HostFailure("InvalidArgument", "Range.hyperlink");
  const v = value as Record<string, unknown>;
  const link: FakeHyperlink = {};
  for (const key of ["address", "documentReference", "textToDisplay", "screenTip"] as const) {
    if (v[key] === undefined || v[key] === null) continue;
    if (typeof v[key] !== "string") throw new HostFailure("InvalidArgument", "Range.hyperlink");
    link[key] = v[key] as string;
  }
  if (link.address === undefined && link.documentReference === undefined)
    throw new HostFailure("InvalidArgument", "Range.hyperlink");
  return link;
}

defineProps(FakeRange, {
  address: { read: (r) => qualify(r._target().sheet.name, r._target().rect) },
  rowIndex: { read: (r) => r._target().rect.row },
  columnIndex: { read: (r) => r._target().rect.column },
  rowCount: { read: (r) => r._target().rect.rowCount },
  columnCount: { read: (r) => r._target().rect.columnCount },
  cellCount: { read: (r) => r._target().rect.rowCount * r._target().rect.columnCount },
  isEntireColumn: { read: (r) => isEntireColumn(r._target().rect) },
  isEntireRow: { read: (r) => isEntireRow(r._target().rect) },
  values: {
    read: (r) => r._readGrid((sheet, row, c) => valueOfCell(getCell(sheet, row, c))),
    write: (r, v) => r._writeGrid("values", v),
  },
  formulas: {
    read: (r) => r._readGrid((sheet, row, c) => formulaOfCell(getCell(sheet, row, c))),
    write: (r, v) => r._writeGrid("formulas", v),
  },
  numberFormat: {
    read: (r) => r._readGrid((sheet, row, c) => numberFormatOf(sheet, row, c)),
    write: (r, v) => r._writeGrid("numberFormat", v),
  },
  text: {
    read: (r) => r._readGrid((sheet, row, c) => formatCellText(getCell(sheet, row, c), numberFormatOf(sheet, row, c))),
  },
  valueTypes: { read: (r) => r._readGrid((sheet, row, c) => valueTypeOfCell(getCell(sheet, row, c))) },
  hyperlink: {
    read: (r) => {
      const { sheet, rect } = r._target();
      return getCell(sheet, rect.row, rect.column)?.hyperlink ?? null;
    },
    write: (r, v) => {
      const { sheet, rect } = r._target();
      assertWritable(sheet);
      const link = hyperlinkFrom(v);
      for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) setLink(sheet, row, c, link);
      }
      refreshTableHeaders(sheet);
    },
  },
});

defineNavs(FakeRange, {
  format: (r) => new FakeRangeFormat(r._ctx, r),
  conditionalFormats: (r) => new FakeConditionalFormatCollection(r._ctx, r),
  worksheet: (r) => r._ws,
});

// ---------------------------------------------------------------------------------------------

class FakeRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _range: FakeRange,
  ) {
    super(ctx, "RangeFormat");
  }

  _exists(): boolean {
    return this._range._exists();
  }

  override _missingLocation(): string | undefined {
    return this._range._missingLocation();
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], () => {
      const { sheet, rect } = this._range._target();
      assertWritable(sheet);
      const widths = new Map<number, number>();
      for (const [r, c, cell] of cellsIn(sheet, rect)) {
        const text = formatCellText(cell, numberFormatOf(sheet, r, c));
        const chars = [...text].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
        widths.set(c, Math.max(widths.get(c) ?? 0, chars));
      }
      // A character and 5 px of padding: 7 px a character of the default font, 0.75 point a pixel.
      for (const [c, chars] of widths) if (chars > 0) sheet.columnWidths[c] = ((chars + 1) * 7 + 5) * 0.75;
    });
  }
}

defineProps(FakeRangeFormat, {
  columnWidth: {
    read: (f) => {
      const { sheet, rect } = f._range._target();
      const width = (c: number): number => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH_POINTS;
      const first = width(rect.column);
      for (let c = rect.column + 1; c < rect.column + Math.min(rect.columnCount, 1000); c++)
        if (width(c) !== first) return null;
      return first;
    },
    write: (f, v) => {
      const { sheet, rect } = f._range._target();
      assertWritable(sheet);
      if (typeof v !== "number" || !(v >= 0)) throw new HostFailure("InvalidArgument", "RangeFormat.columnWidth");
      if (rect.columnCount === MAX_COLUMNS) throw notImplemented("RangeFormat.columnWidth on an entire row");
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths[c] = v;
    },
  },
  useStandardWidth: {
    read: (f) => {
      const { sheet, rect } = f._range._target();
      for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, 1000); c++)
        if (sheet.columnWidths[c] !== undefined) return false;
      return true;
    },
    // True gives the columns the sheet's standard width again; false changes nothing.
    write: (f, v) => {
      const { sheet, rect } = f._range._target();
      assertWritable(sheet);
      if (typeof v !== "boolean") throw new HostFailure("InvalidArgument", "RangeFormat.useStandardWidth");
      if (v)
        for (const c of Object.keys(sheet.columnWidths).map(Number)) {
          if (c >= rect.column && c < rect.column + rect.columnCount) delete sheet.columnWidths[c];
        }
    },
  },
  wrapText: {
    read: (f) => f._range._commonFormat("wrapText", false),
    write: (f, v) => f._range._setFormat("wrapText", v === true ? true : undefined),
  },
});

defineNavs(FakeRangeFormat, {
  font: (f) => new FakeRangeFont(f._ctx, f._range),
  fill: (f) => new FakeRangeFill(f._ctx, f._range),
});

/** `Excel.RangeUnderlineStyle`. */
const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

class FakeRangeFont extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _range: FakeRange,
  ) {
    super(ctx, "RangeFont");
  }

  _exists(): boolean {
    return this._range._exists();
  }
}

defineProps(FakeRangeFont, {
  bold: {
    read: (f) => f._range._commonFormat("bold", false),
    write: (f, v) => f._range._setFormat("bold", v === true ? true : undefined),
  },
  underline: {
    read: (f) => f._range._commonFormat("underline", "None"),
    write: (f, v) => {
      if (!UNDERLINES.includes(v as string)) throw new HostFailure("InvalidArgument", "RangeFont.underline");
      f._range._setFormat("underline", v === "None" ? undefined : v);
    },
  },
  color: {
    read: (f) => f._range._commonFormat("fontColor", "#000000"),
    write: (f, v) => {
      const color = normalize(v);
      f._range._setFormat("fontColor", color === "#000000" ? undefined : color);
    },
  },
});

class FakeRangeFill extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _range: FakeRange,
  ) {
    super(ctx, "RangeFill");
  }

  _exists(): boolean {
    return this._range._exists();
  }

  clear(): void {
    this._call("clear", [], () => this._range._setFormat("fill", undefined));
  }
}

defineProps(FakeRangeFill, {
  color: {
    read: (f) => f._range._commonFormat("fill", "#FFFFFF"),
    write: (f, v) => f._range._setFormat("fill", normalize(v)),
  },
});

/** Whether an address given to `Worksheet.getRange` may name this sheet ("'Other'!A1" may not). */
export function addressOnSheet(sheet: FakeSheet, address: string, location: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw new HostFailure("InvalidArgument", location, `'${address}' is not an A1 address.`);
  if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name))
    throw new HostFailure("InvalidArgument", location, `'${address}' is not on ${sheet.name}.`);
  return parsed.rect;
}
