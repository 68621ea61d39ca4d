import JSZip from "jszip";
import { SaxesParser } from "saxes";

/** What a reader sees in a .docx's body, in order: paragraphs with their style, and tables as rows of cell texts. */
export type DocxBlock = { kind: "p"; style: string | null; text: string } | { kind: "table"; rows: string[][] };

export interface DocxContent {
  blocks: DocxBlock[];
  /** The parts of the package, by path. */
  files: string[];
  zip: JSZip;
}

/** Reads word/document.xml back with an XML parser (no regular expressions over XML). */
export async function docxContent(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const blocks: DocxBlock[] = [];
  const parser = new SaxesParser();
  let tableDepth = 0;
  let rows: string[][] = [];
  let cell: string | null = null;
  let para: { style: string | null; text: string } | null = null;
  let inText = false;
  parser.on("opentag", (tag) => {
    switch (tag.name) {
      case "w:tbl":
        if (tableDepth++ === 0) rows = [];
        break;
      case "w:tr":
        if (tableDepth === 1) rows.push([]);
        break;
      case "w:tc":
        if (tableDepth === 1) cell = "";
        break;
      case "w:p":
        para = { style: null, text: "" };
        break;
      case "w:pStyle":
        if (para) para.style = String(tag.attributes["w:val"]);
        break;
      case "w:t":
        inText = true;
        break;
    }
  });
  parser.on("text", (t) => {
    if (inText && para) para.text += t;
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:t":
        inText = false;
        break;
      case "w:p":
        if (cell !== null) cell += (cell ? "\n" : "") + para!.text;
        else if (tableDepth === 0) blocks.push({ kind: "p", ...para! });
        para = null;
        break;
      case "w:tc":
        if (tableDepth === 1) rows[rows.length - 1].push(cell ?? "");
        cell = null;
        break;
      case "w:tbl":
        if (--tableDepth === 0) blocks.push({ kind: "table", rows });
        break;
    }
  });
  parser.write(xml).close();
  return { blocks, files: Object.keys(zip.files), zip };
}

/** The paragraphs' texts, in order. */
export const paragraphs = (c: DocxContent): string[] =>
  c.blocks.filter((b): b is Extract<DocxBlock, { kind: "p" }> => b.kind === "p").map((b) => b.text);

/** The table that follows the paragraph (its caption) with this text. */
export function tableAfter(c: DocxContent, caption: string): string[][] | undefined {
  const i = c.blocks.findIndex((b) => b.kind === "p" && b.text === caption);
  const next = i >= 0 ? c.blocks[i + 1] : undefined;
  return next?.kind === "table" ? next.rows : undefined;
}
