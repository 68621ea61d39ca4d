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

/**
 * A workbook as the contract between the two writers sees it, read from the saved package's XML
 * (not through exceljs, which drops links that point inside the workbook and rounds dates):
 *
 * - sheets in tab order;
 * - per cell that holds something (a value, a formula or a link): the value (numbers exactly as
 *   stored, booleans as booleans, text as text, errors as "#N/A"…), the number format's code,
 *   the formula (null for a constant: any text the add-in wrote must have none), the link's
 *   target (a place inside the workbook without its "#", or a URL);
 *   cells with a format and nothing in them (or "") are left out (the writers style blank cells of an
 *   empty table and of the totals row differently, and nobody can see a format of a blank cell);
 * - tables by name: sheet and range;
 * - conditional-format rules as a multiset of "sheet | range | type | formula | fill | font",
 *   the add-in's (formula holds the marker) apart from the user's, whichever block they sit in
 *   (exceljs groups one plan's rules in one <conditionalFormatting>, the host writes one each);
 * - charts: sheet, title and the ranges their series read;
 * - frozen rows and merged ranges per sheet.
 */
export interface CellModel {
  value: string | number | boolean | null;
  numFmt: string;
  formula: string | null;
  link: string | null;
}

export interface SheetModel {
  name: string;
  cells: Record<string, CellModel>;
  freezeRows: number;
  merges: string[];
}

export interface ChartModel {
  sheet: string;
  title: string;
  refs: string[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: Record<string, { sheet: string; ref: string }>;
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
  const cellFormats = startTags(section(xml, "cellXfs"), "xf").map((tag) => {
    const id = Number(attributes(tag).numFmtId ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? `builtin:${id}`;
  });
  const dxfs = [...section(xml, "dxfs").matchAll(/<dxf>([\s\S]*?)<\/dxf>|<dxf\/>/g)].map((m) => {
    const body = m[1] ?? "";
    const fill = section(body, "fill");
    return {
      fill: colourOf(fill, "bgColor") ?? colourOf(fill, "fgColor"),
      font: colourOf(section(body, "font"), "color"),
    };
  });
  return { cellFormats, dxfs };
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
    cells[a.r!] = { value, numFmt: styles.cellFormats[Number(a.s ?? 0)] ?? "General", formula, link: null };
  }
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const tag of startTags(section(xml, "hyperlinks"), "hyperlink")) {
    const a = attributes(tag);
    const target = a.location ?? byId.get(a["r:id"] ?? "")?.target ?? "";
    const cell = (cells[a.ref!] ??= { value: null, numFmt: "General", formula: null, link: null });
    cell.link = target.replace(/^#/, "");
  }
  const pane = startTags(xml, "pane")
    .map(attributes)
    .find((p) => p.state === "frozen" || p.state === "frozenSplit");
  const merges = startTags(section(xml, "mergeCells"), "mergeCell")
    .map((t) => attributes(t).ref ?? "")
    .sort();
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
  return { sheet: { name, cells, freezeRows: pane ? Number(pane.ySplit ?? 0) : 0, merges }, rules, rels };
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
        const tag = startTags((await readText(zip, target)) ?? "", "table")[0] ?? "";
        const a = attributes(tag);
        model.tables[a.displayName ?? a.name ?? "?"] = { sheet: part.name, ref: a.ref ?? "" };
      } else if (rel.type === NS.drawingRel) {
        for (const chartRel of parseRels(await readText(zip, relsPathOf(target))).filter(
          (r) => r.type === NS.chartRel,
        )) {
          const chartXml = (await readText(zip, resolveTarget(target, chartRel.target))) ?? "";
          const title = [...section(chartXml, "c:title").matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)]
            .map((t) => unescapeXml(t[1]))
            .join("");
          const refs = [...chartXml.matchAll(/<c:f>([\s\S]*?)<\/c:f>/g)].map((f) => unescapeXml(f[1]));
          model.charts.push({ sheet: part.name, title, refs });
        }
      }
    }
  }
  model.ownRules.sort();
  model.userRules.sort();
  model.charts.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.title.localeCompare(b.title));
  return model;
}

/** The add-in's tables (their names start with its prefix). */
export function ownTables(model: WorkbookModel): Record<string, { sheet: string; ref: string }> {
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
