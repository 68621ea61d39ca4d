import {
  attributesOf,
  CannotGraftError,
  elements,
  elementSpan,
  escapeAttribute,
  mainPrefix,
  withAttribute,
} from "./xmlText";

/**
 * The workbook's styles part, to which the add-in's cell styles and conditional-format styles are
 * added — never changed or removed: each is looked for first (a second run finds the first run's),
 * and appended only when missing, so the user's style indexes stay what they were.
 */

const BUILT_IN_IDS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "0%": 9, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** The styles.xml children in schema order (CT_Stylesheet), to insert a missing list in its place. */
const STYLESHEET_CHILDREN = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export interface CellStyle {
  numberFormat: string;
  bold?: boolean;
  /** ARGB, e.g. FF0563C1. */
  color?: string;
  underline?: boolean;
}

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export class StyleSheet {
  private xml: string;
  private readonly p: string;

  constructor(
    xml: string,
    private readonly part: string,
  ) {
    this.xml = xml;
    this.p = mainPrefix(xml, part, "styleSheet");
  }

  toString(): string {
    return this.xml;
  }

  /** The cellXfs index of a cell style, added when the sheet has none like it. */
  cellXf(style: CellStyle): number {
    const numFmtId = this.numberFormat(style.numberFormat);
    const fontId = style.bold || style.color || style.underline ? this.font(style) : 0;
    const p = this.p;
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      (numFmtId !== 0 ? ` applyNumberFormat="1"` : "") +
      (fontId !== 0 ? ` applyFont="1"` : "") +
      `/>`;
    return this.findOrAppend("cellXfs", "xf", xf);
  }

  /** The dxfs index of a conditional format's fill and font colour (ARGB). */
  dxf(fill: string, fontColor: string): number {
    const p = this.p;
    const dxf =
      `<${p}dxf><${p}font><${p}color rgb="${fontColor}"/></${p}font>` +
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor rgb="${fill}"/></${p}patternFill></${p}fill></${p}dxf>`;
    return this.findOrAppend("dxfs", "dxf", dxf);
  }

  private numberFormat(code: string): number {
    const p = this.p;
    const list = this.list("numFmts");
    for (const tag of elements(list.inner, `${p}numFmt`)) {
      const a = attributesOf(tag);
      if (a.formatCode === code) return Number(a.numFmtId);
    }
    if (BUILT_IN_IDS[code] !== undefined) return BUILT_IN_IDS[code];
    const ids = elements(list.inner, `${p}numFmt`).map((tag) => Number(attributesOf(tag).numFmtId) || 0);
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    this.append("numFmts", `${p}numFmt`, `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** A font like the workbook's default (its size, name, family, scheme), with the style's changes. */
  private font(style: CellStyle): number {
    const p = this.p;
    const base = elements(this.list("fonts").inner, `${p}font`)[0] ?? "";
    const keep = (name: string) => elements(base, `${p}${name}`)[0] ?? "";
    const font =
      `<${p}font>` +
      (style.bold ? `<${p}b/>` : "") +
      (style.underline ? `<${p}u/>` : "") +
      keep("sz") +
      (style.color ? `<${p}color rgb="${style.color}"/>` : keep("color")) +
      keep("name") +
      keep("family") +
      keep("charset") +
      (style.color ? "" : keep("scheme")) +
      `</${p}font>`;
    return this.findOrAppend("fonts", "font", font);
  }

  private findOrAppend(listName: string, itemName: string, item: string): number {
    const p = this.p;
    const items = elements(this.list(listName).inner, `${p}${itemName}`);
    const found = items.indexOf(item);
    if (found >= 0) return found;
    this.append(listName, `${p}${itemName}`, item);
    return items.length;
  }

  /** The list element (numFmts, fonts …) and its content, created empty in schema order when absent. */
  private list(name: string): { inner: string } {
    const p = this.p;
    const span = elementSpan(this.xml, `${p}${name}`);
    if (span) return { inner: span.inner === null ? "" : this.xml.slice(span.inner, span.innerEnd!) };
    const later = STYLESHEET_CHILDREN.slice(STYLESHEET_CHILDREN.indexOf(name) + 1);
    let at = -1;
    for (const next of later) {
      const s = elementSpan(this.xml, `${p}${next}`);
      if (s && (at < 0 || s.start < at)) at = s.start;
    }
    if (at < 0) at = this.xml.lastIndexOf(`</${p}styleSheet>`);
    if (at < 0) throw new CannotGraftError(this.part, "no end to the styleSheet element");
    this.xml = `${this.xml.slice(0, at)}<${p}${name} count="0"/>${this.xml.slice(at)}`;
    return { inner: "" };
  }

  private append(listName: string, itemName: string, item: string): void {
    const p = this.p;
    this.list(listName);
    const span = elementSpan(this.xml, `${p}${listName}`)!;
    const startTag = this.xml.slice(span.start, span.inner ?? span.end);
    const inner = span.inner === null ? "" : this.xml.slice(span.inner, span.innerEnd!);
    const count = elements(inner, itemName).length + 1;
    const open = withAttribute(startTag.replace(/\s*\/>$/, ">"), "count", String(count));
    this.xml = `${this.xml.slice(0, span.start)}${open}${inner}${item}</${p}${listName}>${this.xml.slice(span.end)}`;
  }
}
