import type JSZip from "jszip";
import { streamPart } from "./xmlStream";

/**
 * Finding parts in an Open Packaging Conventions zip the way Excel does, whoever wrote it:
 * relationship targets relative to their source part (`worksheets/sheet1.xml`), absolute from the
 * package root (`/xl/tables/table1.xml`, as openpyxl writes them), percent-encoded, and entry
 * names compared without regard to case (part names are case-insensitive in OPC).
 */

export interface PackageRel {
  id: string;
  /** The relationship type's last segment: worksheet, table, sharedStrings, styles … */
  kind: string;
  type: string;
  /** The target as a package path (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

const OFFICE_DOCUMENT = "officeDocument";

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; "" → _rels/.rels. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target as a package path, relative to the source part unless absolute. */
export function resolvePart(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is part of the name.
  }
  const parts = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const piece of decoded.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The zip entry of a package path, found as OPC finds it (case-insensitively). */
export function entryName(zip: JSZip, path: string): string | null {
  if (zip.file(path)) return path;
  const lower = path.toLowerCase();
  let found: string | null = null;
  zip.forEach((name, file) => {
    if (found === null && !file.dir && name.replace(/^\/+/, "").toLowerCase() === lower) found = name;
  });
  return found;
}

export async function readRels(zip: JSZip, sourcePart: string): Promise<PackageRel[]> {
  const rels: PackageRel[] = [];
  const path = entryName(zip, relsPath(sourcePart));
  if (path === null) return rels;
  await streamPart(zip, path, {
    open(name, a) {
      if (name !== "Relationship") return;
      const type = a.Type ?? "";
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      rels.push({
        id: a.Id ?? "",
        type,
        kind: type.slice(type.lastIndexOf("/") + 1),
        target: external ? (a.Target ?? "") : resolvePart(sourcePart, a.Target ?? ""),
        external,
      });
    },
  });
  return rels;
}

/** The workbook part named by the package's root relationships (xl/workbook.xml in practice). */
export async function workbookPart(zip: JSZip): Promise<string | null> {
  const office = (await readRels(zip, "")).find((r) => r.kind === OFFICE_DOCUMENT && !r.external);
  const named = office ? entryName(zip, office.target) : null;
  return named ?? entryName(zip, "xl/workbook.xml");
}
