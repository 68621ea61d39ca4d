import type JSZip from "jszip";
import { entryName } from "./packageParts";
import { streamPart } from "./xmlStream";

/**
 * The Office add-in settings saved in a workbook (`Office.context.document.settings`, Excel's
 * `workbook.settings`): each add-in's are the properties of its web-extension part
 * (xl/webextensions/webextensionN.xml), a name and a JSON value each. Only the given keys are
 * taken, from the first part that has any: another add-in's settings are not ours.
 */

const WEB_EXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";

async function webExtensionParts(zip: JSZip): Promise<string[]> {
  const parts: string[] = [];
  const types = entryName(zip, "[Content_Types].xml");
  if (types !== null) {
    await streamPart(zip, types, {
      open(name, a) {
        if (name === "Override" && a.ContentType === WEB_EXTENSION_TYPE && a.PartName) {
          const part = entryName(zip, a.PartName.replace(/^\/+/, ""));
          if (part !== null) parts.push(part);
        }
      },
    });
  }
  zip.forEach((name, file) => {
    if (!file.dir && /(^|\/)webextensions\/webextension\d*\.xml$/i.test(name) && !parts.includes(name))
      parts.push(name);
  });
  return parts;
}

/** A stored value: JSON as Office writes it; text that is not JSON is kept as text. */
function storedValue(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export async function readOfficeSettings(zip: JSZip, keys: readonly string[]): Promise<Record<string, unknown>> {
  for (const part of await webExtensionParts(zip)) {
    const settings: Record<string, unknown> = {};
    await streamPart(zip, part, {
      open(name, a) {
        if (name === "property" && a.name !== undefined && keys.includes(a.name) && a.value !== undefined)
          settings[a.name] = storedValue(a.value);
      },
    });
    if (Object.keys(settings).length > 0) return settings;
  }
  return {};
}
