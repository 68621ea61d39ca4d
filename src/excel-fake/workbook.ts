/** The root objects: Application, Workbook, worksheets and their freeze panes and protection. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, qualify, sameName, sheetNameProblem, type Rect } from "./address";
import { HostFailure } from "./errors";
import { FakeRange, addressOnSheet, type Locator } from "./range";
import {
  FakeCollection,
  FakeContext,
  FakeObject,
  defineNavs,
  defineProps,
  resultOf,
  type FakeClientResult,
} from "./runtime";
import { FakeSettingCollection } from "./settings";
import { activeSheet, findSheet, usedRect } from "./sheetOps";
import { breakSheetReferences, breakTableReferences, renameSheetReferences } from "./references";
import { emptySheet, type FakeSheet, type FakeVisibility } from "./state";
import { FakeChartCollection, FakeTableCollection, FakeTableProxy } from "./tables";

export class FakeApplication extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, "Application");
  }

  _exists(): boolean {
    return true;
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => {
      this._ctx._host.stats.calculationSuspensions += 1;
    });
  }
}

export class FakeWorkbook extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, "Workbook");
  }

  _exists(): boolean {
    return true;
  }
}

// ExcelApi 1.16; @types/office-js does not declare it yet, so it is not in EXCEL_API_MEMBERS.
defineProps(FakeWorkbook, {
  use1904DateSystem: { read: (w) => w._ctx._host.state.date1904 === true },
});

defineNavs(FakeWorkbook, {
  worksheets: (w) => new FakeWorksheetCollection(w._ctx),
  tables: (w) => new FakeTableCollection(w._ctx, null),
  settings: (w) => new FakeSettingCollection(w._ctx),
  application: (w) => (w._ctx as unknown as { application: FakeApplication }).application,
});

// ---------------------------------------------------------------------------------------------

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
  }

  _enumerate(): FakeWorksheet[] {
    return this._ctx._host.state.sheets.map((sheet) => worksheetProxy(this._ctx, sheet));
  }

  _itemPrototype(): FakeObject {
    return new FakeWorksheet(this._ctx, { kind: "pending" });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, { kind: "name", name: key });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._ctx, { kind: "name", name: key }, true);
    ws._instantiateOrNull("WorksheetCollection.getItemOrNullObject");
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, { kind: "active" });
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return resultOf(
      this,
      "getCount",
      visibleOnly === undefined ? [] : [visibleOnly],
      () => this._ctx._host.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._ctx, { kind: "pending" });
    this._call("add", name === undefined ? [] : [name], () => {
      const state = this._ctx._host.state;
      let sheetName = name;
      if (sheetName === undefined || sheetName === null) {
        let n = state.sheets.length + 1;
        while (findSheet(state, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      const problem = sheetNameProblem(sheetName);
      if (problem)
        throw new HostFailure(
          "InvalidArgument",
          undefined,
          `The sheet name '${sheetName}' is not allowed: ${problem}.`,
        );
      if (findSheet(state, sheetName))
        throw new HostFailure("ItemAlreadyExists", undefined, `A sheet named '${sheetName}' already exists.`);
      const sheet = emptySheet(sheetName);
      state.sheets.push(sheet);
      ws._resolved = sheet;
      this._ctx._proxies.set(sheet, ws);
    });
    return ws;
  }
}

function worksheetProxy(ctx: FakeContext, sheet: FakeSheet): FakeWorksheet {
  return ctx._proxyFor(sheet, () => {
    const ws = new FakeWorksheet(ctx, { kind: "entry" });
    ws._resolved = sheet;
    return ws;
  });
}

type SheetRef =
  | { kind: "name"; name: string }
  | { kind: "active" }
  | { kind: "entry" }
  | { kind: "pending" }
  | { kind: "lookup"; find: () => FakeSheet | null };

export class FakeWorksheet extends FakeObject {
  _resolved: FakeSheet | null | undefined = undefined;

  constructor(
    ctx: FakeContext,
    readonly _ref: SheetRef,
    readonly _nullable = false,
  ) {
    super(ctx, "Worksheet");
  }

  /** The sheet, found on first use (by name, or the active one) and then kept, as Excel keeps an object path. */
  _sheet(): FakeSheet | null {
    const state = this._ctx._host.state;
    if (this._resolved === undefined) {
      if (this._ref.kind === "pending" || this._ref.kind === "entry") return null;
      const ref = this._ref;
      if (ref.kind === "lookup") {
        const found = ref.find();
        if (!found) return null;
        this._resolved = found;
      } else {
        this._resolved = (ref.kind === "name" ? findSheet(state, ref.name) : activeSheet(state)) ?? null;
      }
    }
    return this._resolved && state.sheets.includes(this._resolved) ? this._resolved : null;
  }

  _exists(): boolean {
    return this._sheet() !== null;
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string | undefined {
    if (this._ref.kind === "name")
      return this._nullable ? "WorksheetCollection.getItemOrNullObject" : "WorksheetCollection.getItem";
    return undefined;
  }

  _get(): FakeSheet {
    const sheet = this._sheet();
    if (!sheet) throw new HostFailure("ItemNotFound", this._missingLocation());
    return sheet;
  }

  _newRange(locate: Locator, origin: string, nullable = false): FakeRange {
    return new FakeRange(this._ctx, this, locate, origin, nullable);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined || address === "") {
      return this._newRange(
        () => ({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }),
        "Worksheet.getRange",
      );
    }
    return this._newRange((sheet) => addressOnSheet(sheet, address, "Worksheet.getRange"), "Worksheet.getRange");
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._newRange(() => {
      const rect: Rect = { row: startRow, column: startColumn, rowCount, columnCount };
      const ok =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount > 0 &&
        columnCount > 0;
      if (!ok || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS)
        throw new HostFailure("InvalidArgument", "Worksheet.getRangeByIndexes");
      return rect;
    }, "Worksheet.getRangeByIndexes");
  }

  getCell(row: number, column: number): FakeRange {
    return this._newRange(() => {
      if (
        !Number.isInteger(row) ||
        !Number.isInteger(column) ||
        row < 0 ||
        column < 0 ||
        row >= MAX_ROWS ||
        column >= MAX_COLUMNS
      ) {
        throw new HostFailure("InvalidArgument", "Worksheet.getCell");
      }
      return { row, column, rowCount: 1, columnCount: 1 };
    }, "Worksheet.getCell");
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._newRange(
      (sheet) => usedRect(sheet, valuesOnly === true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      "Worksheet.getUsedRange",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = this._newRange(
      (sheet) => usedRect(sheet, valuesOnly === true),
      "Worksheet.getUsedRangeOrNullObject",
      true,
    );
    range._instantiateOrNull("Worksheet.getUsedRangeOrNullObject");
    return range;
  }

  activate(): void {
    this._call("activate", [], () => {
      const sheet = this._get();
      if (sheet.visibility !== "Visible")
        throw new HostFailure("InvalidOperation", undefined, "A hidden sheet cannot be activated.");
      this._ctx._host.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const state = this._ctx._host.state;
      const sheet = this._get();
      const visible = state.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) {
        throw new HostFailure("InvalidOperation", undefined, "A workbook must contain at least one visible worksheet.");
      }
      const wasActive = activeSheet(state) === sheet;
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (const table of sheet.tables) breakTableReferences(state, table.name);
      breakSheetReferences(state, sheet.name);
      if (wasActive) state.activeSheet = state.sheets.find((s) => s.visibility === "Visible")?.name ?? null;
    });
  }
}

const VISIBILITIES: FakeVisibility[] = ["Visible", "Hidden", "VeryHidden"];

defineProps(FakeWorksheet, {
  name: {
    read: (ws) => ws._get().name,
    write: (ws, value) => {
      const state = ws._ctx._host.state;
      const sheet = ws._get();
      const problem = sheetNameProblem(value);
      if (problem)
        throw new HostFailure(
          "InvalidArgument",
          undefined,
          `The sheet name '${String(value)}' is not allowed: ${problem}.`,
        );
      const name = value as string;
      const other = findSheet(state, name);
      if (other && other !== sheet)
        throw new HostFailure("ItemAlreadyExists", undefined, `A sheet named '${name}' already exists.`);
      if (state.activeSheet !== null && sameName(state.activeSheet, sheet.name)) state.activeSheet = name;
      // Excel follows a renamed sheet in the charts that draw from it.
      for (const chart of state.sheets.flatMap((s) => s.charts)) {
        const source = parseAddress(chart.source);
        if (source?.sheet && sameName(source.sheet, sheet.name)) chart.source = qualify(name, source.rect);
      }
      if (sheet.name !== name) renameSheetReferences(state, sheet.name, name);
      sheet.name = name;
    },
  },
  position: {
    read: (ws) => ws._ctx._host.state.sheets.indexOf(ws._get()),
    write: (ws, value) => {
      const sheets = ws._ctx._host.state.sheets;
      const sheet = ws._get();
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw new HostFailure(
          "InvalidArgument",
          undefined,
          `Position ${String(value)} is outside 0…${sheets.length - 1}.`,
        );
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    },
  },
  visibility: {
    read: (ws) => ws._get().visibility,
    write: (ws, value) => {
      const state = ws._ctx._host.state;
      const sheet = ws._get();
      if (!VISIBILITIES.includes(value as FakeVisibility)) throw new HostFailure("InvalidArgument");
      if (
        value !== "Visible" &&
        sheet.visibility === "Visible" &&
        state.sheets.filter((s) => s.visibility === "Visible").length === 1
      ) {
        throw new HostFailure("InvalidOperation", undefined, "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = value as FakeVisibility;
      if (value !== "Visible" && state.activeSheet !== null && sameName(state.activeSheet, sheet.name)) {
        state.activeSheet = state.sheets.find((s) => s.visibility === "Visible")?.name ?? null;
      }
    },
  },
});

defineNavs(FakeWorksheet, {
  tables: (ws) => new FakeTableCollection(ws._ctx, ws),
  charts: (ws) => new FakeChartCollection(ws._ctx, ws),
  freezePanes: (ws) => new FakeWorksheetFreezePanes(ws._ctx, ws),
  protection: (ws) => new FakeWorksheetProtection(ws._ctx, ws),
});

// Here rather than in ./tables, so that tables need not import the worksheet class back.
defineNavs(FakeTableProxy, {
  worksheet: (t) => new FakeWorksheet(t._ctx, { kind: "lookup", find: () => t._table()?.sheet ?? null }),
});

// ---------------------------------------------------------------------------------------------

class FakeWorksheetFreezePanes extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet,
  ) {
    super(ctx, "WorksheetFreezePanes");
  }

  _exists(): boolean {
    return this._ws._exists();
  }

  freezeRows(count: number = 1): void {
    this._call("freezeRows", [count], () => {
      const sheet = this._ws._get();
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw new HostFailure("InvalidArgument");
      sheet.freezeRows = count;
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], () => {
      this._ws._get().freezeRows = 0;
    });
  }

  getLocation(): FakeRange {
    return this._location("getLocation", false);
  }

  getLocationOrNullObject(): FakeRange {
    return this._location("getLocationOrNullObject", true);
  }

  _location(method: string, nullable: boolean): FakeRange {
    const location = `WorksheetFreezePanes.${method}`;
    const range = this._ws._newRange(
      (sheet) => {
        if (sheet.freezeRows > 0) return { row: 0, column: 0, rowCount: sheet.freezeRows, columnCount: MAX_COLUMNS };
        if (nullable) return null;
        throw new HostFailure("ItemNotFound", location);
      },
      location,
      nullable,
    );
    if (nullable) range._instantiateOrNull(location);
    return range;
  }
}

class FakeWorksheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _ws: FakeWorksheet,
  ) {
    super(ctx, "WorksheetProtection");
  }

  _exists(): boolean {
    return this._ws._exists();
  }

  protect(options?: unknown, password?: string): void {
    const args: unknown[] = [];
    if (options !== undefined) args.push(options);
    if (password !== undefined) args.push("********");
    this._call("protect", args, () => {
      const sheet = this._ws._get();
      if (sheet.protected) throw new HostFailure("InvalidOperation", undefined, "The worksheet is already protected.");
      sheet.protected = true;
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", password === undefined ? [] : ["********"], () => {
      this._ws._get().protected = false;
    });
  }
}

defineProps(FakeWorksheetProtection, {
  protected: { read: (p) => p._ws._get().protected },
});

/** Used by the entry file to build a context's root objects. */
export function rootObjects(ctx: FakeContext): { workbook: FakeWorkbook; application: FakeApplication } {
  return { workbook: new FakeWorkbook(ctx), application: new FakeApplication(ctx) };
}
