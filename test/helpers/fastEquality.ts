import { isDeepStrictEqual } from "node:util";

/**
 * toEqual's verdict, found sooner for large plain data (whole workbook models): two objects that
 * node's strict deep equality finds equal are equal to toEqual, toMatchObject and toStrictEqual
 * too, so the matcher stops there; every other pair goes on through jest's own comparison, which
 * gives the verdict (toEqual's looser rules: undefined properties, asymmetric matchers) and the
 * diff. Only the time changes: jest's generic comparison walks each property through its
 * testers, node's compares them directly.
 */
export function useFastEquality(): void {
  // expect has had addEqualityTesters since Jest 29.4; @types/jest does not declare it.
  (
    expect as unknown as { addEqualityTesters(testers: ((a: unknown, b: unknown) => boolean | undefined)[]): void }
  ).addEqualityTesters([
    (a: unknown, b: unknown) =>
      typeof a === "object" && a !== null && typeof b === "object" && b !== null && isDeepStrictEqual(a, b)
        ? true
        : undefined,
  ]);
}
