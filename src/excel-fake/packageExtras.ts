import JSZip from "jszip";

/**
 * What Excel keeps in a workbook file beyond the cells that exceljs does not read: the date system
 * (`<workbookPr date1904>`, "1" as Excel writes it or "true" as LibreOffice does) and the Office
 * add-in settings (each add-in's web-extension part, properties of a name and a JSON value).
 */

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp"
      ? "&"
      : e === "lt"
        ? "<"
        : e === "gt"
          ? ">"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescape(m[2] ?? m[3] ?? "");
  return out;
}

interface PackageExtras {
  date1904: boolean;
  /** Every web-extension property, by name, its value parsed as JSON (kept as text when it is not). */
  settings: Record<string, unknown>;
}

export async function packageExtras(data: Buffer | ArrayBuffer): Promise<PackageExtras> {
  const zip = await JSZip.loadAsync(data);
  const workbook = Object.keys(zip.files).find((name) => /^\/?xl\/workbook\.xml$/i.test(name));
  const workbookXml = workbook ? await zip.file(workbook)!.async("string") : "";
  const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const flag = pr ? attributesOf(pr).date1904 : undefined;
  const settings: Record<string, unknown> = {};
  for (const name of Object.keys(zip.files).filter((n) => /(^|\/)webextensions\/webextension\d*\.xml$/i.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const tag of xml.match(/<(?:[\w.-]+:)?property\b[^>]*>/g) ?? []) {
      const a = attributesOf(tag);
      if (a.name === undefined || a.value === undefined) continue;
      try {
        settings[a.name] = JSON.parse(a.value) as unknown;
      } catch {
        settings[a.name] = a.value;
      }
    }
  }
  return { date1904: flag !== undefined && (flag === "1" || flag.trim().toLowerCase() === "true"), settings };
}
