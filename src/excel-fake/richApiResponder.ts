/**
 * Answers the real office.js client's requests from the in-memory host: each request's object
 * paths are walked through the host's own proxies (so Excel's semantics live in one place), its
 * actions queue the same operations a direct call would, and one `sync` applies them; the
 * response carries what the client parses (loaded properties under PascalCase names, `_Items`
 * for collections, null for null objects, `_ReferenceId` for kept references, errors with the
 * failing action's index).
 *
 * Sizes are counted as sent: a request over 5 MB (UTF-8 of its JSON) is refused whole with
 * RequestPayloadSizeLimitExceeded, as Excel on the web does, and a response over 5 MB with
 * ResponsePayloadSizeLimitExceeded.
 */
import { FakeConditionalFormatProxy } from "./conditional";
import { FakeRichApiError, HostFailure, richApiError } from "./errors";
import { FakeClientResult, FakeCollection, FakeObject, REQUEST_PAYLOAD_LIMIT, type Operation } from "./runtime";
import type { FakeExcel } from "./index";
import { itemsOf, loadOption, responseValue } from "./richApiQuery";
import {
  ActionType,
  ObjectPathType,
  wireBytes,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type RequestBody,
  type ResponseMessage,
} from "./richApiWire";

export interface ResponderOptions {
  /**
   * Give loaded items of collections whose objects have an id in Excel (sheets, tables, charts,
   * conditional formats) that id, so that the client addresses them by it; without, the client
   * addresses them by position (GetItemAt), as it does for items Excel gives no id.
   */
  itemIds?: boolean;
}

/** Sizes of every round trip answered, in bytes as sent. */
interface WireStats {
  requests: number[];
  responses: number[];
  /** References the client asked to keep and has not released yet. */
  keptReferences: number;
}

/** An object path that stands for nothing (a null object, or an item not found). */
const NOTHING = Symbol("nothing");
type Resolved = FakeObject | typeof NOTHING;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export class RichApiResponder {
  readonly wire: WireStats = { requests: [], responses: [], keptReferences: 0 };
  private readonly context: FakeObject["_ctx"];
  private readonly references = new Map<string, FakeObject>();
  private readonly referenceOf = new WeakMap<FakeObject, string>();
  private readonly kept = new WeakSet<FakeObject>();
  private readonly byId = new Map<string, FakeObject>();
  private readonly idOf = new WeakMap<FakeObject, string>();
  private nextId = 1;

  constructor(
    private readonly excel: FakeExcel,
    private readonly options: ResponderOptions = {},
  ) {
    this.context = excel.openContext() as unknown as FakeObject["_ctx"];
  }

  async answer(body: RequestBody): Promise<ResponseMessage> {
    const requestBytes = wireBytes(body);
    this.wire.requests.push(requestBytes);
    if (requestBytes > REQUEST_PAYLOAD_LIMIT) {
      // Refused before anything is applied; the host counts it as a round trip all the same.
      this.excel.stats.syncs += 1;
      this.excel.stats.requestBytes.push(requestBytes);
      this.excel.stats.syncOperations.push(0);
      return this.failure(richApiError("RequestPayloadSizeLimitExceeded"), undefined, 413);
    }
    const request = new RequestRun(this, body);
    let index = 0;
    try {
      for (; index < body.Actions.length; index++) request.act(body.Actions[index]!, index);
    } catch (error) {
      this.context._queue = [];
      if (error instanceof FakeRichApiError) return this.failure(error, index);
      throw error;
    }
    try {
      await this.context.sync();
    } catch (error) {
      if (error instanceof FakeRichApiError) return this.failure(error, request.failedAction);
      throw error;
    }
    const results = request.results();
    const responseBytes = wireBytes({ Results: results });
    // A response too big is not sent: the error is (its operations stay applied, as in Excel).
    if (responseBytes > REQUEST_PAYLOAD_LIMIT)
      return this.failure(richApiError("ResponsePayloadSizeLimitExceeded"), undefined, 413);
    this.wire.responses.push(responseBytes);
    return { ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: results } };
  }

  private failure(error: FakeRichApiError, actionIndex: number | undefined, status = 400): ResponseMessage {
    const body = {
      Results: [],
      Error: {
        Code: error.code,
        Message: error.message,
        Location: error.debugInfo.errorLocation,
        ActionIndex: actionIndex,
        HttpStatusCode: status,
      },
    };
    this.wire.responses.push(wireBytes(body));
    return { ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body };
  }

  /** @internal the host's context, on which every request of one client context is queued. */
  get _context() {
    return this.context;
  }

  _keep(object: FakeObject): void {
    this.kept.add(object);
  }

  /** The reference id of an object the client keeps, made on its first instantiation after `_KeepReference`. */
  _referenceId(object: FakeObject): string | undefined {
    if (!this.kept.has(object)) return undefined;
    let id = this.referenceOf.get(object);
    if (!id) {
      id = `ref${this.nextId++}`;
      this.referenceOf.set(object, id);
      this.references.set(id, object);
      this.wire.keptReferences += 1;
    }
    return id;
  }

  _release(referenceId: string): void {
    const object = this.references.get(referenceId);
    if (!object) return;
    this.references.delete(referenceId);
    this.referenceOf.delete(object);
    this.kept.delete(object);
    this.wire.keptReferences -= 1;
  }

  _byReference(referenceId: string): FakeObject {
    const object = this.references.get(referenceId);
    if (!object) throw richApiError("InvalidObjectPath", undefined, `No object is kept under '${referenceId}'.`);
    return object;
  }

  /** The id Excel gives an item of this collection, when it gives one. */
  _itemId(collection: FakeObject, item: FakeObject): string | undefined {
    if (this.options.itemIds === false || !ID_COLLECTIONS.has(collection._class)) return undefined;
    let id = this.idOf.get(item);
    if (!id) {
      id = `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`;
      this.idOf.set(item, id);
      this.byId.set(id, item);
    }
    return id;
  }

  _byItemId(id: unknown): FakeObject | undefined {
    return typeof id === "string" ? this.byId.get(id) : undefined;
  }
}

/** Collections whose items Excel gives an `id`. */
const ID_COLLECTIONS = new Set([
  "WorksheetCollection",
  "TableCollection",
  "ChartCollection",
  "ConditionalFormatCollection",
]);

/** One request being answered: its object paths resolved once each, its results gathered after the sync. */
class RequestRun {
  private readonly resolved = new Map<number, Resolved>();
  /** Items of collections addressed by position in this request, as they will be when each action applies. */
  private readonly positional = new Map<FakeObject, FakeObject[]>();
  private readonly pending: { action: ActionInfo; value: () => unknown }[] = [];
  failedAction: number | undefined;

  constructor(
    private readonly responder: RichApiResponder,
    private readonly body: RequestBody,
  ) {}

  private get context() {
    return this.responder._context;
  }

  act(action: ActionInfo, index: number): void {
    const queued = this.context._queue.length;
    this.perform(action);
    // Operations carry the index of the action that queued them, for the error's ActionIndex.
    for (const op of this.context._queue.slice(queued)) this.tag(op, index);
  }

  private tag(op: Operation, index: number): void {
    const apply = op.apply;
    op.apply = () => {
      this.failedAction = index;
      return apply.call(op);
    };
  }

  private perform(action: ActionInfo): void {
    const target = this.resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.Instantiate:
        this.pending.push({ action, value: () => this.instantiated(target) });
        return;
      case ActionType.Query: {
        if (target === NOTHING) return void this.pending.push({ action, value: () => null });
        const { option, shape } = loadOption(target, action.QueryInfo ?? {});
        target.load(option);
        this.pending.push({ action, value: () => responseValue(target, shape, this.responder) });
        return;
      }
      case ActionType.Method:
        return this.method(target, action);
      case ActionType.SetProperty: {
        if (target === NOTHING) return;
        (target as unknown as Record<string, unknown>)[camel(action.Name)] = this.args(action.ArgumentInfo)[0];
        return;
      }
      case ActionType.Trace:
        return;
      default:
        throw new Error(`Not served by the in-memory host: action type ${action.ActionType}`);
    }
  }

  private instantiated(target: Resolved): unknown {
    if (target === NOTHING || target._isNull === true) return null;
    const referenceId = this.responder._referenceId(target);
    if (referenceId) return { _ReferenceId: referenceId };
    return target._isNullable() ? {} : undefined;
  }

  private method(target: Resolved, action: ActionInfo): void {
    const args = this.args(action.ArgumentInfo);
    if (action.Name === "_KeepReference") {
      if (target !== NOTHING) this.responder._keep(target);
      return;
    }
    if (action.Name === "_RemoveReference") {
      this.responder._release(String(args[0]));
      return;
    }
    if (target === NOTHING) return;
    const name = camel(action.Name);
    const fn = (target as unknown as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`Not served by the in-memory host: ${target._class}.${name}()`);
    if (name === "delete") for (const items of this.positional.values()) remove(items, target);
    const result = (fn as (...a: unknown[]) => unknown).apply(target, args);
    if (result instanceof FakeClientResult) {
      const r = result;
      this.pending.push({ action, value: () => r._value });
    }
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const values = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    values.forEach((v, i) => {
      const ref = refs[i];
      if (ref) values[i] = this.resolve(ref);
      // office.js sends an omitted optional argument as null.
      else if (v === null) values[i] = undefined;
    });
    while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
    return values;
  }

  resolve(id: number): Resolved {
    const known = this.resolved.get(id);
    if (known !== undefined) return known;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw richApiError("InvalidObjectPath", undefined, `The request has no object path ${id}.`);
    let object: Resolved;
    switch (info.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        object = (this.context as unknown as { workbook: FakeObject }).workbook;
        break;
      case ObjectPathType.ReferenceId:
        object = this.responder._byReference(info.Name);
        break;
      case ObjectPathType.NullObject:
        object = NOTHING;
        break;
      case ObjectPathType.Property: {
        const parent = this.resolve(info.ParentObjectPathId!);
        object = parent === NOTHING ? NOTHING : member<FakeObject>(parent, camel(info.Name));
        break;
      }
      case ObjectPathType.Indexer: {
        const parent = this.resolve(info.ParentObjectPathId!);
        const args = this.args(info.ArgumentInfo);
        object =
          parent === NOTHING
            ? NOTHING
            : (this.responder._byItemId(args[0]) ?? call<FakeObject>(parent, "getItem", args));
        if (object instanceof FakeConditionalFormatProxy) object._byPosition = false;
        break;
      }
      case ObjectPathType.Method: {
        const parent = this.resolve(info.ParentObjectPathId!);
        const args = this.args(info.ArgumentInfo);
        if (parent === NOTHING) object = NOTHING;
        else if (info.Name === "GetItemAt") object = this.itemAt(parent, Number(args[0]));
        else object = call<FakeObject>(parent, camel(info.Name), args);
        break;
      }
      default:
        throw new Error(`Not served by the in-memory host: object path type ${info.ObjectPathType}`);
    }
    this.resolved.set(id, object);
    return object;
  }

  /**
   * An item by position, as Excel finds it when the action applies: items deleted earlier in the
   * same request no longer count, so the positions of those after them have shifted.
   */
  private itemAt(collection: FakeObject, index: number): Resolved {
    if (!(collection instanceof FakeCollection)) throw new Error(`Not served: ${collection._class}.getItemAt`);
    let items = this.positional.get(collection);
    if (!items) {
      items = itemsOf(collection);
      this.positional.set(collection, items);
    }
    const item = items[index];
    // Excel's fault with formats that share their cells lies in finding one by position (conditional.ts).
    if (item instanceof FakeConditionalFormatProxy) item._byPosition = true;
    if (item) return item;
    const location = `${collection._class}.getItemAt`;
    this.context._enqueue({
      location,
      apply: () => {
        throw new HostFailure("ItemNotFound", location);
      },
    });
    return NOTHING;
  }

  results(): ActionResult[] {
    const out: ActionResult[] = [];
    for (const { action, value } of this.pending) {
      const v = value();
      if (v !== undefined) out.push({ ActionId: action.Id, Value: v });
    }
    return out;
  }
}

function remove(items: FakeObject[], item: FakeObject): void {
  const at = items.indexOf(item);
  if (at >= 0) items.splice(at, 1);
}

function member<T>(object: FakeObject, name: string): T {
  const value = (object as unknown as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`Not served by the in-memory host: ${object._class}.${name}`);
  return value as T;
}

function call<T>(object: FakeObject, name: string, args: unknown[]): T {
  const fn = member<(...a: unknown[]) => T>(object, name);
  if (typeof fn !== "function") throw new Error(`Not served by the in-memory host: ${object._class}.${name}()`);
  return fn.apply(object, args);
}
