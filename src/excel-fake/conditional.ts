/**
 * Conditional formats. They live on the sheet, each with its own address; the collection of a
 * range lists those that intersect the range, in priority order.
 *
 * Excel's fault with formats that share their cells, as reported against office-js:
 * - #5222 (Excel for Windows 2411): with two rules made on the same cell, `getRange()
 *   .conditionalFormats.getItemAt(0).delete()` answers ItemNotFound ("Item Not Found").
 * - #6827 (2026): with two rules on the same range of a table column, reading back the items'
 *   rule and format throws; with one rule the same script works.
 * - #6835 (Excel for Windows 2608, 16.0.20305.20002): after duplicating a rule, the rules'
 *   properties (the address they apply to, the condition, the format) cannot be read.
 * All three reach the failing format by its place in a range's collection: `getItemAt` outright,
 * or items loaded from the collection, which the client addresses by position (`GetItemAt`)
 * unless Excel sent their id with them. So the host fails a format that shares its cells with
 * another when it is addressed by position: whatever is asked of it (a load, `getRange`,
 * `delete`, a property set) answers ItemNotFound. A query of the collection itself (its items'
 * properties read in the one query) and a format addressed by its id (`getItem`, or an item whose
 * `id` was loaded) are answered; none of the reports goes that way. All three are open; no build
 * is reported fixed, so the host behaves so unless told otherwise (`inject.conditionalFormatBugs`).
 */
import { formatArea, intersect, parseAreas } from "./address";
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
import { assertWritable, normalizeColor, removeConditionalFormatsIn } from "./sheetOps";
import type { FakeConditionalFormat, FakeSheet } from "./state";

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormatProxy> {
  constructor(
    ctx: FakeContext,
    readonly _range: FakeRange,
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  override _exists(): boolean {
    return this._range._exists();
  }

  override _missingLocation(): string | undefined {
    return this._range._missingLocation();
  }

  _entries(): { sheet: FakeSheet; entries: FakeConditionalFormat[] } {
    const { sheet, rect } = this._range._target();
    const entries = sheet.conditionalFormats.filter((cf) =>
      (parseAreas(cf.address) ?? []).some((a) => intersect(a, rect)),
    );
    return { sheet, entries };
  }

  _enumerate(): FakeConditionalFormatProxy[] {
    const { entries } = this._entries();
    return entries.map((entry) =>
      this._ctx._proxyFor(entry, () => {
        // An item the client will address by its position, until its id is loaded.
        const proxy = new FakeConditionalFormatProxy(this._ctx, this._range._ws, entry);
        proxy._byPosition = true;
        return proxy;
      }),
    );
  }

  override _applyLoad(paths: Parameters<FakeObject["_applyLoad"]>[0], commits: (() => void)[]): void {
    // The one query reads every item where it is: no item is addressed on its own.
    enumerating++;
    try {
      super._applyLoad(paths, commits);
    } finally {
      enumerating--;
    }
  }

  _itemPrototype(): FakeObject {
    return new FakeConditionalFormatProxy(this._ctx, this._range._ws, null);
  }

  add(type: string): FakeConditionalFormatProxy {
    if (type !== "Custom") throw notImplemented(`ConditionalFormatCollection.add("${type}") (only "Custom")`);
    const proxy = new FakeConditionalFormatProxy(this._ctx, this._range._ws, null);
    this._call("add", [type], () => {
      const { sheet, rect } = this._range._target();
      assertWritable(sheet);
      const entry: FakeConditionalFormat = {
        address: formatArea(rect),
        type,
        formula: null,
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.unshift(entry);
      proxy._entry = entry;
      this._ctx._proxies.set(entry, proxy);
    });
    return proxy;
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", [], () => this._entries().entries.length);
  }

  /** The format of that id among this range's formats; ItemNotFound at the sync when there is none. */
  getItem(id: string): FakeConditionalFormatProxy {
    const entry = this._entries().entries.find((e) => idOf(e) === id);
    if (!entry) return new FakeConditionalFormatProxy(this._ctx, this._range._ws, null);
    const proxy = this._ctx._proxyFor(entry, () => new FakeConditionalFormatProxy(this._ctx, this._range._ws, entry));
    proxy._byPosition = false;
    return proxy;
  }

  /** The format at that position, as #5222 addresses it (found when the call is queued). */
  getItemAt(index: number): FakeConditionalFormatProxy {
    const proxy = this._enumerate()[index] ?? new FakeConditionalFormatProxy(this._ctx, this._range._ws, null);
    proxy._byPosition = true;
    return proxy;
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      const { sheet, rect } = this._range._target();
      assertWritable(sheet);
      removeConditionalFormatsIn(sheet, rect);
    });
  }
}

/** Queries of a collection being applied (their items are read in place, not addressed). */
let enumerating = 0;

/** Ids of formats, made when first asked for: stable while the format lives. */
const ids = new WeakMap<FakeConditionalFormat, string>();
let nextId = 1;

function idOf(entry: FakeConditionalFormat): string {
  let id = ids.get(entry);
  if (!id) {
    id = `cf${nextId++}`;
    ids.set(entry, id);
  }
  return id;
}

/** The cells of an address, written one way whatever the order of its areas. */
function cellsOf(address: string): string {
  return (parseAreas(address) ?? []).map(formatArea).sort().join(" ");
}

/** Whether another format of the sheet applies to exactly the same cells. */
function sharesItsCells(sheet: FakeSheet, entry: FakeConditionalFormat): boolean {
  const cells = cellsOf(entry.address);
  return sheet.conditionalFormats.some((cf) => cf !== entry && cellsOf(cf.address) === cells);
}

export class FakeConditionalFormatProxy extends FakeObject {
  /** Addressed by its position in a range's collection (GetItemAt), not by its id. */
  _byPosition = false;

  constructor(
    ctx: FakeContext,
    readonly _wsProxy: FakeRange["_ws"],
    public _entry: FakeConditionalFormat | null,
  ) {
    super(ctx, "ConditionalFormat");
  }

  _sheet(): FakeSheet | null {
    const entry = this._entry;
    if (!entry) return null;
    return this._ctx._host.state.sheets.find((s) => s.conditionalFormats.includes(entry)) ?? null;
  }

  _exists(): boolean {
    return this._sheet() !== null && !this._lost();
  }

  /** Excel's fault (see the top of this file): addressed by position, it cannot be found. */
  _lost(): boolean {
    const sheet = this._sheet();
    return (
      this._byPosition &&
      enumerating === 0 &&
      this._ctx._host.conditionalFormatBugs &&
      sheet !== null &&
      sharesItsCells(sheet, this._entry!)
    );
  }

  override _missingLocation(): string {
    return this._byPosition ? "ConditionalFormatCollection.getItemAt" : "ConditionalFormatCollection.getItem";
  }

  _get(): { sheet: FakeSheet; entry: FakeConditionalFormat } {
    const sheet = this._sheet();
    if (!sheet || !this._entry || this._lost()) throw new HostFailure("ItemNotFound", this._missingLocation());
    return { sheet, entry: this._entry };
  }

  override _applyLoad(paths: Parameters<FakeObject["_applyLoad"]>[0], commits: (() => void)[]): void {
    super._applyLoad(paths, commits);
    // Sent its id, the client addresses the item by it from then on.
    if (paths === null || paths.some((p) => p[0] === "id"))
      commits.push(() => {
        this._byPosition = false;
      });
  }

  _writable(): FakeConditionalFormat {
    const { sheet, entry } = this._get();
    assertWritable(sheet);
    return entry;
  }

  getRange(): FakeRange {
    return this._rangeOf("getRange", false);
  }

  getRangeOrNullObject(): FakeRange {
    return this._rangeOf("getRangeOrNullObject", true);
  }

  _rangeOf(method: string, nullable: boolean): FakeRange {
    const ws = this._wsProxy;
    // The range is on the format's own sheet, located from its address when first used.
    const range = ws._newRange(
      () => {
        const areas = parseAreas(this._get().entry.address) ?? [];
        if (areas.length !== 1) {
          if (nullable) return null;
          throw new HostFailure(
            "InvalidOperation",
            `ConditionalFormat.${method}`,
            "The conditional format applies to several ranges.",
          );
        }
        return areas[0]!;
      },
      `ConditionalFormat.${method}`,
      nullable,
    );
    if (nullable) range._instantiateOrNull(`ConditionalFormat.${method}`);
    return range;
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, entry } = this._get();
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== entry);
    });
  }
}

defineProps(FakeConditionalFormatProxy, {
  id: { read: (cf) => idOf(cf._get().entry) },
  type: { read: (cf) => cf._get().entry.type },
  priority: {
    read: (cf) => {
      const { sheet, entry } = cf._get();
      return sheet.conditionalFormats.indexOf(entry);
    },
    write: (cf, v) => {
      const { sheet, entry } = cf._get();
      assertWritable(sheet);
      if (typeof v !== "number" || !Number.isInteger(v))
        throw new HostFailure("InvalidArgument", "ConditionalFormat.priority");
      const list = sheet.conditionalFormats.filter((x) => x !== entry);
      const at = v < 0 ? Math.max(0, list.length + 1 + v) : Math.min(v, list.length);
      list.splice(at, 0, entry);
      sheet.conditionalFormats = list;
    },
  },
  stopIfTrue: {
    read: (cf) => cf._get().entry.stopIfTrue,
    write: (cf, v) => {
      cf._writable().stopIfTrue = v === true;
    },
  },
});

defineNavs(FakeConditionalFormatProxy, {
  custom: (cf) => new FakeCustomConditionalFormat(cf._ctx, cf, false),
  customOrNullObject: (cf) => new FakeCustomConditionalFormat(cf._ctx, cf, true),
});

class FakeCustomConditionalFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _cf: FakeConditionalFormatProxy,
    readonly _nullable: boolean,
  ) {
    super(ctx, "CustomConditionalFormat");
  }

  _exists(): boolean {
    // A format Excel cannot find is an error, not a null object, even asked for OrNullObject.
    if (this._cf._lost()) throw new HostFailure("ItemNotFound", this._cf._missingLocation());
    return this._cf._exists() && this._cf._entry?.type === "Custom";
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string {
    return this._nullable ? "ConditionalFormat.customOrNullObject" : "ConditionalFormat.custom";
  }

  _custom(): FakeConditionalFormat {
    this._check();
    return this._cf._get().entry;
  }
}

defineNavs(FakeCustomConditionalFormat, {
  rule: (c) => new FakeConditionalFormatRule(c._ctx, c),
  format: (c) => new FakeConditionalRangeFormat(c._ctx, c),
});

class FakeConditionalFormatRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _custom: FakeCustomConditionalFormat,
  ) {
    super(ctx, "ConditionalFormatRule");
  }

  _exists(): boolean {
    return this._custom._exists();
  }
}

defineProps(FakeConditionalFormatRule, {
  formula: {
    read: (r) => r._custom._custom().formula ?? "",
    write: (r, v) => {
      const entry = r._custom._custom();
      r._custom._cf._writable();
      if (typeof v !== "string" || v.trim() === "")
        throw new HostFailure("InvalidArgument", "ConditionalFormatRule.formula");
      entry.formula = v;
    },
  },
});

class FakeConditionalRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _custom: FakeCustomConditionalFormat,
  ) {
    super(ctx, "ConditionalRangeFormat");
  }

  _exists(): boolean {
    return this._custom._exists();
  }
}

defineNavs(FakeConditionalRangeFormat, {
  fill: (f) => new FakeConditionalRangeFill(f._ctx, f._custom),
  font: (f) => new FakeConditionalRangeFont(f._ctx, f._custom),
});

class FakeConditionalRangeFill extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _custom: FakeCustomConditionalFormat,
  ) {
    super(ctx, "ConditionalRangeFill");
  }

  _exists(): boolean {
    return this._custom._exists();
  }

  clear(): void {
    this._call("clear", [], () => {
      const entry = this._custom._custom();
      this._custom._cf._writable();
      entry.fill = null;
    });
  }
}

defineProps(FakeConditionalRangeFill, {
  color: {
    read: (f) => f._custom._custom().fill,
    write: (f, v) => {
      const entry = f._custom._custom();
      f._custom._cf._writable();
      entry.fill = normalizeColor(v);
    },
  },
});

class FakeConditionalRangeFont extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _custom: FakeCustomConditionalFormat,
  ) {
    super(ctx, "ConditionalRangeFont");
  }

  _exists(): boolean {
    return this._custom._exists();
  }
}

defineProps(FakeConditionalRangeFont, {
  color: {
    read: (f) => f._custom._custom().fontColor,
    write: (f, v) => {
      const entry = f._custom._custom();
      f._custom._cf._writable();
      entry.fontColor = normalizeColor(v);
    },
  },
});
