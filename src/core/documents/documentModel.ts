import type { Lang } from "../model";

/**
 * A document the office hands on (the year-end report, a request, an agreement) as plain data:
 * what it says, in order, with its headings already numbered. A writer (src/docx-writer) sets it
 * on the page; tests read it without any writer.
 */
export type Block =
  /** The document's title, centred. */
  | { kind: "title"; text: string }
  /** A centred line under the title (who issues it, the year). */
  | { kind: "subtitle"; text: string }
  /** Numbered as the text says (一、 （一） 1.): level 1 黑体, level 2 楷体, level 3 仿宋 bold. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** A body paragraph; `indent` false for an addressee line (主送机关) or a list line. */
  | { kind: "paragraph"; text: string; indent?: boolean }
  /** `widths`: each column's share of the line, where the columns should not be equal. */
  | { kind: "table"; caption: string; header: string[]; rows: string[][]; widths?: number[] }
  /** Bars per category, one series per entry of `series`: a native chart in Word. */
  | { kind: "chart"; caption: string; categories: string[]; series: { name: string; values: number[] }[] }
  /** Lines at the right, under the text: the issuer and the date. */
  | { kind: "signature"; lines: string[] };

export interface DocumentModel {
  lang: Lang;
  /** The title in the file's properties. */
  title: string;
  /** Who makes it, for the file's properties. */
  creator: string;
  /** A file name to offer, without characters Windows refuses. */
  fileName: string;
  blocks: Block[];
}

/** Every text of a document in reading order, table cells and chart categories included: what a reader sees. */
export function documentText(doc: DocumentModel): string[] {
  return doc.blocks.flatMap((b) => {
    switch (b.kind) {
      case "table":
        return [b.caption, ...b.header, ...b.rows.flat()];
      case "chart":
        return [b.caption, ...b.categories];
      case "signature":
        return b.lines;
      default:
        return [b.text];
    }
  });
}

/** A file name without the characters Windows refuses. */
export function documentFileName(...parts: string[]): string {
  return `${parts
    .filter(Boolean)
    .join("-")
    // eslint-disable-next-line no-control-regex -- control characters are among those Windows refuses in a file name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .trim()}.docx`;
}
