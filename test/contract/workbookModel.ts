import JSZip from "jszip";
import { HIGHLIGHT_MARKER, TABLE_PREFIX } from "../../src/core/plan/writePlan";
import {
  attributes,
  NS,
  parseRels,
  readText,
  relsPathOf,
  resolveTarget,
  sheetParts,
  startTags,
  unescapeXml,
} from "../../src/excel-file/plan/ooxml";
import { sharedStrings } from "../../src/excel-file/plan/sheetCells";
import { columnLetter } from "../../src/core/detect/mapping";

/**
 * A workbook as the contract between the two writers sees it, read from the saved package's XML
 * (not through exceljs, which drops links that point inside the workbook and rounds dates):
 *
 * - sheets in tab order;
 * - per cell that holds something (a value, a formula or a link): the value (numbers exactly as
 *   stored, booleans as booleans, text as text, errors as "#N/A"…), the number format's code,
 *   the formula (null for a constant: any text the add-in wrote must have none), the link's
 *   target (a place inside the workbook without its "#", or a URL);
 *   the font as far as the in-memory host keeps one ("bold", "underline", the colour);
 *   cells with a format and nothing in them (or "") are left out (the writers style blank cells of an
 *   empty table and of the totals row differently, and nobody can see a format of a blank cell);
 * - column widths in pixels, as Excel draws them from the file's <col width> with the default
 *   font's 7 px digit (a width that is not whole pixels shows as the pixels Excel rounds it to);
 * - tables by name: sheet, range and style;
 * - conditional-format rules as a multiset of "sheet | range | type | formula | fill | font",
 *   the add-in's (formula holds the marker) apart from the user's, whichever block they sit in
 *   (exceljs groups one plan's rules in one <conditionalFormatting>, the host writes one each);
 * - charts: sheet, title, the ranges their series read, and the cells their corners sit in;
 * - frozen rows and merged ranges per sheet.
 */
export interface CellModel {
  value: string | number | boolean | null;
  numFmt: string;
  formula: string | null;
  link: string | null;
  /** "bold underline #RRGGBB", the parts it has, or "" for the cell style's own font. */
  font: string;
}

export interface SheetModel {
  name: string;
  cells: Record<string, CellModel>;
  freezeRows: number;
  merges: string[];
  /** Pixels by column letter, for columns the file gives a width. */
  widths: Record<string, number>;
}

export interface ChartModel {
  sheet: string;
  title: string;
  refs: string[];
  /** The drawing's corners as "col,row" (0-based): top-left, and the cell the bottom-right corner is at. */
  anchor: string;
}

export interface TableModel {
  sheet: string;
  ref: string;
  style: string | null;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: Record<string, TableModel>;
  ownRules: string[];
  userRules: string[];
  charts: ChartModel[];
}

const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

interface Styles {
  /** Number format code by cellXfs index. */
  cellFormats: string[];
  /** Font (see CellModel.font) by cellXfs index. */
  cellFonts: string[];
  /** Fill and font colour by dxf index. */
  dxfs: { fill: string | null; font: string | null }[];
}

function section(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  return m?.[1] ?? "";
}

function colourOf(xml: string, tag: string): string | null {
  const tagXml = startTags(xml, tag)[0];
  const rgb = tagXml ? attributes(tagXml).rgb : undefined;
  return rgb ? `#${rgb.slice(-6).toUpperCase()}` : null;
}

async function readStyles(zip: JSZip): Promise<Styles> {
  const xml = (await readText(zip, "xl/styles.xml")) ?? "";
  const custom = new Map<number, string>();
  for (const tag of startTags(section(xml, "numFmts"), "numFmt")) {
    const a = attributes(tag);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = startTags(section(xml, "cellXfs"), "xf").map(attributes);
  const cellFormats = xfs.map((a) => {
    const id = Number(a.numFmtId ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? `builtin:${id}`;
  });
  const fonts = [...section(xml, "fonts").matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => {
    const body = m[1] ?? "";
    const u = startTags(body, "u")[0];
    const colour = colourOf(body, "color");
    return [
      /<b\/>|<b val="(1|true)"\/>/.test(body) ? "bold" : "",
      u && attributes(u).val !== "none" ? "underline" : "",
      colour && colour !== "#000000" ? colour : "",
    ]
      .filter(Boolean)
      .join(" ");
  });
  const cellFonts = xfs.map((a) => fonts[Number(a.fontId ?? 0)] ?? "");
  const dxfs = [...section(xml, "dxfs").matchAll(/<dxf>([\s\S]*?)<\/dxf>|<dxf\/>/g)].map((m) => {
    const body = m[1] ?? "";
    const fill = section(body, "fill");
    return {
      fill: colourOf(fill, "bgColor") ?? colourOf(fill, "fgColor"),
      font: colourOf(section(body, "font"), "color"),
    };
  });
  return { cellFormats, cellFonts, dxfs };
}

function cellValue(type: string, body: string, strings: string[]): CellModel["value"] {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "";
    return [...is.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join("");
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v\/>/.exec(body);
  if (!v) return null;
  const raw = unescapeXml(v[1] ?? "");
  if (type === "s") return strings[Number(raw)] ?? "";
  if (type === "str" || type === "e") return raw;
  if (type === "b") return raw === "1" || raw === "true";
  return Number(raw);
}

async function sheetModel(
  zip: JSZip,
  name: string,
  path: string,
  strings: string[],
  styles: Styles,
): Promise<{ sheet: SheetModel; rules: string[][]; rels: ReturnType<typeof parseRels> }> {
  const xml = (await readText(zip, path)) ?? "";
  const rels = parseRels(await readText(zip, relsPathOf(path)));
  const cells: Record<string, CellModel> = {};
  for (const m of xml.matchAll(/<c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attributes(`<c${m[1]}>`);
    const body = m[2] ?? "";
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const formula = f ? unescapeXml(f[2] ?? "") || `(shared ${attributes(`<f${f[1]}>`).si ?? ""})` : null;
    const value = cellValue(a.t ?? "n", body, strings);
    // An empty string is an empty cell to Excel (range.values gives "" for both); exceljs keeps
    // one the plan or the user wrote, the host does not: both are left out.
    if ((value === null || value === "") && formula === null) continue;
    const style = Number(a.s ?? 0);
    cells[a.r!] = {
      value,
      numFmt: styles.cellFormats[style] ?? "General",
      formula,
      link: null,
      font: styles.cellFonts[style] ?? "",
    };
  }
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const tag of startTags(section(xml, "hyperlinks"), "hyperlink")) {
    const a = attributes(tag);
    const target = a.location ?? byId.get(a["r:id"] ?? "")?.target ?? "";
    const cell = (cells[a.ref!] ??= { value: null, numFmt: "General", formula: null, link: null, font: "" });
    cell.link = target.replace(/^#/, "");
  }
  const pane = startTags(xml, "pane")
    .map(attributes)
    .find((p) => p.state === "frozen" || p.state === "frozenSplit");
  const merges = startTags(section(xml, "mergeCells"), "mergeCell")
    .map((t) => attributes(t).ref ?? "")
    .sort();
  const widths: Record<string, number> = {};
  for (const tag of startTags(section(xml, "cols"), "col")) {
    const a = attributes(tag);
    if (a.width === undefined) continue;
    for (let c = Number(a.min); c <= Number(a.max) && c <= 1000; c++)
      widths[columnLetter(c - 1)] = pixels(Number(a.width));
  }
  const rules: string[][] = [];
  for (const cf of xml.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g)) {
    const sqref = attributes(`<x${cf[1]}>`).sqref ?? "";
    for (const rule of cf[2].matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)) {
      const ra = attributes(`<x${rule[1]}>`);
      const formulas = [...(rule[2] ?? "").matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((x) => unescapeXml(x[1]));
      const dxf = ra.dxfId !== undefined ? styles.dxfs[Number(ra.dxfId)] : undefined;
      rules.push([name, sqref, ra.type ?? "", formulas.join("|"), dxf?.fill ?? "-", dxf?.font ?? "-"]);
    }
  }
  return { sheet: { name, cells, freezeRows: pane ? Number(pane.ySplit ?? 0) : 0, merges, widths }, rules, rels };
}

export async function workbookModel(xlsx: Buffer): Promise<WorkbookModel> {
  const zip = await JSZip.loadAsync(xlsx);
  const strings = await sharedStrings(zip);
  const styles = await readStyles(zip);
  const model: WorkbookModel = { sheets: [], tables: {}, ownRules: [], userRules: [], charts: [] };
  for (const part of await sheetParts(zip)) {
    const { sheet, rules, rels } = await sheetModel(zip, part.name, part.path, strings, styles);
    model.sheets.push(sheet);
    for (const rule of rules)
      (rule[3]!.includes(HIGHLIGHT_MARKER) ? model.ownRules : model.userRules).push(rule.join(" | "));
    for (const rel of rels) {
      const target = resolveTarget(part.path, rel.target);
      if (rel.type.endsWith("/table")) {
        const tableXml = (await readText(zip, target)) ?? "";
        const a = attributes(startTags(tableXml, "table")[0] ?? "");
        const style = attributes(startTags(tableXml, "tableStyleInfo")[0] ?? "").name ?? null;
        model.tables[a.displayName ?? a.name ?? "?"] = { sheet: part.name, ref: a.ref ?? "", style };
      } else if (rel.type === NS.drawingRel) {
        const drawingXml = (await readText(zip, target)) ?? "";
        for (const chartRel of parseRels(await readText(zip, relsPathOf(target))).filter(
          (r) => r.type === NS.chartRel,
        )) {
          const chartXml = (await readText(zip, resolveTarget(target, chartRel.target))) ?? "";
          const title = [...section(chartXml, "c:title").matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)]
            .map((t) => unescapeXml(t[1]))
            .join("");
          const refs = [...chartXml.matchAll(/<c:f>([\s\S]*?)<\/c:f>/g)].map((f) => unescapeXml(f[1]));
          model.charts.push({ sheet: part.name, title, refs, anchor: anchorOf(drawingXml, chartRel.id) });
        }
      }
    }
  }
  model.ownRules.sort();
  model.userRules.sort();
  model.charts.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.title.localeCompare(b.title));
  return model;
}

/** Excel's pixels for a <col width> (ECMA-376 Part 1, 18.3.1.13), with a 7 px digit. */
export function pixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}

/** The corners of the anchor holding the chart of relationship `relId`: "col,row col,row". */
function anchorOf(drawingXml: string, relId: string): string {
  for (const m of drawingXml.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
    if (!new RegExp(`r:id="${relId}"`).test(m[0])) continue;
    const corner = (tag: string) => {
      const xml = section(m[0], tag);
      const n = (t: string) => section(xml, t);
      return `${n("xdr:col")},${n("xdr:row")}+${n("xdr:colOff")},${n("xdr:rowOff")}`;
    };
    return `${corner("xdr:from")} ${corner("xdr:to")}`;
  }
  return "?";
}

/** The add-in's tables (their names start with its prefix). */
export function ownTables(model: WorkbookModel): Record<string, TableModel> {
  return Object.fromEntries(Object.entries(model.tables).filter(([name]) => name.startsWith(TABLE_PREFIX)));
}

/** The sheets that hold none of the add-in's tables: the user's. */
export function userSheets(model: WorkbookModel): SheetModel[] {
  const own = new Set(Object.values(ownTables(model)).map((t) => t.sheet));
  return model.sheets.filter((s) => !own.has(s.name));
}

/** The model without what the in-memory host does not model (merged cells): see writers.test.ts. */
export function withoutMerges(model: WorkbookModel): WorkbookModel {
  return { ...model, sheets: model.sheets.map((s) => ({ ...s, merges: [] })) };
}
