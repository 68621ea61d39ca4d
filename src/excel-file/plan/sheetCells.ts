import type JSZip from "jszip";
import { attributes, NS, parseRels, readText, relsPathOf, resolveTarget, unescapeXml } from "./ooxml";
import { columnIndex } from "./a1";

/**
 * Reads the cached values of a worksheet part's cells (what a chart's caches hold): numbers as
 * numbers, shared, inline and formula strings as text, booleans as 0/1, errors as their text.
 */
export type CachedValue = string | number | null;

/** The shared string table, in order (rich text runs joined, phonetic runs left out). */
export async function sharedStrings(zip: JSZip, workbookPath = "xl/workbook.xml"): Promise<string[]> {
  const rel = parseRels(await readText(zip, relsPathOf(workbookPath))).find((r) => r.type === NS.sharedStringsRel);
  if (!rel) return [];
  const xml = await readText(zip, resolveTarget(workbookPath, rel.target));
  if (xml === null) return [];
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map(itemText);
}

/** The text of an `<si>` or `<is>`: its `<t>` elements, without phonetic guides. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += unescapeXml(m[1]);
  return text;
}

/** Cell values by "row,column" (0-based) within the given bounds. */
export function readCells(
  sheetXml: string,
  strings: string[],
  bounds: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number },
): Map<string, CachedValue> {
  const out = new Map<string, CachedValue>();
  const re = /<c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (const m of sheetXml.matchAll(re)) {
    const a = attributes(`<c${m[1]}>`);
    const ref = /^([A-Za-z]+)(\d+)$/.exec(a.r ?? "");
    if (!ref) continue;
    const row = Number(ref[2]) - 1;
    const column = columnIndex(ref[1]);
    if (row < bounds.firstRow || row > bounds.lastRow || column < bounds.firstColumn || column > bounds.lastColumn)
      continue;
    out.set(`${row},${column}`, cellValue(a.t ?? "n", m[2] ?? "", strings));
  }
  return out;
}

function cellValue(type: string, body: string, strings: string[]): CachedValue {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body);
    return is ? itemText(is[1]) : "";
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
  if (!v) return null;
  const raw = unescapeXml(v[1]);
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "str":
    case "e":
      return raw;
    case "b":
      return raw === "1" ? 1 : 0;
    default: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : null;
    }
  }
}
