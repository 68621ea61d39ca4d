/**
 * An in-memory Excel host: the part of the Excel JavaScript API that the add-in's office-js
 * writer uses, with office.js's load/sync rules, for jest and for a preview page without Excel.
 *
 *   const excel = createFakeExcel(state);
 *   await excel.run(async (context) => { ... });   // context: Excel.RequestContext
 *
 * Like office.js: every call on a proxy queues an operation; `context.sync()` applies the queue
 * in order (one that fails keeps those before it, drops the rest, and rejects with a
 * "RichApi.Error" carrying Excel's code, message and debugInfo.errorLocation); a property read
 * before `load` + `sync` throws PropertyNotLoaded with office.js's message (a property you set on
 * the proxy reads back what you set, as in office.js); *OrNullObject results tell `isNullObject`
 * after the sync; a request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded);
 * `Excel.run` syncs once more when the batch's promise resolves. Writing a string through
 * `values` parses it as Excel does with typed input unless the cell's format is "@" (see
 * cellInput.ts). Writes to a protected sheet fail with AccessDenied.
 *
 * What it implements (everything else that @types/office-js declares on these classes throws
 * "Not implemented by the in-memory Excel host: Class.member"; classes not listed are absent):
 * - RequestContext: workbook, application, sync, load, trackedObjects (no-ops).
 * - Application: suspendApiCalculationUntilNextSync (counted in stats.calculationSuspensions).
 * - Workbook: worksheets, tables, settings, application.
 * - WorksheetCollection: load, items, getItem, getItemOrNullObject, add, getActiveWorksheet, getCount.
 * - Worksheet: name, position, visibility, delete, activate, getRange, getRangeByIndexes, getCell,
 *   getUsedRange, getUsedRangeOrNullObject, tables, charts, freezePanes, protection.
 * - WorksheetFreezePanes: freezeRows, unfreeze, getLocation, getLocationOrNullObject.
 * - WorksheetProtection: protected, protect, unprotect (passwords are not checked).
 * - Range: address, rowIndex, columnIndex, rowCount, columnCount, cellCount, isEntireColumn,
 *   isEntireRow, values, formulas, numberFormat, text, valueTypes, hyperlink, format,
 *   conditionalFormats, worksheet, getCell, getRow, getColumn, getResizedRange, getOffsetRange,
 *   getEntireColumn, getEntireRow, getLastRow, getBoundingRect, getIntersection, getIntersectionOrNullObject,
 *   getUsedRangeOrNullObject, setCellProperties (hyperlinks only), insert and delete (cells move,
  tables grow or shrink, references of every sheet follow: shiftCells.ts),
 *   clear ("All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"), select (kept in the
 *   state's `selection`; the range's sheet becomes the active one).
 * - RangeFormat: columnWidth, useStandardWidth, wrapText, autofitColumns, font (bold, underline, color), fill (color, clear).
 * - TableCollection (workbook and worksheet): add (hasHeaders true only), getItem,
 *   getItemOrNullObject, getCount, items. Table: name, showHeaders (read), showTotals, style,
 *   getRange, getHeaderRowRange, getDataBodyRange, getTotalRowRange, worksheet, delete.
 * - ChartCollection: add, getItem, getItemOrNullObject, getCount, items. Chart: name, chartType,
 *   title.text, setPosition, worksheet, delete.
 * - ConditionalFormatCollection: add("Custom"), getCount, clearAll, getItem, getItemAt, items.
 *   ConditionalFormat: id, type, priority, stopIfTrue, custom, customOrNullObject, getRange,
 *   getRangeOrNullObject, delete; custom.rule.formula, custom.format.fill.color / clear,
 *   custom.format.font.color. With Excel's fault (office-js #5222, #6827, #6835; conditional.ts):
 *   a format that shares its cells with another, addressed by its position, is ItemNotFound.
 * - SettingCollection: add, getItem, getItemOrNullObject, getCount, items. Setting: key, value, delete.
 *
 * What it does not do:
 * - It does not calculate: a formula is stored as text, and `values` of a formula cell give its
 *   cached result (from an .xlsx) or null. Its references are kept as Excel keeps them: renaming
 *   or deleting a sheet or a table rewrites or breaks them (references.ts), inserting or deleting
 *   cells moves them (shiftCells.ts); links are text, as in Excel, and stay as they are. Renaming
 *   a table's column does not rewrite structured references to it.
 * - No events, no undo, no merged cells, no data validation, no names, no pivot tables, no
 *   shapes, no comments, no row heights, no fonts other than bold, underline and colour, no borders.
 * - Conditional formats other than "Custom"; rule formulas are not parsed or checked.
 * - `TableCollection.add(…, false)`; deleting a table's header row, or all its body rows, without
 *   the whole table; a range proxy keeps the cells it found first, even when they move.
 * - Formats and values over entire rows (formats over entire columns are kept per column).
 * - `Range.text` knows only common number formats (see text.ts); `autofitColumns` estimates
 *   widths from character counts.
 * - Locale: written ISO dates get the en-US short date format "m/d/yyyy"; totals rows are
 *   labelled "Total".
 */
import { richApiError, type FakeErrorCode } from "./errors";
import { FakeContext, REQUEST_PAYLOAD_LIMIT, type FakeStats, type HostCore, type SyncFault } from "./runtime";
import { findSheet } from "./sheetOps";
import { emptyWorkbookState, type FakeWorkbookState } from "./state";
import { rootObjects, type FakeApplication, type FakeWorkbook } from "./workbook";

export * from "./state";
export { REQUEST_PAYLOAD_LIMIT } from "./runtime";
export { RichApiResponder, type ResponderOptions } from "./richApiResponder";

interface FaultInjector {
  /**
   * Fails round trip number `sync` (1-based, as counted in `stats.syncs`) with `code`, after
   * applying its first `afterOperations` operations (default 0: nothing applied).
   */
  failSync(sync: number, code: FakeErrorCode | string, options?: { afterOperations?: number; message?: string }): void;
  /** Fails the next round trip (see `failSync`). */
  failNextSync(code: FakeErrorCode | string, options?: { afterOperations?: number; message?: string }): void;
  /** Protects a sheet as the user would (writes to it then fail with AccessDenied). */
  protectSheet(name: string): void;
  unprotectSheet(name: string): void;
  /** While on, every round trip fails with InvalidOperationInCellEditMode and applies nothing. */
  setCellEditMode(on: boolean): void;
  /**
   * Refuses every request over `bytes` whole with `code` (Excel on the web has been seen to answer
   * an oversized request with GeneralException), in place of the 5 MB size refusal.
   */
  refuseRequestsOver(bytes: number, code: FakeErrorCode | string): void;
  /**
   * Whether a conditional format that shares its cells with another fails when it is addressed
   * by its position (ItemNotFound, as office-js #5222, #6827 and #6835 report of Excel; see
   * conditional.ts). On by default; off models a build of Excel without the fault.
   */
  conditionalFormatBugs(on: boolean): void;
  /**
   * Removes pending sync faults, leaves cell edit mode, restores the 5 MB size refusal and
   * Excel's fault with conditional formats that share their cells.
   */
  clear(): void;
}

export interface FakeExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  state: FakeWorkbookState;
  stats: FakeStats;
  inject: FaultInjector;
  /**
   * A context on this host that stays open (as office.js's own RequestContext does): the RichApi
   * responder queues each request of the real client on one of these.
   */
  openContext(): Excel.RequestContext;
}

const SIZE_REFUSAL = { bytes: REQUEST_PAYLOAD_LIMIT, code: "RequestPayloadSizeLimitExceeded" } as const;

class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(host: HostCore) {
    super(host);
    const roots = rootObjects(this);
    this.workbook = roots.workbook;
    this.application = roots.application;
  }
}

/** A fake Excel over `state` (a new workbook with one empty "Sheet1" when omitted); the state is used, not copied. */
export function createFakeExcel(state: FakeWorkbookState = emptyWorkbookState()): FakeExcel {
  const host: HostCore = {
    state,
    stats: { syncs: 0, requestBytes: [], syncOperations: [], calculationSuspensions: 0, operations: {} },
    faults: [] as SyncFault[],
    cellEditMode: false,
    requestLimit: SIZE_REFUSAL,
    conditionalFormatBugs: true,
  };
  const sheetNamed = (name: string) => {
    const sheet = findSheet(host.state, name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  };
  const inject: FaultInjector = {
    failSync(sync, code, options = {}) {
      host.faults.push({ sync, code, afterOperations: options.afterOperations ?? 0, message: options.message });
    },
    failNextSync(code, options) {
      inject.failSync(host.stats.syncs + 1, code, options);
    },
    protectSheet(name) {
      sheetNamed(name).protected = true;
    },
    unprotectSheet(name) {
      sheetNamed(name).protected = false;
    },
    setCellEditMode(on) {
      host.cellEditMode = on;
    },
    refuseRequestsOver(bytes, code) {
      host.requestLimit = { bytes, code };
    },
    conditionalFormatBugs(on) {
      host.conditionalFormatBugs = on;
    },
    clear() {
      host.faults.length = 0;
      host.cellEditMode = false;
      host.requestLimit = SIZE_REFUSAL;
      host.conditionalFormatBugs = true;
    },
  };
  return {
    get state() {
      return host.state;
    },
    set state(value: FakeWorkbookState) {
      host.state = value;
    },
    stats: host.stats,
    inject,
    openContext: () => new FakeRequestContext(host) as unknown as Excel.RequestContext,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(host);
      try {
        const pending = batch(context as unknown as Excel.RequestContext);
        if (!pending || typeof (pending as Promise<T>).then !== "function") throw richApiError("RunMustReturnPromise");
        const result = await pending;
        await context.sync();
        return result;
      } finally {
        context._closed = true;
        context._queue = [];
      }
    },
  };
}
