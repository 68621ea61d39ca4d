/**
 * An in-memory WPS 表格 (ET) host: the part of WPS's `Application` that the add-in's WPS shell,
 * task pane and ribbon use, over the same workbook state as the in-memory Excel
 * (src/excel-fake/state.ts), so that a workbook is loaded from and saved to .xlsx the same way.
 *
 *   const et = createFakeEt(await fakeStateFromXlsx(buffer));
 *   et.Application.ActiveWorkbook.Worksheets.Item(1).UsedRange.Value2;
 *
 * Like WPS: calls are synchronous and act at once; indexes are 1-based; colours are BGR numbers;
 * enums are ET's numbers; a multi-cell Value2 is rows of values and a single cell's is the value
 * itself; NumberFormat of cells with different formats is null; a conditional format's relative
 * references are read from the active cell; deleting a sheet while DisplayAlerts is on is refused
 * (WPS would ask the user); writes to a protected sheet throw. Every object answers only the
 * members it implements: anything else throws "Not implemented by the in-memory ET host".
 *
 * What it implements (test/wps-fake/members.test.ts checks each name against lib.et.d.ts,
 * lib.kso.d.ts and wps-jsapi-declare's index.d.ts):
 * - Application: ActiveWorkbook, ActiveSheet, ActiveWindow, DisplayAlerts, ScreenUpdating;
 *   the add-in API: PluginStorage, CreateTaskPane, GetTaskPane, ribbonUI (Invalidate,
 *   InvalidateControl, ActivateTab).
 * - Workbook: Worksheets, ActiveSheet, CustomDocumentProperties.
 * - Worksheets: Count, Item (index or name), Add (Before / After).
 * - Worksheet: Name, Index, ProtectContents, Activate, Delete, Move, Range (one or two cells),
 *   Cells, UsedRange, ListObjects, Hyperlinks, ChartObjects.
 * - Range: Value2, NumberFormat, Row, Column, Count, Rows, Columns, Address(), Worksheet, Font
 *   (Bold), ColumnWidth, Left, Top, Width, Height, FormatConditions, Select.
 * - FormatConditions: Count, Item, Add(xlExpression, , Formula1); FormatCondition: Type,
 *   Formula1, Interior.Color, Font.Color, Delete.
 * - ListObjects: Count, Item, Add(xlSrcRange, range, , xlYes); ListObject: Name, Range.
 * - Hyperlinks: Count, Add. ChartObjects: Count, Item, Add; ChartObject: Name, Chart; Chart:
 *   ChartType (xlColumnClustered), SetSourceData (xlColumns), HasTitle, ChartTitle.Text.
 * - Window: FreezePanes, SplitRow, SplitColumn (rows only).
 * - CustomDocumentProperties: Count, Item, Add (text, at most 255 characters); property: Name,
 *   Value, Delete.
 *
 * What it does not do:
 * - No calculation: a formula cell's Value2 is its cached result from the file, or empty.
 * - No events, undo, merged cells, names, validation, comments, row heights (every row is
 *   15 points), fonts other than bold, borders, fills of cells, other chart types, other
 *   conditional formats, table styles beyond the name, ListObject.Delete / Resize, Range.Value,
 *   Range.Text, Range.Formula, Offset / Resize, Areas.
 * - Whether WPS gives an empty cell as undefined or null, an error cell as its VARIANT code or
 *   its text, and how its own messages read: this host gives undefined, the code, and English.
 * - Settings of the Office kind (`workbook.settings`): WPS has none; the workbook keeps the
 *   add-in's settings as custom document properties, which this host keeps beside the state
 *   (they are not written to the .xlsx).
 */
import { emptyWorkbookState, type FakeWorkbookState } from "../excel-fake/state";
import { EtApplication, type EtHost, type FakeTaskPaneRecord } from "./objects";
import { EtFakeError, newTally, strict, type Tally } from "./strict";

export { EtFakeError } from "./strict";
export { ET_ENUMS, ERROR_CODES } from "./objects";

export class PluginStorage {
  constructor(readonly _items: Map<string, string>) {}
  setItem(key: string, value: number | boolean | string): void {
    this._items.set(String(key), String(value));
  }
  getItem(key: string): string | null {
    return this._items.get(String(key)) ?? null;
  }
  removeItem(key: string): void {
    this._items.delete(String(key));
  }
  clear(): void {
    this._items.clear();
  }
  key(index: number): string | null {
    return [...this._items.keys()][index] ?? null;
  }
  get length(): number {
    return this._items.size;
  }
}

export class CustomTaskpane {
  constructor(readonly _pane: FakeTaskPaneRecord) {}
  get ID(): number {
    return this._pane.id;
  }
  get Visible(): boolean {
    return this._pane.visible;
  }
  set Visible(on: boolean) {
    if (this._pane.deleted) throw new EtFakeError("This task pane has been deleted");
    this._pane.visible = Boolean(on);
  }
  Navigate(url: string): void {
    this._pane.url = url;
  }
  Delete(): void {
    this._pane.deleted = true;
    this._pane.visible = false;
  }
}

export class RibbonUi {
  readonly _invalidated: string[] = [];
  readonly _activated: string[] = [];
  Invalidate(): void {
    this._invalidated.push("*");
  }
  InvalidateControl(id: string): void {
    this._invalidated.push(id);
  }
  ActivateTab(id: string): void {
    this._activated.push(id);
  }
}

/** ET's Application with WPS's add-in API on it, as WPS gives both on one global object. */
export class FakeEtApplication extends EtApplication {
  readonly _ribbon: RibbonUi;
  constructor(host: EtHost) {
    super(host);
    this._ribbon = strict(new RibbonUi(), "RibbonUi", host.tally);
  }
  get PluginStorage(): PluginStorage {
    return strict(new PluginStorage(this._host.pluginStorage), "PluginStorage", this._host.tally);
  }
  CreateTaskPane(url: string, title?: string): CustomTaskpane {
    const pane = { id: this._host.taskPanes.length + 1, url, title, visible: false, deleted: false };
    this._host.taskPanes.push(pane);
    return strict(new CustomTaskpane(pane), "CustomTaskpane", this._host.tally);
  }
  GetTaskPane(id: number): CustomTaskpane {
    const pane = this._host.taskPanes.find((p) => p.id === Number(id) && !p.deleted);
    if (!pane) throw new EtFakeError(`GetTaskPane(${String(id)}): no such task pane`);
    return strict(new CustomTaskpane(pane), "CustomTaskpane", this._host.tally);
  }
  get ribbonUI(): RibbonUi {
    return this._ribbon;
  }
}

export interface FakeEt {
  /** What WPS gives an add-in as `window.Application`. */
  Application: FakeEtApplication;
  state: FakeWorkbookState;
  /** Custom document properties of the workbook. */
  properties: EtHost["properties"];
  taskPanes: FakeTaskPaneRecord[];
  /** Uses of each member ("EtRange.Value2", "EtRange.Value2=", "EtSheets.Add()"). */
  uses: Tally["uses"];
  /** Throws `error` (default: a COM-like failure) at the n-th use of `member` (a key of `uses`). */
  failAt(member: string, nth: number, error?: Error): void;
  /** Protects a sheet as the user would. */
  protectSheet(name: string): void;
}

export function createFakeEt(state: FakeWorkbookState = emptyWorkbookState()): FakeEt {
  const host: EtHost = {
    state,
    tally: newTally(),
    properties: [],
    displayAlerts: true,
    screenUpdating: true,
    pluginStorage: new Map(),
    taskPanes: [],
    wrappers: new WeakMap(),
  };
  const Application = strict(new FakeEtApplication(host), "EtApplication", host.tally);
  return {
    Application,
    state,
    properties: host.properties,
    taskPanes: host.taskPanes,
    uses: host.tally.uses,
    failAt(member, nth, error = new EtFakeError(`Injected failure at ${member} #${nth}`)) {
      host.tally.faults.push({ use: member, at: (host.tally.uses[member] ?? 0) + nth, error });
    },
    protectSheet(name) {
      const sheet = state.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`No sheet named ${name}`);
      sheet.protected = true;
    },
  };
}
