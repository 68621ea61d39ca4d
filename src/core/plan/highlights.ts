import type { Analysis } from "../model";
import type { IsoDate } from "../dates/isoDate";
import type { WorkbookGrid } from "../workbook";
import { columnLetter } from "../detect/mapping";
import { cellText } from "../text/cellText";
import { HIGHLIGHT_MARKER, type HighlightPlan, type HighlightRule, type HighlightStatus } from "./writePlan";
import { quoteSheet } from "./ownSheets";
import { EXPIRY_LAST_DAY_COLUMN, EXPIRY_PARTNER_COLUMN } from "./sheets/expirySheet";

/** Excel's own "bad" and "neutral" styles, and an orange between them for the urgent rows. */
const COLOURS: Record<HighlightStatus, { fill: string; fontColor: string }> = {
  expired: { fill: "#FFC7CE", fontColor: "#9C0006" },
  urgent: { fill: "#F8CBAD", fontColor: "#833C0B" },
  expiring: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/**
 * One rule per status colour on each register's rows. The rule looks the row's partner up in the
 * expiry sheet and compares its last day with today when Excel draws the sheet, so the colours stay
 * right as days pass, and rows sorted or inserted by staff keep the right colour. An agreement
 * without a last day has a blank there, which VLOOKUP reads as 0: such rows stay uncoloured.
 * `today` fixes the day (the --today of the command line, the "today" setting) instead of TODAY().
 */
export function highlightPlans(
  analysis: Analysis,
  book: WorkbookGrid,
  expirySheetName: string,
  today: IsoDate | null,
): HighlightPlan[] {
  const now = today
    ? `DATE(${Number(today.slice(0, 4))},${Number(today.slice(5, 7))},${Number(today.slice(8, 10))})`
    : "TODAY()";
  const { urgentDays, expiringDays } = analysis.settings;
  const plans: HighlightPlan[] = [];
  for (const layout of analysis.sheets) {
    const partnerColumn = layout.columns.partner;
    if (layout.role !== "register" || partnerColumn === undefined || layout.dataRows.length === 0) continue;
    const grid = book.sheets.find((s) => s.name === layout.name);
    const header = grid?.values[layout.headerRow - 1] ?? [];
    let lastColumn = Math.max(...(Object.values(layout.columns) as number[]));
    for (let c = header.length - 1; c > lastColumn; c--) if (cellText(header[c] ?? null) !== "") lastColumn = c;

    const first = layout.dataRows[0];
    const last = layout.dataRows[layout.dataRows.length - 1];
    // TRIM: the expiry sheet holds the name trimmed, as the analysis reads it; a cell typed
    // "上海市黄浦区 " would otherwise find no row there and stay uncoloured.
    const lookup = `VLOOKUP(TRIM($${columnLetter(partnerColumn)}${first}),${quoteSheet(expirySheetName)}!$${columnLetter(EXPIRY_PARTNER_COLUMN)}:$${columnLetter(EXPIRY_LAST_DAY_COLUMN)},${EXPIRY_LAST_DAY_COLUMN - EXPIRY_PARTNER_COLUMN + 1},FALSE)`;
    const when: Record<HighlightStatus, string> = {
      expired: `${lookup}<${now}`,
      urgent: `${lookup}>=${now},${lookup}-${now}<=${urgentDays}`,
      expiring: `${lookup}-${now}>${urgentDays},${lookup}-${now}<=${expiringDays}`,
    };
    const rules: HighlightRule[] = (Object.keys(when) as HighlightStatus[]).map((status) => ({
      status,
      // N("…") is 0: the marker lets the add-in find its own rules again, and changes nothing.
      formula: `=AND(N("${HIGHLIGHT_MARKER}:${status}")=0,IFERROR(AND(ISNUMBER(${lookup}),${lookup}>0,${when[status]}),FALSE))`,
      ...COLOURS[status],
    }));
    plans.push({ sheet: layout.name, range: `A${first}:${columnLetter(lastColumn)}${last}`, rules });
  }
  return plans;
}
