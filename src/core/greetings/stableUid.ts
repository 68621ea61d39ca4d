/**
 * A calendar UID made from what an event is (not when the file was made), so that importing a
 * newer file updates the events of an older one instead of doubling them. FNV-1a, 32 bits twice
 * (two offsets), in hex: plain arithmetic that runs the same in Node and in the browser.
 */
export function stableUid(kind: string, key: string): string {
  return `${kind}-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}@partner-cities.xicheng`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
