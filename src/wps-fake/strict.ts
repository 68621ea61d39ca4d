/**
 * The strictness of the in-memory ET host: every object it hands out answers only the members
 * its class implements (PascalCase, as in the ET object model). Touching any other name throws,
 * whether WPS declares it (not implemented here) or not (a typo, or an office-js habit such as
 * `values`): code that passes on this host uses no member the host has not modelled.
 *
 * Every use of a member is counted ("EtRange.Value2" read, "EtRange.Value2=" written,
 * "EtListObjects.Add()" called), and a fault can be planted on the n-th use of one.
 */

/** Names a JavaScript runtime or a test framework may probe on any object; they read as undefined. */
const PROBES = new Set(["then", "toJSON", "constructor", "$$typeof", "asymmetricMatch", "nodeType", "tagName"]);

export class EtFakeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtFakeError";
  }
}

export interface Tally {
  /** Uses by member. */
  uses: Record<string, number>;
  /** Faults still to fire: member use → the 1-based count at which it throws. */
  faults: { use: string; at: number; error: Error }[];
}

export function newTally(): Tally {
  return { uses: {}, faults: [] };
}

const publicMembers = new WeakMap<object, Set<string>>();

/** The class's members in the API: the names on its prototype chain (the host's own start with "_"). */
export function membersOf(prototype: object): Set<string> {
  let members = publicMembers.get(prototype);
  if (!members) {
    members = new Set();
    for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p))
        if (!name.startsWith("_") && name !== "constructor") members.add(name);
    }
    publicMembers.set(prototype, members);
  }
  return members;
}

function count(tally: Tally, use: string): void {
  const n = (tally.uses[use] ?? 0) + 1;
  tally.uses[use] = n;
  const fault = tally.faults.findIndex((f) => f.use === use && f.at === n);
  if (fault >= 0) throw tally.faults.splice(fault, 1)[0]!.error;
}

/** Wraps a host object of ET class `cls` so that it answers its own members only. */
export function strict<T extends object>(obj: T, cls: string, tally: Tally): T {
  const members = membersOf(Object.getPrototypeOf(obj) as object);
  const check = (key: string | symbol): key is string => {
    if (typeof key === "symbol" || key.startsWith("_") || PROBES.has(key)) return false;
    if (!members.has(key)) throw new EtFakeError(`Not implemented by the in-memory ET host: ${cls}.${key}`);
    return true;
  };
  return new Proxy(obj, {
    get(target, key, receiver) {
      if (!check(key)) return Reflect.get(target, key, receiver);
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") {
        count(tally, `${cls}.${key}`);
        return value;
      }
      return (...args: unknown[]) => {
        count(tally, `${cls}.${key}()`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
    set(target, key, value, receiver) {
      if (check(key)) {
        const descriptor = findDescriptor(target, key);
        if (!descriptor?.set) throw new EtFakeError(`${cls}.${key} is read-only`);
        count(tally, `${cls}.${key}=`);
      }
      return Reflect.set(target, key, value, receiver);
    },
  });
}

function findDescriptor(obj: object, key: string): PropertyDescriptor | undefined {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}
