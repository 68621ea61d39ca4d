import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { ChartRun } from "docx/charts";
import type { Block, DocumentModel } from "../core/documents/documentModel";
import { PAGE, PARAGRAPH_STYLES, STYLE } from "./documentStyles";

interface DocxOptions {
  /** The styles part of the office's template (templateStyles.ts), in place of the built-in styles. */
  templateStyles?: string;
}

/**
 * A document of the core (documents/) as a Word file, bytes only: `Packer.pack(…, "uint8array")`
 * runs in Node and in the browser alike, so the command line writes the bytes and the task pane
 * wraps them in a Blob. The writer decides nothing: every word and number comes from the model.
 */
export async function documentDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const document = new Document({
    creator: doc.creator,
    title: doc.title,
    ...(options.templateStyles
      ? { externalStyles: options.templateStyles }
      : { styles: { paragraphStyles: PARAGRAPH_STYLES } }),
    sections: [
      {
        properties: { page: PAGE },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28 })],
              }),
            ],
          }),
        },
        children: doc.blocks.flatMap(blockToDocx),
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  const para = (
    style: string,
    text: string,
    extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
  ) => new Paragraph({ style, children: [new TextRun(text)], ...extra });
  switch (block.kind) {
    case "title":
      return [para(STYLE.title, block.text)];
    case "subtitle":
      return [para(STYLE.subtitle, block.text)];
    case "heading":
      return [
        para(block.level === 1 ? STYLE.heading1 : block.level === 2 ? STYLE.heading2 : STYLE.heading3, block.text),
      ];
    case "paragraph":
      return [para(STYLE.body, block.text, block.indent === false ? { indent: { firstLine: 0 } } : {})];
    case "signature":
      return [new Paragraph({ style: STYLE.body, children: [] }), ...block.lines.map((l) => para(STYLE.signature, l))];
    case "table":
      return [
        para(STYLE.caption, block.caption),
        tableOf(block.header, block.rows, block.widths),
        new Paragraph({ style: STYLE.table }),
      ];
    case "chart":
      return [
        para(STYLE.caption, block.caption),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ChartRun({
              type: "column",
              categories: block.categories,
              series: block.series.map((s) => ({ name: s.name, values: s.values })),
              font: { name: "仿宋" },
              dataLabels: { value: true },
              transformation: { width: 580, height: Math.max(300, 24 * block.categories.length) },
              altText: { name: block.caption, description: block.caption, title: block.caption },
            }),
          ],
        }),
      ];
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** The width of A4's text line with GB/T 9704's margins, in twips. */
const LINE_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

function tableOf(header: string[], rows: string[][], widths?: number[]): Table {
  const shares = widths ?? header.map(() => 1);
  const total = shares.reduce((s, w) => s + w, 0);
  const columnWidths = shares.map((w) => Math.floor((w / total) * LINE_WIDTH));
  const cell = (text: string, bold: boolean, column: number) =>
    new TableCell({
      width: { size: columnWidths[column], type: WidthType.DXA },
      children: [
        new Paragraph({
          style: STYLE.table,
          alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: LINE_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, i)) })),
    ],
  });
}
