import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";

/**
 * Streams one XML part of a package through a SAX parser, decompressing as it goes, so that a
 * worksheet of 100,000 rows is never held whole as text. Element and attribute names reach the
 * handlers without their prefix (`x:sheet` and `sheet` alike, `r:id` as `id`): generators differ
 * in the prefixes they write, never in the local names.
 */
interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function localAttributes(tag: SaxesTagPlain): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag.attributes)) {
    // xmlns declarations are not data; `r:id` and `id` never meet on one element.
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    out[localName(name)] = value;
  }
  return out;
}

function parserFor(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(localName(tag.name), localAttributes(tag)));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  return parser;
}

/** Parses the part at `path`; false when the package has no such part. */
export function streamPart(zip: JSZip, path: string, handlers: XmlHandlers): Promise<boolean> {
  const file = zip.file(path);
  if (!file) return Promise.resolve(false);
  const parser = parserFor(handlers);
  // jszip's typings leave out the flag it sets where Node streams exist.
  if (!(JSZip.support as { nodestream?: boolean }).nodestream) {
    // In a browser (the preview) there are no Node streams: the part is parsed whole.
    return file.async("string").then((xml) => {
      parser.write(xml).close();
      return true;
    });
  }
  const decoder = new TextDecoder("utf-8");
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        stream.pause();
        reject(error);
      }
    });
    stream.on("error", reject);
    stream.on("end", () => {
      try {
        parser.write(decoder.decode());
        parser.close();
        resolve(true);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Whether the part's text holds `needle` (ASCII), read as a stream: a big part is never held whole. */
export function partContains(zip: JSZip, path: string, needle: string): Promise<boolean> {
  const file = zip.file(path);
  if (!file) return Promise.resolve(false);
  if (!(JSZip.support as { nodestream?: boolean }).nodestream)
    return file.async("string").then((xml) => xml.includes(needle));
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    let tail = "";
    let found = false;
    stream.on("data", (chunk: Buffer) => {
      if (found) return;
      const text = tail + chunk.toString("latin1");
      if (text.includes(needle)) {
        found = true;
        resolve(true);
        stream.pause();
        return;
      }
      tail = text.slice(-needle.length);
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(found));
  });
}
