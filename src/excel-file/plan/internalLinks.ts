import type JSZip from "jszip";
import {
  attributes,
  escapeXml,
  insertWorksheetChild,
  NS,
  parseRels,
  readText,
  relsPathOf,
  renderRels,
  sheetParts,
  startTags,
} from "./ooxml";

/**
 * Links inside the workbook, in the form Excel writes them: `<hyperlink ref="G2"
 * location="'友城名录'!A4"/>`, with no relationship. exceljs cannot do this: it writes every
 * link as an external relationship (a link `#'Sheet'!A4` becomes a relationship to the target
 * "#'Sheet'!A4" plus a location attribute that keeps the "#"), and when it reads a file it drops
 * links that have only a location. Two repairs on the saved package:
 *
 * - `canonicalInternalLinks`: every link whose relationship target starts with "#" becomes a
 *   location-only link, and its relationship is removed;
 * - `restoreInternalLinks`: the location-only links of the user's sheets in the input, which
 *   exceljs lost on reading, are put back (cells are not renumbered by exceljs, so the same
 *   addresses hold the same cells).
 */

export async function canonicalInternalLinks(zip: JSZip): Promise<void> {
  for (const sheet of await sheetParts(zip)) {
    const xml = await readText(zip, sheet.path);
    if (xml === null || !xml.includes("<hyperlink ")) continue;
    const relsPath = relsPathOf(sheet.path);
    const rels = parseRels(await readText(zip, relsPath));
    const internal = new Map(
      rels.filter((r) => r.type === NS.hyperlinkRel && r.target.startsWith("#")).map((r) => [r.id, r.target.slice(1)]),
    );
    if (internal.size === 0) continue;
    const fixed = xml.replace(/<hyperlink\s[^>]*\/>/g, (tag) => {
      const a = attributes(tag);
      const location = internal.get(a["r:id"] ?? "");
      if (location === undefined) return tag;
      return hyperlinkTag(a.ref ?? "", location, a.tooltip, a.display);
    });
    zip.file(sheet.path, fixed);
    const kept = rels.filter((r) => !internal.has(r.id));
    if (kept.length > 0) zip.file(relsPath, renderRels(kept));
    else zip.remove(relsPath);
  }
}

/**
 * Puts back, on the output's sheets of the same names as `sheetNames`, the location-only links
 * that the input had on them and the output lacks.
 */
export async function restoreInternalLinks(input: JSZip, output: JSZip, sheetNames: string[]): Promise<void> {
  const wanted = new Set(sheetNames.map((n) => n.toLowerCase()));
  const outSheets = new Map((await sheetParts(output)).map((s) => [s.name.toLowerCase(), s]));
  for (const inSheet of await sheetParts(input)) {
    const key = inSheet.name.toLowerCase();
    const outSheet = outSheets.get(key);
    if (!wanted.has(key) || !outSheet) continue;
    const inXml = await readText(input, inSheet.path);
    if (inXml === null) continue;
    const lost = startTags(inXml, "hyperlink")
      .map(attributes)
      .filter((a) => a["r:id"] === undefined && a.location !== undefined && a.ref !== undefined);
    if (lost.length === 0) continue;
    let outXml = await readText(output, outSheet.path);
    if (outXml === null) continue;
    const present = new Set(startTags(outXml, "hyperlink").map((t) => attributes(t).ref));
    const tags = lost
      .filter((a) => !present.has(a.ref))
      .map((a) => hyperlinkTag(a.ref as string, a.location as string, a.tooltip, a.display))
      .join("");
    if (tags === "") continue;
    if (/<hyperlinks>/.test(outXml)) outXml = outXml.replace("</hyperlinks>", `${tags}</hyperlinks>`);
    else if (/<hyperlinks\/>/.test(outXml))
      outXml = outXml.replace("<hyperlinks/>", `<hyperlinks>${tags}</hyperlinks>`);
    else outXml = insertWorksheetChild(outXml, "hyperlinks", `<hyperlinks>${tags}</hyperlinks>`);
    output.file(outSheet.path, outXml);
  }
}

function hyperlinkTag(ref: string, location: string, tooltip?: string, display?: string): string {
  return (
    `<hyperlink ref="${escapeXml(ref)}" location="${escapeXml(location)}"` +
    (tooltip !== undefined ? ` tooltip="${escapeXml(tooltip)}"` : "") +
    (display !== undefined ? ` display="${escapeXml(display)}"` : "") +
    `/>`
  );
}
