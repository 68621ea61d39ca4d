/**
 * The request machinery of the fake host: proxies queue operations, `context.sync()` applies
 * them in order to the state, and loaded values reach the proxies only when the whole sync
 * succeeds — as office.js does.
 */
import { EXCEL_API_MEMBERS } from "./apiMembers";
import { HostFailure, notImplemented, propertyNotLoaded, richApiError, type FakeErrorCode } from "./errors";
import type { FakeWorkbookState } from "./state";

/** The limit of a request's payload in Excel (5 MB). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeStats {
  /** Round trips: syncs that had queued operations (an empty `context.sync()` sends nothing). */
  syncs: number;
  /** Estimated request size of each round trip, in bytes (UTF-8 JSON of the operations' arguments). */
  requestBytes: number[];
  /** Operations queued in each round trip, in order. */
  syncOperations: number[];
  /** `application.suspendApiCalculationUntilNextSync()` calls that were applied. */
  calculationSuspensions: number;
  /** Operations applied, by location ("Range.values", "Worksheet.getRange" …), summed over all syncs. */
  operations: Record<string, number>;
}

export interface SyncFault {
  /** 1-based number of the round trip to fail (compared with `stats.syncs` after it is counted). */
  sync: number;
  code: FakeErrorCode | string;
  /** Operations of that sync applied before it fails (default 0). */
  afterOperations: number;
  message?: string;
}

/** Internals shared by every context of one fake host. */
export interface HostCore {
  state: FakeWorkbookState;
  stats: FakeStats;
  faults: SyncFault[];
  cellEditMode: boolean;
  /** A request over `bytes` is refused whole with `code` (Excel on the web: 5 MB, RequestPayloadSizeLimitExceeded). */
  requestLimit: { bytes: number; code: FakeErrorCode | string };
  /**
   * Excel's failure with conditional formats that share their cells (office-js #5222, #6827,
   * #6835; see conditional.ts): on unless a test models a build without it.
   */
  conditionalFormatBugs: boolean;
}

export interface Operation {
  /** Where an error is reported ("Range.values"). */
  location: string;
  /** The arguments sent to Excel, counted in the request size. */
  payload?: unknown;
  /** Applies the operation; may return what to do once the whole sync succeeded (deliver loaded values). */
  apply(): void | (() => void);
}

const encoder = new TextEncoder();

export function payloadBytes(payload: unknown): number {
  if (payload === undefined) return 0;
  const json = JSON.stringify(payload);
  return json === undefined ? 0 : encoder.encode(json).length;
}

const MEMBER_SETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(EXCEL_API_MEMBERS).map(([cls, names]) => [cls, new Set(names)]),
);

/** Wraps a host object so that members of the real API it lacks throw instead of reading undefined. */
function guard<T extends object>(obj: T, cls: string): T {
  const members = MEMBER_SETS[cls];
  if (!members) return obj;
  return new Proxy(obj, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && members.has(key)) throw notImplemented(`${cls}.${key}`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === "string" && !(key in target) && members.has(key)) throw notImplemented(`${cls}.${key}`);
      return Reflect.set(target, key, value, receiver);
    },
  });
}

export class FakeContext {
  _queue: Operation[] = [];
  _closed = false;
  /** Item proxies by the state entry they stand for, so that `items` stay the same objects. */
  _proxies = new WeakMap<object, FakeObject>();
  _root: unknown;

  constructor(readonly _host: HostCore) {
    return guard(this, "RequestContext");
  }

  _enqueue(op: Operation): void {
    if (this._closed) {
      throw richApiError(
        "InvalidObjectPath",
        op.location,
        `The object used by ${op.location} belongs to an Excel.run batch that has ended.`,
      );
    }
    this._queue.push(op);
  }

  _proxyFor<T extends FakeObject>(entry: object, make: () => T): T {
    let proxy = this._proxies.get(entry) as T | undefined;
    if (!proxy) {
      proxy = make();
      this._proxies.set(entry, proxy);
    }
    return proxy;
  }

  get trackedObjects(): { add(obj: unknown): void; remove(obj: unknown): void } {
    // Proxies of this host never go stale within a run, so tracking has nothing to do.
    return { add: () => undefined, remove: () => undefined };
  }

  load(object: FakeObject, option?: unknown): void {
    object.load(option);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._queue;
    this._queue = [];
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T;
    const host = this._host;
    host.stats.syncs += 1;
    const number = host.stats.syncs;
    const bytes = ops.reduce((sum, op) => sum + payloadBytes(op.payload), 0);
    host.stats.requestBytes.push(bytes);
    host.stats.syncOperations.push(ops.length);
    if (host.cellEditMode) throw richApiError("InvalidOperationInCellEditMode");
    if (bytes > host.requestLimit.bytes) throw richApiError(host.requestLimit.code);
    const faultIndex = host.faults.findIndex((f) => f.sync === number);
    const fault = faultIndex >= 0 ? host.faults.splice(faultIndex, 1)[0] : undefined;
    const commits: (() => void)[] = [];
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      if (fault && i === fault.afterOperations) throw richApiError(fault.code, op.location, fault.message);
      try {
        const commit = op.apply();
        if (commit) commits.push(commit);
      } catch (error) {
        if (error instanceof HostFailure) throw richApiError(error.code, error.location ?? op.location, error.detail);
        throw error;
      }
      host.stats.operations[op.location] = (host.stats.operations[op.location] ?? 0) + 1;
    }
    if (fault) throw richApiError(fault.code, ops[ops.length - 1]!.location, fault.message);
    for (const commit of commits) commit();
    return passThroughValue as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Properties and loading

/** How a property of a host class reads and writes the state (both run while a sync applies). */
interface PropSpec<O> {
  read?: (obj: O) => unknown;
  /** Absent for read-only properties. */
  write?: (obj: O, value: unknown) => void;
}

type NavSpec<O> = (obj: O) => FakeObject;

/** One path of a load option, split at "/": "items/customOrNullObject/rule/formula". */
type LoadPath = string[];

/** Paths of a load option; null means "all scalar properties". */
function parseLoadOption(option: unknown): LoadPath[] | null {
  if (option === undefined || option === null) return null;
  const fromList = (list: string | string[]): LoadPath[] =>
    (Array.isArray(list) ? list : [list])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((s) => s.split("/").map((p) => p.trim()));
  if (typeof option === "string" || Array.isArray(option)) return fromList(option as string | string[]);
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      const paths: LoadPath[] = [];
      if (o.select !== undefined) paths.push(...fromList(o.select as string | string[]));
      if (o.expand !== undefined) paths.push(...fromList(o.expand as string | string[]));
      return paths.length > 0 ? paths : null;
    }
    const paths: LoadPath[] = [];
    const walk = (obj: Record<string, unknown>, prefix: string[]): void => {
      for (const [key, value] of Object.entries(obj)) {
        if (key === "$all" && value === true) paths.push(prefix);
        else if (value === true) paths.push([...prefix, key]);
        else if (value && typeof value === "object") walk(value as Record<string, unknown>, [...prefix, key]);
      }
    };
    walk(o, []);
    return paths;
  }
  throw richApiError(
    "InvalidArgument",
    undefined,
    "The load option must be a string, an array of strings or an object.",
  );
}

function clone<T>(value: T): T {
  return value === undefined || value === null || typeof value !== "object"
    ? value
    : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Base of every proxy: `load`, `isNullObject`, `context`, `toJSON`, `set`, and the getters and
 * setters of the class's properties (see `defineProps`).
 */
export abstract class FakeObject {
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  _navCache = new Map<string, FakeObject>();

  constructor(
    readonly _ctx: FakeContext,
    readonly _class: string,
  ) {
    return guard(this, _class);
  }

  get context(): FakeContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(null, "isNullObject");
    return this._isNull;
  }

  /** Property table of the class (set by `defineProps`). */
  _propSpecs(): Record<string, PropSpec<FakeObject>> {
    return {};
  }

  /** Navigation properties (objects reached by name: `format`, `font`, `tables` …). */
  _navSpecs(): Record<string, NavSpec<FakeObject>> {
    return {};
  }

  /** Whether the object exists in the state now (called while a sync applies). */
  abstract _exists(): boolean;

  /** Where a missing object is reported ("WorksheetCollection.getItem"). */
  _missingLocation(): string | undefined {
    return undefined;
  }

  /** Throws ItemNotFound unless the object exists. */
  _check(): void {
    if (!this._exists()) throw new HostFailure("ItemNotFound", this._missingLocation());
  }

  _nav<T extends FakeObject>(name: string, make: () => T): T {
    let child = this._navCache.get(name) as T | undefined;
    if (!child) {
      child = make();
      this._navCache.set(name, child);
    }
    return child;
  }

  _readProp(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._isNull === true) return undefined;
    throw propertyNotLoaded(this._class, name);
  }

  _writeProp(name: string, value: unknown): void {
    const spec = this._propSpecs()[name];
    if (!spec?.write)
      throw richApiError(
        "CannotUpdateReadOnlyProperty",
        `${this._class}.${name}`,
        `The property '${name}' is read-only and it cannot be updated.`,
      );
    this._loaded.set(name, clone(value));
    const write = spec.write;
    const payload = clone(value);
    this._ctx._enqueue({ location: `${this._class}.${name}`, payload, apply: () => write(this, payload) });
  }

  /** Queues a method call. */
  _call(method: string, args: unknown[], apply: () => void | (() => void)): void {
    this._ctx._enqueue({ location: `${this._class}.${method}`, payload: args.length > 0 ? args : undefined, apply });
  }

  /** Queues the instantiation of an *OrNullObject result, so that `isNullObject` is known after the sync. */
  _instantiateOrNull(location: string): void {
    this._ctx._enqueue({
      location,
      apply: () => {
        const exists = this._exists();
        return () => {
          this._isNull = !exists;
        };
      },
    });
  }

  load(option?: unknown): this {
    const paths = parseLoadOption(option);
    this._validatePaths(paths);
    this._ctx._enqueue({
      location: `${this._class}.load`,
      payload: paths === null ? undefined : paths.map((p) => p.join("/")),
      apply: () => {
        const commits: (() => void)[] = [];
        this._applyLoad(paths, commits);
        return () => commits.forEach((c) => c());
      },
    });
    return this;
  }

  /** Throws at once for members of the real API this host lacks, as the Proxy does for direct access. */
  _validatePaths(paths: LoadPath[] | null): void {
    if (paths === null) return;
    for (const path of paths) this._validatePath(path);
  }

  _validatePath(path: LoadPath): void {
    const [head, ...rest] = path;
    if (head === undefined || head === "") return;
    const nav = this._navSpecs()[head];
    if (nav) {
      nav(this)._validatePath(rest);
      return;
    }
    if (this._propSpecs()[head] || head === "isNullObject") return;
    if (MEMBER_SETS[this._class]?.has(head)) throw notImplemented(`${this._class}.${head}`);
    // Not a member at all: Excel refuses it when the load is sent.
  }

  _applyLoad(paths: LoadPath[] | null, commits: (() => void)[]): void {
    if (!this._exists()) {
      if (this._isNullable()) {
        commits.push(() => {
          this._isNull = true;
        });
        return;
      }
      this._check();
    }
    commits.push(() => {
      this._isNull = false;
    });
    const specs = this._propSpecs();
    const navs = this._navSpecs();
    const groups = new Map<string, LoadPath[]>();
    if (paths === null) {
      for (const name of Object.keys(specs)) if (specs[name]!.read) groups.set(name, []);
    } else {
      for (const [head, ...rest] of paths) {
        if (head === undefined || head === "" || head === "isNullObject") continue;
        if (!groups.has(head)) groups.set(head, []);
        if (rest.length > 0) groups.get(head)!.push(rest);
      }
    }
    for (const [name, rest] of groups) {
      const nav = navs[name];
      if (nav) {
        nav(this)._applyLoad(rest.length > 0 ? rest : null, commits);
        continue;
      }
      const spec = specs[name];
      if (!spec?.read)
        throw new HostFailure(
          "InvalidArgument",
          `${this._class}.load`,
          `'${name}' is not a property of ${this._class}.`,
        );
      const value = clone(spec.read(this));
      commits.push(() => this._loaded.set(name, value));
    }
  }

  /** True for objects made by an *OrNullObject method, which load as null objects instead of failing. */
  _isNullable(): boolean {
    return false;
  }

  /** The loaded properties, as office.js's `toJSON` gives them. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this._loaded) out[key] = value instanceof FakeObject ? value.toJSON() : value;
    for (const [key, child] of this._navCache) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[key] = json;
    }
    return out;
  }

  /** `obj.set({ ... })`: sets several properties at once, navigating into objects. */
  set(properties: Record<string, unknown>): void {
    const navs = this._navSpecs();
    for (const [key, value] of Object.entries(properties)) {
      const nav = navs[key];
      if (nav && value && typeof value === "object") nav(this).set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }
}

/**
 * Collections: `items` (after load), loading item properties through "items/…" paths.
 * Subclasses list the current items with `_enumerate` (called while a sync applies).
 */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  abstract _enumerate(): T[];

  get items(): T[] {
    return this._readProp("items") as T[];
  }

  _exists(): boolean {
    return true;
  }

  override _validatePath(path: LoadPath): void {
    const [head, ...rest] = path;
    if (head === undefined || head === "") return;
    if (this._propSpecs()[head] || this._navSpecs()[head]) {
      super._validatePath(path);
      return;
    }
    const sample = this._itemPrototype();
    if (sample) sample._validatePath(head === "items" ? rest : path);
  }

  /** An item object used to validate load paths (not queued anywhere). */
  abstract _itemPrototype(): FakeObject | null;

  override _applyLoad(paths: LoadPath[] | null, commits: (() => void)[]): void {
    this._check();
    const own: LoadPath[] = [];
    const itemPaths: LoadPath[] = [];
    let allItems = paths === null;
    for (const path of paths ?? []) {
      const [head, ...rest] = path;
      if (head === undefined) continue;
      if (head === "items") {
        if (rest.length === 0) allItems = true;
        else itemPaths.push(rest);
      } else if (this._propSpecs()[head] || this._navSpecs()[head]) own.push(path);
      else itemPaths.push(path);
    }
    if (own.length > 0) super._applyLoad(own, commits);
    const items = this._enumerate();
    for (const item of items) item._applyLoad(allItems ? null : itemPaths, commits);
    commits.push(() => {
      this._isNull = false;
      this._loaded.set("items", items);
    });
  }

  override toJSON(): Record<string, unknown> {
    const out = super.toJSON();
    if (Array.isArray(out.items)) out.items = (this._loaded.get("items") as FakeObject[]).map((i) => i.toJSON());
    return out;
  }
}

/** Defines the API properties of a class on its prototype: getters that need load+sync, setters that queue. */
export function defineProps<O extends FakeObject>(
  cls: abstract new (...args: never[]) => O,
  specs: Record<string, PropSpec<O>>,
): void {
  const proto = cls.prototype as FakeObject;
  const inherited = proto._propSpecs;
  Object.defineProperty(proto, "_propSpecs", {
    value(this: FakeObject) {
      return { ...inherited.call(this), ...specs };
    },
    configurable: true,
  });
  for (const name of Object.keys(specs)) {
    Object.defineProperty(proto, name, {
      get(this: FakeObject) {
        return this._readProp(name);
      },
      set(this: FakeObject, value: unknown) {
        this._writeProp(name, value);
      },
      configurable: true,
      enumerable: true,
    });
  }
}

/** Defines navigation properties (cached child objects). */
export function defineNavs<O extends FakeObject>(
  cls: abstract new (...args: never[]) => O,
  navs: Record<string, (obj: O) => FakeObject>,
): void {
  const proto = cls.prototype as FakeObject;
  const inherited = proto._navSpecs;
  const cached: Record<string, NavSpec<FakeObject>> = {};
  for (const [name, make] of Object.entries(navs)) {
    cached[name] = (obj) => obj._nav(name, () => make(obj as O));
    Object.defineProperty(proto, name, {
      get(this: FakeObject) {
        return cached[name]!(this);
      },
      configurable: true,
      enumerable: true,
    });
  }
  Object.defineProperty(proto, "_navSpecs", {
    value(this: FakeObject) {
      return { ...inherited.call(this), ...cached };
    },
    configurable: true,
  });
}

/** `OfficeExtension.ClientResult`: `value` is readable after the sync that computed it. */
export class FakeClientResult<T> {
  _loaded = false;
  _value: T | undefined;

  get value(): T {
    if (!this._loaded) throw richApiError("ValueNotLoaded", "clientResult.value");
    return this._value as T;
  }

  toJSON(): { value: T | undefined } {
    return { value: this._value };
  }
}

/** Queues a method that returns a value, delivered into a ClientResult when the sync succeeds. */
export function resultOf<T>(obj: FakeObject, method: string, args: unknown[], compute: () => T): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  obj._call(method, args, () => {
    const value = compute();
    return () => {
      result._loaded = true;
      result._value = value;
    };
  });
  return result;
}
