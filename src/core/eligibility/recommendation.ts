import type { Recommendation } from "../model";

/** The numbers (1–5) of the conditions of 第五条 marked as met; blank and unknown count as not met. */
export function criteriaMet(conditions: readonly ("yes" | "no" | "unknown")[]): number[] {
  return conditions.flatMap((c, i) => (c === "yes" ? [i + 1] : []));
}

/**
 * 第五条: a friendly city when enough conditions are met (all five by default, a setting);
 * some but not enough: the alternatives of 第五条第六项; none: not yet.
 */
export function recommendation(met: number, required: number): Recommendation {
  if (met >= required) return "friendly-city";
  return met > 0 ? "alternative" : "not-recommended";
}
