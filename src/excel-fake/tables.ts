/** Tables (workbook-wide names, no overlaps) and charts. */
import { breakTableReferences, renameTableReferences } from "./references";
import { formatArea, intersect, parseAddress, qualify, sameName, splitSheet, type Rect } from "./address";
import { HostFailure, notImplemented } from "./errors";
import type { FakeRange } from "./range";
import {
  FakeCollection,
  FakeContext,
  FakeObject,
  defineNavs,
  defineProps,
  resultOf,
  type FakeClientResult,
} from "./runtime";
import {
  activeSheet,
  assertWritable,
  findSheet,
  findTable,
  getCell,
  headerText,
  tableRect,
  updateCell,
} from "./sheetOps";
import type { FakeChart, FakeSheet, FakeTable, FakeWorkbookState } from "./state";
import type { FakeWorksheet } from "./workbook";

const REFERENCE_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

/** Why Excel refuses a table name, or null. */
export function tableNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "empty";
  if (name.length > 255) return "longer than 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return "must start with a letter, _ or \\ and hold only letters, digits, _ . \\";
  if (REFERENCE_LIKE.test(name)) return "looks like a cell reference";
  return null;
}

function allTables(state: FakeWorkbookState): FakeTable[] {
  return state.sheets.flatMap((s) => s.tables);
}

export class FakeTableCollection extends FakeCollection<FakeTableProxy> {
  /** `_ws` is null for `workbook.tables`. */
  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet | null,
  ) {
    super(ctx, "TableCollection");
  }

  override _exists(): boolean {
    return this._ws === null || this._ws._exists();
  }

  _scope(): FakeTable[] {
    if (this._ws === null) return allTables(this._ctx._host.state);
    return this._ws._get().tables;
  }

  _enumerate(): FakeTableProxy[] {
    return this._scope().map((t) => tableProxy(this._ctx, t));
  }

  _itemPrototype(): FakeObject {
    return new FakeTableProxy(this._ctx, { kind: "pending" });
  }

  getItem(key: string): FakeTableProxy {
    return new FakeTableProxy(this._ctx, { kind: "name", name: key, scope: this });
  }

  getItemOrNullObject(key: string): FakeTableProxy {
    const t = new FakeTableProxy(this._ctx, { kind: "name", name: key, scope: this }, true);
    t._instantiateOrNull("TableCollection.getItemOrNullObject");
    return t;
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", [], () => this._scope().length);
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    if (hasHeaders !== true)
      throw notImplemented("TableCollection.add with hasHeaders = false (Excel inserts a header row)");
    const proxy = new FakeTableProxy(this._ctx, { kind: "pending" });
    const shown = typeof address === "string" ? address : "<Range>";
    this._call("add", [shown, hasHeaders], () => {
      const state = this._ctx._host.state;
      const { sheet, rect: given } = this._locate(address);
      assertWritable(sheet);
      const rect: Rect = given.rowCount === 1 ? { ...given, rowCount: 2 } : given; // a table has at least one body row
      if (rect.rowCount * rect.columnCount > 1_000_000)
        throw notImplemented("TableCollection.add over entire rows or columns");
      for (const other of sheet.tables) {
        if (intersect(tableRect(other), rect)) {
          throw new HostFailure("InvalidArgument", undefined, `A table can't overlap another table (${other.name}).`);
        }
      }
      let n = 1;
      while (allTables(state).some((t) => sameName(t.name, `Table${n}`))) n++;
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
        style: "TableStyleMedium2",
      };
      sheet.tables.push(table);
      proxy._resolved = table;
      this._ctx._proxies.set(table, proxy);
    });
    return proxy;
  }

  _locate(address: FakeRange | string): { sheet: FakeSheet; rect: Rect } {
    if (typeof address !== "string") return address._target();
    const state = this._ctx._host.state;
    const parsed = parseAddress(address);
    if (!parsed) throw new HostFailure("InvalidArgument", undefined, `'${address}' is not an A1 address.`);
    let sheet: FakeSheet | undefined;
    if (this._ws) {
      sheet = this._ws._get();
      if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)) throw new HostFailure("InvalidArgument");
    } else {
      sheet = parsed.sheet === null ? activeSheet(state) : findSheet(state, splitSheet(address).sheet!);
      if (!sheet) throw new HostFailure("ItemNotFound");
    }
    return { sheet, rect: parsed.rect };
  }
}

function tableProxy(ctx: FakeContext, table: FakeTable): FakeTableProxy {
  return ctx._proxyFor(table, () => {
    const proxy = new FakeTableProxy(ctx, { kind: "entry" });
    proxy._resolved = table;
    return proxy;
  });
}

type TableRef = { kind: "name"; name: string; scope: FakeTableCollection } | { kind: "entry" } | { kind: "pending" };

export class FakeTableProxy extends FakeObject {
  _resolved: FakeTable | null | undefined = undefined;

  constructor(
    ctx: FakeContext,
    readonly _ref: TableRef,
    readonly _nullable = false,
  ) {
    super(ctx, "Table");
  }

  _table(): { table: FakeTable; sheet: FakeSheet } | null {
    if (this._resolved === undefined) {
      if (this._ref.kind !== "name") return null;
      const ref = this._ref;
      this._resolved = ref.scope._scope().find((t) => sameName(t.name, ref.name)) ?? null;
    }
    if (!this._resolved) return null;
    const sheet = findTable(this._ctx._host.state, this._resolved);
    return sheet ? { table: this._resolved, sheet } : null;
  }

  _exists(): boolean {
    return this._table() !== null;
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string | undefined {
    return this._ref.kind === "name"
      ? this._nullable
        ? "TableCollection.getItemOrNullObject"
        : "TableCollection.getItem"
      : undefined;
  }

  _get(): { table: FakeTable; sheet: FakeSheet } {
    const found = this._table();
    if (!found) throw new HostFailure("ItemNotFound", this._missingLocation());
    return found;
  }

  _range(method: string, part: (rect: Rect, table: FakeTable) => Rect | null): FakeRange {
    const location = `Table.${method}`;
    const ws = this.worksheet;
    return ws._newRange(() => {
      const { table } = this._get();
      const rect = part(tableRect(table), table);
      if (!rect) throw new HostFailure("ItemNotFound", location);
      return rect;
    }, location);
  }

  /** The worksheet proxy of the table's sheet (found when first used), defined beside FakeWorksheet in ./workbook. */
  declare readonly worksheet: FakeWorksheet;

  getRange(): FakeRange {
    return this._range("getRange", (r) => r);
  }

  getHeaderRowRange(): FakeRange {
    return this._range("getHeaderRowRange", (r, t) => (t.showHeaders ? { ...r, rowCount: 1 } : null));
  }

  getDataBodyRange(): FakeRange {
    return this._range("getDataBodyRange", (r, t) => {
      const top = t.showHeaders ? 1 : 0;
      const bottom = t.showTotals ? 1 : 0;
      return { ...r, row: r.row + top, rowCount: r.rowCount - top - bottom };
    });
  }

  getTotalRowRange(): FakeRange {
    return this._range("getTotalRowRange", (r, t) =>
      t.showTotals ? { ...r, row: r.row + r.rowCount - 1, rowCount: 1 } : null,
    );
  }

  delete(): void {
    this._call("delete", [], () => {
      const { table, sheet } = this._get();
      assertWritable(sheet);
      const rect = tableRect(table);
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          if (getCell(sheet, r, c))
            updateCell(
              sheet,
              r,
              c,
              (cell) => void Object.assign(cell, { value: null, formula: undefined, error: undefined }),
            );
        }
      }
      sheet.tables = sheet.tables.filter((t) => t !== table);
      breakTableReferences(this._ctx._host.state, table.name);
    });
  }
}

defineProps(FakeTableProxy, {
  name: {
    read: (t) => t._get().table.name,
    write: (t, value) => {
      const { table } = t._get();
      const problem = tableNameProblem(value);
      if (problem)
        throw new HostFailure(
          "InvalidArgument",
          undefined,
          `The table name '${String(value)}' is not allowed: ${problem}.`,
        );
      const clash = allTables(t._ctx._host.state).find((o) => o !== table && sameName(o.name, value as string));
      if (clash) throw new HostFailure("ItemAlreadyExists", undefined, `A table named '${clash.name}' already exists.`);
      if (table.name !== value) renameTableReferences(t._ctx._host.state, table.name, value as string);
      table.name = value as string;
    },
  },
  showHeaders: { read: (t) => t._get().table.showHeaders },
  showTotals: {
    read: (t) => t._get().table.showTotals,
    write: (t, value) => {
      const { table, sheet } = t._get();
      assertWritable(sheet);
      if (typeof value !== "boolean") throw new HostFailure("InvalidArgument");
      if (value === table.showTotals) return;
      const rect = tableRect(table);
      if (value) {
        const grown = { ...rect, rowCount: rect.rowCount + 1 };
        table.address = formatArea(grown);
        updateCell(sheet, grown.row + grown.rowCount - 1, grown.column, (cell) => {
          cell.value = "Total";
        });
      } else {
        const row = rect.row + rect.rowCount - 1;
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          if (getCell(sheet, row, c))
            updateCell(
              sheet,
              row,
              c,
              (cell) => void Object.assign(cell, { value: null, formula: undefined, error: undefined }),
            );
        }
        table.address = formatArea({ ...rect, rowCount: rect.rowCount - 1 });
      }
      table.showTotals = value;
    },
  },
  style: {
    read: (t) => t._get().table.style,
    write: (t, value) => {
      const { table, sheet } = t._get();
      assertWritable(sheet);
      if (typeof value !== "string") throw new HostFailure("InvalidArgument");
      table.style = value;
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Charts

export class FakeChartCollection extends FakeCollection<FakeChartProxy> {
  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet,
  ) {
    super(ctx, "ChartCollection");
  }

  override _exists(): boolean {
    return this._ws._exists();
  }

  _enumerate(): FakeChartProxy[] {
    return this._ws._get().charts.map((chart) => chartProxy(this._ctx, this._ws, chart));
  }

  _itemPrototype(): FakeObject {
    return new FakeChartProxy(this._ctx, this._ws, null);
  }

  getItem(name: string): FakeChartProxy {
    return this._byName(name, false);
  }

  getItemOrNullObject(name: string): FakeChartProxy {
    const chart = this._byName(name, true);
    chart._instantiateOrNull("ChartCollection.getItemOrNullObject");
    return chart;
  }

  _byName(name: string, nullable: boolean): FakeChartProxy {
    const proxy = new FakeChartProxy(this._ctx, this._ws, null, nullable);
    proxy._find = () => this._ws._get().charts.find((c) => sameName(c.name, name)) ?? null;
    return proxy;
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", [], () => this._ws._get().charts.length);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChartProxy {
    const proxy = new FakeChartProxy(this._ctx, this._ws, null);
    this._call("add", [type, "<Range>", seriesBy], () => {
      const sheet = this._ws._get();
      assertWritable(sheet);
      if (typeof type !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(type))
        throw new HostFailure("InvalidArgument", undefined, `'${String(type)}' is not a chart type.`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new HostFailure("InvalidArgument");
      const source = sourceData._target();
      let n = 1;
      while (sheet.charts.some((c) => sameName(c.name, `Chart ${n}`))) n++;
      const chart: FakeChart = {
        name: `Chart ${n}`,
        type,
        source: qualify(source.sheet.name, source.rect),
        seriesBy,
        title: null,
        position: null,
      };
      sheet.charts.push(chart);
      proxy._entry = chart;
      this._ctx._proxies.set(chart, proxy);
    });
    return proxy;
  }
}

function chartProxy(ctx: FakeContext, ws: FakeWorksheet, chart: FakeChart): FakeChartProxy {
  return ctx._proxyFor(chart, () => new FakeChartProxy(ctx, ws, chart));
}

class FakeChartProxy extends FakeObject {
  _find: (() => FakeChart | null) | null = null;

  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet,
    public _entry: FakeChart | null,
    readonly _nullable = false,
  ) {
    super(ctx, "Chart");
  }

  _chart(): { chart: FakeChart; sheet: FakeSheet } | null {
    if (!this._entry && this._find) {
      this._entry = this._find();
      this._find = null;
    }
    const chart = this._entry;
    if (!chart) return null;
    const sheet = this._ctx._host.state.sheets.find((s) => s.charts.includes(chart));
    return sheet ? { chart, sheet } : null;
  }

  _exists(): boolean {
    return this._chart() !== null;
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string {
    return this._nullable ? "ChartCollection.getItemOrNullObject" : "ChartCollection.getItem";
  }

  _get(): { chart: FakeChart; sheet: FakeSheet } {
    const found = this._chart();
    if (!found) throw new HostFailure("ItemNotFound", this._missingLocation());
    return found;
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const args = [startCell, endCell]
      .filter((a) => a !== undefined)
      .map((a) => (typeof a === "string" ? a : "<Range>"));
    this._call("setPosition", args, () => {
      const { chart, sheet } = this._get();
      const cell = (a: FakeRange | string): string => {
        if (typeof a !== "string") return formatArea(a._target().rect);
        const parsed = parseAddress(a);
        if (!parsed || (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)))
          throw new HostFailure("InvalidArgument");
        return formatArea(parsed.rect);
      };
      chart.position = { from: cell(startCell), to: endCell === undefined ? null : cell(endCell) };
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const { chart, sheet } = this._get();
      assertWritable(sheet);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

defineProps(FakeChartProxy, {
  name: {
    read: (c) => c._get().chart.name,
    write: (c, value) => {
      const { chart, sheet } = c._get();
      if (typeof value !== "string" || value === "") throw new HostFailure("InvalidArgument");
      if (sheet.charts.some((o) => o !== chart && sameName(o.name, value))) throw new HostFailure("ItemAlreadyExists");
      chart.name = value;
    },
  },
  chartType: {
    read: (c) => c._get().chart.type,
    write: (c, value) => {
      if (typeof value !== "string") throw new HostFailure("InvalidArgument");
      c._get().chart.type = value;
    },
  },
});

defineNavs(FakeChartProxy, {
  title: (c) => new FakeChartTitle(c._ctx, c),
  worksheet: (c) => c._ws,
});

class FakeChartTitle extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _chart: FakeChartProxy,
  ) {
    super(ctx, "ChartTitle");
  }

  _exists(): boolean {
    return this._chart._exists();
  }
}

defineProps(FakeChartTitle, {
  text: {
    read: (t) => t._chart._get().chart.title ?? "",
    write: (t, value) => {
      if (typeof value !== "string") throw new HostFailure("InvalidArgument");
      t._chart._get().chart.title = value;
    },
  },
});
