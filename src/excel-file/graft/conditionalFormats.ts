import type { HighlightPlan } from "../../core/plan/writePlan";
import { WORKSHEET_CHILDREN } from "../plan/ooxml";
import type { StyleSheet } from "./styleSheet";
import { elements, escapeText, mainPrefix, unescapeEntities } from "./xmlText";

/**
 * The add-in's conditional formats in a worksheet part: its rules (their formula holds the
 * marker) are taken out wherever they are, a rule block left empty goes with them, and the plan's
 * rules go in after the user's, in a block of their own. The user's rules, their order and
 * priorities stay as written.
 */

/** The children that may follow conditionalFormatting in CT_Worksheet. */
const AFTER_CONDITIONAL = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf("conditionalFormatting") + 1);

export function withoutOwnRules(sheetXml: string, part: string, marker: string): string {
  if (!sheetXml.includes(marker)) return sheetXml;
  const p = mainPrefix(sheetXml, part, "worksheet");
  const blocks = elements(sheetXml, `${p}conditionalFormatting`);
  let xml = sheetXml;
  for (const block of blocks) {
    const rules = elements(block, `${p}cfRule`);
    const own = rules.filter((rule) => elements(rule, `${p}formula`).some((f) => unescapeEntities(f).includes(marker)));
    if (own.length === 0) continue;
    const kept = own.length === rules.length ? "" : own.reduce((b, rule) => b.replace(rule, ""), block);
    xml = xml.replace(block, kept);
  }
  return xml;
}

export function withHighlight(sheetXml: string, part: string, plan: HighlightPlan, styles: StyleSheet): string {
  if (plan.rules.length === 0) return sheetXml;
  const p = mainPrefix(sheetXml, part, "worksheet");
  // Priorities are per sheet (x14 rules in extLst included); the add-in's come after the user's.
  let priority = Math.max(
    0,
    ...[...sheetXml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1])),
  );
  const sqref = plan.range.replace(/\$/g, "").replace(/^.*!/, "");
  const rules = plan.rules
    .map((rule) => {
      const dxf = styles.dxf(argb(rule.fill), argb(rule.fontColor));
      const formula = escapeText(rule.formula.replace(/^\s*=/, ""));
      return `<${p}cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><${p}formula>${formula}</${p}formula></${p}cfRule>`;
    })
    .join("");
  const block = `<${p}conditionalFormatting sqref="${sqref}">${rules}</${p}conditionalFormatting>`;
  return insertBefore(sheetXml, p, AFTER_CONDITIONAL, block);
}

/**
 * Inserts `element` after the sheet's cells and rule blocks, before the first of `later` the
 * sheet has (a user's rule may hold an extLst of its own: the search starts past the blocks).
 */
function insertBefore(xml: string, p: string, later: string[], element: string): string {
  const from = Math.max(xml.lastIndexOf(`</${p}sheetData>`), xml.lastIndexOf(`</${p}conditionalFormatting>`));
  let at = -1;
  for (const name of later) {
    const re = new RegExp(`<${p}${name}(?=[\\s/>])`, "g");
    re.lastIndex = Math.max(0, from);
    const m = re.exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}worksheet>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** "#FFC7CE" / "FFC7CE" / "#FFFFC7CE" → "FFFFC7CE". */
export function argb(colour: string): string {
  const hex = colour.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`not a colour: ${colour}`);
}
