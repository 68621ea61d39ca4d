import type JSZip from "jszip";

/**
 * Small helpers for editing the parts of an .xlsx package (an OPC zip) as text: attributes,
 * relationships, content types, and finding a worksheet's part by the sheet's name. They read
 * the XML that Excel, LibreOffice and exceljs write (one element per tag, attributes in quotes);
 * they are not a general XML parser.
 */

export const NS = {
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlinkRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  worksheetRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStringsRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawingType: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chartType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

// eslint-disable-next-line no-control-regex -- XML 1.0 has no place for these control characters
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(NOT_IN_XML, "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

/** The attributes of one start tag (`<x a="1" b='2'>`), unescaped, prefixes kept (`r:id`). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[\w:.-]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Every start (or empty) tag of an element, by its qualified name. */
export function startTags(xml: string, qname: string): string[] {
  const re = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(?=[\\s/>])[^>]*>`, "g");
  return xml.match(re) ?? [];
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  targetMode: string | null;
}

export function parseRels(xml: string | null): Relationship[] {
  if (!xml) return [];
  return startTags(xml, "Relationship").map((tag) => {
    const a = attributes(tag);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", targetMode: a.TargetMode ?? null };
  });
}

export function renderRels(rels: Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
        (r.targetMode ? ` TargetMode="${escapeXml(r.targetMode)}"` : "") +
        "/>",
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** A relationship id not yet used in `rels`. */
export function nextRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship's target as a package path (no leading slash), relative to the source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The path of `to` relative to the folder of `from` (both package paths). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

interface SheetPart {
  name: string;
  /** Package path of the worksheet part, e.g. xl/worksheets/sheet3.xml. */
  path: string;
}

/** The workbook's worksheets in tab order, with their parts (found through xl/workbook.xml and its rels). */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbookPath = await workbookPartPath(zip);
  const workbook = await readText(zip, workbookPath);
  if (workbook === null) throw new Error(`the package has no ${workbookPath}`);
  const rels = parseRels(await readText(zip, relsPathOf(workbookPath)));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const tag of startTags(workbook, "sheet")) {
    const a = attributes(tag);
    const rel = byId.get(a["r:id"] ?? "");
    if (!rel || rel.type !== NS.worksheetRel) continue; // chartsheets, dialog sheets
    sheets.push({ name: a.name ?? "", path: resolveTarget(workbookPath, rel.target) });
  }
  return sheets;
}

/** The workbook part, named by the package's root rels (xl/workbook.xml in practice). */
async function workbookPartPath(zip: JSZip): Promise<string> {
  const rels = parseRels(await readText(zip, "_rels/.rels"));
  const office = rels.find((r) => r.type.endsWith("/officeDocument"));
  return office ? resolveTarget("", office.target) : "xl/workbook.xml";
}

/** Finds a sheet's part by name, as Excel compares sheet names (case-insensitively). */
export function findSheet(sheets: SheetPart[], name: string): SheetPart {
  const found = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`the workbook has no sheet named "${name}"`);
  return found;
}

/**
 * Adds (or replaces) `<Override PartName="/path" ContentType="…"/>` in [Content_Types].xml; one
 * already right stays where it is, so that rewriting a part leaves the content types as they were.
 */
export async function addContentTypeOverride(zip: JSZip, partPath: string, contentType: string): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await readText(zip, path);
  if (xml === null) throw new Error("the package has no [Content_Types].xml");
  const partName = `/${partPath}`;
  const same = startTags(xml, "Override").some((tag) => {
    const a = attributes(tag);
    return a.PartName === partName && a.ContentType === contentType;
  });
  if (same) return;
  const without = xml.replace(
    new RegExp(`<Override[^>]*PartName="${partName.replace(/[.[\]()*+?^$\\/]/g, "\\$&")}"[^>]*/>`, "g"),
    "",
  );
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  zip.file(path, without.replace("</Types>", `${override}</Types>`));
}

/** The first number n ≥ 1 for which `${prefix}${n}${suffix}` is not in the package. */
export function freePartNumber(zip: JSZip, prefix: string, suffix: string, taken: Set<string> = new Set()): number {
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}${suffix}`;
    if (!zip.file(path) && !taken.has(path)) return n;
  }
}

/**
 * The children of CT_Worksheet in schema order (ECMA-376 Part 1, 18.3.1.99): a child must be
 * inserted before the first existing element that comes after it in this list.
 */
export const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

type WorksheetChild = (typeof WORKSHEET_CHILDREN)[number];

/**
 * Inserts `element` (a child of `<worksheet>`, unprefixed as Excel writes it) into the
 * worksheet XML at the place the schema wants it.
 */
export function insertWorksheetChild(sheetXml: string, child: WorksheetChild, element: string): string {
  const later = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(child) + 1);
  let at = -1;
  for (const name of later) {
    const m = new RegExp(`<${name}(?=[\\s/>])`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("not a worksheet part");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}
