import type { PartnerMatch } from "../model";
import { dropProvinceAndCity, foldName } from "./foldName";

export interface PartnerEntry {
  /** The name as the register or candidate sheet writes it; this is what reports show. */
  name: string;
  kind: "register" | "candidate";
  /** Other names of the same partner: its short name (简称), names the user tied to it. */
  otherNames: string[];
}

export interface PartnerIndex {
  match(written: string): PartnerMatch;
}

interface Target {
  entry: PartnerEntry;
  names: string[];
  loose: string[];
}

/**
 * Matching of the names people write in the exchange log and the events sheet (RULES.md, "Names
 * of partners"): a written name matches a partner when one ends with the other, and only one
 * partner matches; failing that, the same test with 省 and 市 dropped from both. An exact name
 * wins over names it is only the end of. Register partners shadow candidates of the same name.
 */
export function buildPartnerIndex(entries: PartnerEntry[]): PartnerIndex {
  const byName = new Map<string, Target>();
  for (const entry of entries) {
    const key = foldName(entry.name);
    if (!key) continue;
    const existing = byName.get(key);
    if (existing && (existing.entry.kind === "register" || entry.kind === "candidate")) {
      existing.names.push(...entry.otherNames.map(foldName).filter(Boolean));
      continue;
    }
    const names = [key, ...entry.otherNames.map(foldName).filter(Boolean)];
    byName.set(key, { entry, names, loose: [] });
  }
  const targets = [...byName.values()];
  for (const t of targets) t.loose = t.names.map(dropProvinceAndCity).filter(Boolean);

  // Logs name the same few partners over and over: each written form is matched once.
  const cache = new Map<string, PartnerMatch>();
  return {
    match(written: string): PartnerMatch {
      let result = cache.get(written);
      if (!result) {
        const key = foldName(written);
        result = key ? matchFolded(key, targets) : { kind: "none" };
        cache.set(written, result);
      }
      return result;
    },
  };
}

function matchFolded(key: string, targets: Target[]): PartnerMatch {
  const exact = targets.filter((t) => t.names.includes(key));
  if (exact.length === 1) return found(exact[0]);
  const strict = targets.filter((t) => t.names.some((n) => endsEitherWay(n, key)));
  if (strict.length > 0) return decide(strict);
  const loose = dropProvinceAndCity(key);
  if (!loose) return { kind: "none" };
  return decide(targets.filter((t) => t.loose.some((n) => endsEitherWay(n, loose))));
}

function endsEitherWay(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

function decide(matches: Target[]): PartnerMatch {
  if (matches.length === 0) return { kind: "none" };
  if (matches.length === 1) return found(matches[0]);
  return { kind: "ambiguous", partners: matches.map((t) => t.entry.name) };
}

function found(t: Target): PartnerMatch {
  return { kind: t.entry.kind, partner: t.entry.name };
}
