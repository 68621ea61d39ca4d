/**
 * Queries: the client's QueryInfo (Select and Expand paths in camelCase, relative to the items
 * for a collection; Top and Skip) as a load of the host's proxies, and the loaded values as the
 * client parses them (PascalCase names, nested objects, `_Items`, null for a null object).
 */
import { FakeCollection, FakeObject } from "./runtime";
import type { QueryInfo } from "./richApiWire";

/** What a query asked for: paths split at "/", or null for every scalar property. */
interface QueryShape {
  paths: string[][] | null;
  top?: number;
  skip?: number;
}

interface ItemIds {
  _itemId(collection: FakeObject, item: FakeObject): string | undefined;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function loadOption(target: FakeObject, query: QueryInfo): { option: string[] | undefined; shape: QueryShape } {
  const listed = [...(query.Select ?? []), ...(query.Expand ?? [])];
  const paths = listed.length > 0 ? listed.map((p) => p.split("/")) : null;
  const shape: QueryShape = { paths, top: query.Top, skip: query.Skip };
  if (!(target instanceof FakeCollection)) return { option: paths?.map((p) => p.join("/")), shape };
  // A collection's own properties stay as they are; everything else is asked of its items.
  const own = (head: string) => Boolean(target._propSpecs()[head] || target._navSpecs()[head]);
  const option = paths ? paths.map((p) => (own(p[0]!) ? p.join("/") : ["items", ...p].join("/"))) : ["items"];
  return { option, shape };
}

/** The items of a collection as they are now (resolved while a request is being read). */
export function itemsOf(collection: FakeCollection<FakeObject>): FakeObject[] {
  return collection._enumerate();
}

export function responseValue(target: FakeObject, shape: QueryShape, ids: ItemIds): unknown {
  if (target._isNull === true) return null;
  if (target instanceof FakeCollection) {
    const all = (target._loaded.get("items") as FakeObject[] | undefined) ?? [];
    const skip = shape.skip ?? 0;
    const items = all.slice(skip, shape.top === undefined ? undefined : skip + shape.top);
    const own = (shape.paths ?? []).filter((p) => target._propSpecs()[p[0]!]);
    const itemPaths = shape.paths
      ? shape.paths.filter((p) => !target._propSpecs()[p[0]!] && !target._navSpecs()[p[0]!])
      : null;
    const out = own.length > 0 ? (objectValue(target, own) as Record<string, unknown>) : {};
    out._Items = items.map((item) => {
      const value = (objectValue(item, itemPaths && itemPaths.length > 0 ? itemPaths : null) ?? {}) as Record<
        string,
        unknown
      >;
      const id = ids._itemId(target, item);
      return id === undefined ? value : { ...value, Id: id };
    });
    return out;
  }
  return objectValue(target, shape.paths);
}

function objectValue(object: FakeObject, paths: string[][] | null): unknown {
  if (object._isNull === true) return null;
  const specs = object._propSpecs();
  const navs = object._navSpecs();
  const groups = new Map<string, string[][]>();
  if (paths === null) {
    for (const name of Object.keys(specs)) if (specs[name]!.read) groups.set(name, []);
  } else {
    for (const [head, ...rest] of paths) {
      if (!head || head === "isNullObject") continue;
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length > 0) groups.get(head)!.push(rest);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, rest] of groups) {
    const nav = navs[name];
    if (nav) out[pascal(name)] = objectValue(nav(object), rest.length > 0 ? rest : null);
    else if (object._loaded.has(name)) out[pascal(name)] = object._loaded.get(name);
  }
  return out;
}
