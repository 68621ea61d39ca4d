import type JSZip from "jszip";
import { entryName, relsPath, resolvePart } from "../read/packageParts";
import { attributesOf, CannotGraftError, elements, escapeAttribute, escapeRegExp } from "./xmlText";

/**
 * The package-level edits of the graft: relationships, content types, and taking away a part
 * with every part only it refers to (a replaced sheet's table, drawing and chart). Other parts
 * are not opened, so they go back into the zip as they came.
 */

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

interface RelEntry {
  id: string;
  type: string;
  /** Package path of an internal target, the raw target of an external one. */
  target: string;
  external: boolean;
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

export async function text(zip: JSZip, path: string): Promise<string | null> {
  const name = entryName(zip, path);
  return name === null ? null : zip.file(name)!.async("string");
}

function parseRelsText(sourcePart: string, xml: string | null): RelEntry[] {
  if (xml === null) return [];
  return elements(xml, "Relationship").map((tag) => {
    const a = attributesOf(tag);
    const external = (a.TargetMode ?? "").toLowerCase() === "external";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: external ? (a.Target ?? "") : resolvePart(sourcePart, a.Target ?? ""),
      external,
    };
  });
}

export async function relsOf(zip: JSZip, part: string): Promise<RelEntry[]> {
  return parseRelsText(part, await text(zip, relsPath(part)));
}

/** A relationship id the rels part does not use yet. */
function freeRelId(rels: RelEntry[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The target as written in a rels part: relative to the source part's folder. */
function relativeTo(sourcePart: string, target: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Appends a relationship to a part's rels (made when the part has none); returns its id. */
export async function addRel(zip: JSZip, sourcePart: string, type: string, target: string): Promise<string> {
  const path = entryName(zip, relsPath(sourcePart)) ?? relsPath(sourcePart);
  const xml = (await text(zip, path)) ?? EMPTY_RELS;
  const id = freeRelId(parseRelsText(sourcePart, xml));
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(relativeTo(sourcePart, target))}"/>`;
  const end = xml.lastIndexOf("</Relationships>");
  if (end < 0) throw new CannotGraftError(path, "not a relationships part");
  zip.file(path, xml.slice(0, end) + rel + xml.slice(end));
  return id;
}

export async function removeRel(zip: JSZip, sourcePart: string, id: string): Promise<void> {
  const path = entryName(zip, relsPath(sourcePart));
  const xml = path === null ? null : await text(zip, path);
  if (path === null || xml === null) return;
  const re = new RegExp(
    `<Relationship\\b[^>]*\\bId\\s*=\\s*["']${escapeRegExp(id)}["'][^>]*?(?:/>|>\\s*</Relationship>)`,
  );
  zip.file(path, xml.replace(re, ""));
}

/**
 * Adds `<Override PartName="/path" …/>`, replacing one for the same part; one already right stays
 * where it is (a rerun rewrites a part in place, and its content type with it).
 */
export async function setContentType(zip: JSZip, part: string, contentType: string): Promise<void> {
  const xml = await text(zip, "[Content_Types].xml");
  if (xml === null) throw new CannotGraftError("[Content_Types].xml", "missing");
  const name = `/${part}`.toLowerCase();
  const current = (xml.match(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g) ?? []).find(
    (tag) => (attributesOf(tag).PartName ?? "").toLowerCase() === name,
  );
  if (current !== undefined && attributesOf(current).ContentType === contentType) return;
  const without = withoutOverride(xml, part);
  const end = without.lastIndexOf("</Types>");
  if (end < 0) throw new CannotGraftError("[Content_Types].xml", "not a content types part");
  zip.file(
    entryName(zip, "[Content_Types].xml")!,
    `${without.slice(0, end)}<Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>${without.slice(end)}`,
  );
}

function withoutOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  return xml.replace(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g, (tag) =>
    (attributesOf(tag).PartName ?? "").toLowerCase() === name ? "" : tag,
  );
}

/** The first free `${prefix}N${suffix}` (N ≥ 1), comparing names as OPC does. */
export function freePart(zip: JSZip, prefix: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}${suffix}`;
    if (entryName(zip, path) === null && !taken.has(path.toLowerCase())) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}

/**
 * Takes `part` out of the package with its rels and every part that only it (or parts taken out
 * with it) refers to: a replaced sheet's table, drawing, chart, comments. A part something else
 * refers to stays. Returns the parts taken out: their content types go in `dropContentTypes`,
 * once the graft knows which of them it has written again.
 */
export async function removePartTree(zip: JSZip, part: string): Promise<string[]> {
  const referrers = new Map<string, Set<string>>();
  const targets = new Map<string, string[]>();
  const relsFiles: string[] = [];
  zip.forEach((name, file) => {
    if (!file.dir && /(^|\/)_rels\/[^/]*\.rels$/i.test(name)) relsFiles.push(name);
  });
  for (const name of relsFiles) {
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
    const internal = parseRelsText(source, await zip.file(name)!.async("string")).filter((r) => !r.external);
    const key = source.toLowerCase();
    targets.set(
      key,
      internal.map((r) => r.target.toLowerCase()),
    );
    for (const r of internal) {
      const t = r.target.toLowerCase();
      if (!referrers.has(t)) referrers.set(t, new Set());
      referrers.get(t)!.add(key);
    }
  }
  const gone = new Set<string>();
  const queue = [part.toLowerCase()];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (gone.has(next)) continue;
    gone.add(next);
    for (const t of targets.get(next) ?? []) {
      if ([...(referrers.get(t) ?? [])].every((source) => gone.has(source))) queue.push(t);
    }
  }
  for (const path of gone) {
    for (const name of [entryName(zip, path), entryName(zip, relsPath(path))]) if (name !== null) zip.remove(name);
  }
  return [...gone];
}

/** The content types of parts taken out and not written again. */
export async function dropContentTypes(zip: JSZip, parts: string[]): Promise<void> {
  let types = await text(zip, "[Content_Types].xml");
  if (types === null) return;
  for (const part of parts) if (entryName(zip, part) === null) types = withoutOverride(types, part);
  zip.file(entryName(zip, "[Content_Types].xml")!, types);
}
