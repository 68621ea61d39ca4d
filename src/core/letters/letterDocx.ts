import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import type { Letter } from "./draftLetter";

/** The media type of a .docx, for a Blob the task pane offers as a download. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 仿宋 for the text and 宋体 bold for the title, as the office's letters are set; Latin text in Times. */
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const SIZE = 32; // half-points: 16 pt, 三号
const LINE = { line: 560, lineRule: "exact" as const }; // 28 pt lines

/**
 * A draft letter as a Word document, bytes only: `Packer.pack(…, "uint8array")` runs in Node and in
 * the browser alike (no Buffer), so the command line writes the bytes and the task pane wraps them
 * in `new Blob([bytes], { type: DOCX_MIME })`. Nothing is sent anywhere.
 */
export async function letterDocx(letter: Letter): Promise<Uint8Array> {
  const zh = letter.lang === "zh-CN";
  const run = (text: string, bold = false, font = BODY_FONT) => new TextRun({ text, bold, font, size: SIZE });
  const doc = new Document({
    creator: letter.sender,
    title: `${letter.title} ${letter.partner}`,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { ...LINE, after: 280 },
            children: [run(letter.title, true, TITLE_FONT)],
          }),
          new Paragraph({ spacing: LINE, children: [run(letter.salutation)] }),
          // Two characters' indent for Chinese paragraphs (a 16 pt character is 320 twips).
          ...letter.paragraphs.map(
            (p) => new Paragraph({ spacing: LINE, indent: zh ? { firstLine: 640 } : undefined, children: [run(p)] }),
          ),
          new Paragraph({ spacing: LINE, children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [run(letter.sender)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [run(letter.date)] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

/** A file name for the download: 贺信-上海市黄浦区-2026年11月27日.docx, without characters Windows refuses. */
export function letterFileName(letter: Letter): string {
  return `${[letter.title, letter.partner, letter.date]
    .join("-")
    // eslint-disable-next-line no-control-regex -- control characters are among those Windows refuses in a file name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .trim()}.docx`;
}
