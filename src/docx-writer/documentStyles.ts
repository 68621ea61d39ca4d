import type { IParagraphStyleOptions } from "docx";

/**
 * The paragraph styles of the office's documents, set as a Chinese government document is
 * (党政机关公文格式, GB/T 9704): a 二号 title, 三号 (16 pt) text in 仿宋 on 28 pt lines, first-level
 * headings in 黑体, second-level in 楷体, third-level in 仿宋 bold; Latin text in Times New Roman.
 * Each style has a name staff see in Word's Styles pane, so that the office can change them in a
 * template (see templateStyles.ts) without touching the code.
 */
export const STYLE = {
  title: "GovTitle",
  subtitle: "GovSubtitle",
  heading1: "GovHeading1",
  heading2: "GovHeading2",
  heading3: "GovHeading3",
  body: "GovBody",
  caption: "GovCaption",
  table: "GovTable",
  signature: "GovSignature",
} as const;

const font = (eastAsia: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia });
const FANGSONG = font("仿宋");
const SIZE_3 = 32; // 三号 16 pt, in half-points
const LINE = { line: 560, lineRule: "exact" as const }; // 28 pt
const INDENT_2 = 640; // two 16 pt characters, in twips

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.title,
    name: "公文标题",
    run: { font: font("方正小标宋简体"), size: 44 },
    paragraph: { alignment: "center", spacing: { line: 700, lineRule: "exact", after: 280 } },
  },
  {
    id: STYLE.subtitle,
    name: "公文副标题",
    run: { font: font("楷体"), size: SIZE_3 },
    paragraph: { alignment: "center", spacing: { ...LINE, after: 280 } },
  },
  {
    id: STYLE.heading1,
    name: "一级标题",
    run: { font: font("黑体"), size: SIZE_3 },
    paragraph: { spacing: LINE, indent: { firstLine: INDENT_2 }, outlineLevel: 0, keepNext: true },
  },
  {
    id: STYLE.heading2,
    name: "二级标题",
    run: { font: font("楷体"), size: SIZE_3 },
    paragraph: { spacing: LINE, indent: { firstLine: INDENT_2 }, outlineLevel: 1, keepNext: true },
  },
  {
    id: STYLE.heading3,
    name: "三级标题",
    run: { font: FANGSONG, size: SIZE_3, bold: true },
    paragraph: { spacing: LINE, indent: { firstLine: INDENT_2 }, outlineLevel: 2, keepNext: true },
  },
  {
    id: STYLE.body,
    name: "公文正文",
    run: { font: FANGSONG, size: SIZE_3 },
    paragraph: { spacing: LINE, indent: { firstLine: INDENT_2 }, alignment: "both" },
  },
  {
    id: STYLE.caption,
    name: "图表标题",
    run: { font: font("黑体"), size: 28 },
    paragraph: { alignment: "center", spacing: { before: 120, after: 120 }, keepNext: true },
  },
  {
    id: STYLE.table,
    name: "表格文字",
    run: { font: FANGSONG, size: 21 }, // 五号
    paragraph: { spacing: { line: 320, lineRule: "exact" } },
  },
  {
    id: STYLE.signature,
    name: "落款",
    run: { font: FANGSONG, size: SIZE_3 },
    paragraph: { alignment: "right", spacing: LINE, indent: { right: INDENT_2 } },
  },
];

/** A4 with GB/T 9704's margins: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (in twips). */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
};
