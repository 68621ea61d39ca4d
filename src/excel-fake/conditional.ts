/**
 * Conditional formats. They live on the sheet, each with its own address; the collection of a
 * range lists those that intersect the range, in priority order.
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
      this._ctx._proxyFor(entry, () => new FakeConditionalFormatProxy(this._ctx, this._range._ws, entry)),
    );
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

  clearAll(): void {
    this._call("clearAll", [], () => {
      const { sheet, rect } = this._range._target();
      assertWritable(sheet);
      removeConditionalFormatsIn(sheet, rect);
    });
  }
}

class FakeConditionalFormatProxy extends FakeObject {
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
    return this._sheet() !== null;
  }

  override _missingLocation(): string {
    return "ConditionalFormatCollection.getItem";
  }

  _get(): { sheet: FakeSheet; entry: FakeConditionalFormat } {
    const sheet = this._sheet();
    if (!sheet || !this._entry) throw new HostFailure("ItemNotFound", this._missingLocation());
    return { sheet, entry: this._entry };
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
