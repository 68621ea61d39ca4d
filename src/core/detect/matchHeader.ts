import type { FieldId, RoleSpec } from "./fields";
import { foldHeader, foldHeaderCore } from "./foldHeader";

interface HeaderMatch {
  field: FieldId;
  /** Higher is surer: an exact wording beats one that only contains a known wording. */
  score: number;
}

/** Longer cells are sentences (titles, notes), not headers; they only match exactly. */
const MAX_CONTAINING_LENGTH = 16;
/** Two-character wordings (日期, 类型, 领域) are too common inside other headers to count there. */
const MIN_CONTAINED_LENGTH = 3;

interface FoldedSpec {
  field: FieldId;
  headers: string[];
}

const foldedCache = new WeakMap<RoleSpec, FoldedSpec[]>();

function foldedHeaders(spec: RoleSpec): FoldedSpec[] {
  let folded = foldedCache.get(spec);
  if (!folded) {
    folded = Object.entries(spec.fields).map(([field, f]) => ({
      field: field as FieldId,
      headers: f!.headers.map(foldHeader),
    }));
    foldedCache.set(spec, folded);
  }
  return folded;
}

/**
 * The field a header cell names within a role, or null. An exact wording scores 100; a header
 * that contains a known wording ("我方牵头单位名称" contains "牵头单位") scores by the length of
 * the wording it contains, so that "条件一（级别相当）" is condition 1 and not the level column.
 * A header whose bracketed note is dropped ("友城（必填）") matches almost as surely as an exact one.
 */
export function matchHeader(header: string, spec: RoleSpec): HeaderMatch | null {
  const h = foldHeader(header);
  if (!h) return null;
  const core = foldHeaderCore(header);
  let best: HeaderMatch | null = null;
  for (const { field, headers } of foldedHeaders(spec)) {
    for (const wording of headers) {
      let score = 0;
      if (h === wording) score = 100;
      else if (core === wording) score = 99;
      else if (h.length <= MAX_CONTAINING_LENGTH && wording.length >= MIN_CONTAINED_LENGTH && h.includes(wording))
        score = wording.length;
      if (score > (best?.score ?? 0)) best = { field, score };
    }
  }
  return best;
}
