/** `workbook.settings`: JSON values by key, kept in the state's `settings`. */
import { HostFailure } from "./errors";
import { FakeCollection, FakeContext, FakeObject, defineProps, resultOf, type FakeClientResult } from "./runtime";

function jsonValue(value: unknown): unknown {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    throw new HostFailure("InvalidArgument", undefined, "A setting's value must be JSON-serialisable.");
  }
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    throw new HostFailure("InvalidArgument", undefined, "A setting's value must be JSON-serialisable.");
  }
}

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  constructor(ctx: FakeContext) {
    super(ctx, "SettingCollection");
  }

  _settings(): Record<string, unknown> {
    return this._ctx._host.state.settings;
  }

  _enumerate(): FakeSetting[] {
    return Object.keys(this._settings()).map((key) => new FakeSetting(this._ctx, key));
  }

  _itemPrototype(): FakeObject {
    return new FakeSetting(this._ctx, "");
  }

  /** Sets or adds a setting (an existing key is overwritten, as in Excel). */
  add(key: string, value: unknown): FakeSetting {
    const stored =
      value === undefined
        ? undefined
        : (() => {
            try {
              return JSON.parse(JSON.stringify(value)) as unknown;
            } catch {
              return undefined;
            }
          })();
    this._call("add", [key, stored ?? null], () => {
      if (typeof key !== "string" || key === "")
        throw new HostFailure("InvalidArgument", undefined, "A setting needs a key.");
      this._settings()[key] = jsonValue(value);
    });
    return new FakeSetting(this._ctx, key);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this._ctx, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    const setting = new FakeSetting(this._ctx, key, true);
    setting._instantiateOrNull("SettingCollection.getItemOrNullObject");
    return setting;
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", [], () => Object.keys(this._settings()).length);
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly _key: string,
    readonly _nullable = false,
  ) {
    super(ctx, "Setting");
  }

  _exists(): boolean {
    return Object.prototype.hasOwnProperty.call(this._ctx._host.state.settings, this._key);
  }

  override _isNullable(): boolean {
    return this._nullable;
  }

  override _missingLocation(): string {
    return this._nullable ? "SettingCollection.getItemOrNullObject" : "SettingCollection.getItem";
  }

  delete(): void {
    this._call("delete", [], () => {
      this._check();
      delete this._ctx._host.state.settings[this._key];
    });
  }
}

defineProps(FakeSetting, {
  key: {
    read: (s) => {
      s._check();
      return s._key;
    },
  },
  value: {
    read: (s) => {
      s._check();
      return s._ctx._host.state.settings[s._key];
    },
    write: (s, value) => {
      s._check();
      s._ctx._host.state.settings[s._key] = jsonValue(value);
    },
  },
});
