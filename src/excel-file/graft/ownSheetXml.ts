import { columnLetter } from "../../core/detect/mapping";
import { isLink } from "../../core/plan/planCells";
import type { LinkValue, PlanFont, PlanValue, SheetPlan } from "../../core/plan/writePlan";
import { fileColumnWidth } from "../columnWidth";
import { argb } from "./conditionalFormats";
import type { CellStyle, StyleSheet } from "./styleSheet";
import { encodeCellText, escapeAttribute, MAIN_NS, REL_NS } from "./xmlText";

/**
 * One of the add-in's sheets as the parts Excel would save for it: the worksheet (cells as inline
 * strings and numbers, so that the shared string table is not touched; column widths; the frozen
 * header; links to places in the workbook) and its table. Strings are always text: the plan never
 * holds a formula.
 */

interface OwnSheetParts {
  sheetXml: string;
  tableXml: string;
  /** The table's range, header included (A1:G9). */
  tableRef: string;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a number Excel can store: ${value}`);
  return String(value);
}

/** A plan font as a cell style's font. */
function fontStyle(font: PlanFont): Pick<CellStyle, "bold" | "underline" | "color"> {
  return { bold: font.bold, underline: font.underline, ...(font.color ? { color: argb(font.color) } : {}) };
}

export function ownSheetParts(sheet: SheetPlan, tableId: number, styles: StyleSheet): OwnSheetParts {
  const width = sheet.columns.length;
  const lastColumn = columnLetter(width - 1);
  // Excel tables have at least one body row: an empty plan gets one empty row, as Excel makes it.
  const bodyRows = Math.max(1, sheet.rows.length);
  const tableRef = `A1:${lastColumn}${1 + bodyRows}`;
  const lastRow = 1 + bodyRows + (sheet.totals ? 1 : 0);

  const xf = (style: CellStyle) => styles.cellXf(style);
  const headerStyle = xf({ numberFormat: sheet.headerNumberFormat });
  const bodyStyles = sheet.columns.map((c) => xf({ numberFormat: c.numberFormat }));
  const linkStyles = sheet.columns.map((c) => xf({ numberFormat: c.numberFormat, ...fontStyle(sheet.linkFont) }));
  const totalStyles = sheet.columns.map((c) => xf({ numberFormat: c.numberFormat, ...fontStyle(sheet.totalsFont) }));

  const links: string[] = [];
  const cell = (ref: string, style: number, value: PlanValue | LinkValue): string => {
    if (value === null) return "";
    if (isLink(value)) {
      links.push(
        `<hyperlink ref="${ref}" location="${escapeAttribute(value.target)}" display="${escapeAttribute(value.text)}"/>`,
      );
      return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${encodeCellText(value.text)}</t></is></c>`;
    }
    if (typeof value === "string")
      return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${encodeCellText(value)}</t></is></c>`;
    if (typeof value === "boolean") return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}" s="${style}"><v>${numberText(value)}</v></c>`;
  };
  const spans = `1:${width}`;
  const rows: string[] = [];
  rows.push(
    `<row r="1" spans="${spans}">${sheet.columns.map((c, j) => cell(`${columnLetter(j)}1`, headerStyle, c.header)).join("")}</row>`,
  );
  sheet.rows.forEach((row, i) => {
    const r = i + 2;
    const cells = sheet.columns.map((_, j) => {
      const value = row[j] ?? null;
      return cell(`${columnLetter(j)}${r}`, isLink(value) ? linkStyles[j] : bodyStyles[j], value);
    });
    rows.push(`<row r="${r}" spans="${spans}">${cells.join("")}</row>`);
  });
  if (sheet.totals) {
    const r = 2 + bodyRows;
    const cells = sheet.columns.map((_, j) =>
      cell(`${columnLetter(j)}${r}`, totalStyles[j], sheet.totals?.[j] ?? null),
    );
    rows.push(`<row r="${r}" spans="${spans}">${cells.join("")}</row>`);
  }

  const freeze = sheet.freezeRows;
  const view =
    freeze > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView>`
      : `<sheetView workbookViewId="0"/>`;
  const cols = sheet.columns
    .map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${fileColumnWidth(c.width)}" customWidth="1"/>`)
    .join("");
  const sheetXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${lastColumn}${lastRow}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` +
    `</worksheet>`;

  const columns = sheet.columns
    .map((c, j) => `<tableColumn id="${j + 1}" name="${escapeAttribute(tableColumnName(c.header))}"/>`)
    .join("");
  const tableXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${tableId}" name="${escapeAttribute(sheet.tableName)}" displayName="${escapeAttribute(sheet.tableName)}" ref="${tableRef}" totalsRowShown="0">` +
    `<autoFilter ref="${tableRef}"/>` +
    `<tableColumns count="${width}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(sheet.tableStyle)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`;
  return { sheetXml, tableXml, tableRef };
}

/** A table column's name as Excel keeps it: control characters (a line break) as `_xHHHH_`. */
function tableColumnName(header: string): string {
  return (
    header
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
      .replace(/[\u0000-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0")}_`)
  );
}
