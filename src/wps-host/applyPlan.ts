import type { PlanFont, SheetPlan, WritePlan } from "../core/plan/writePlan";
import { a1, cellValue, isLink, linkRuns } from "../core/plan/planCells";
import { columnLetter } from "../core/detect/mapping";
import { ASIDE_SHEET_PREFIX, SheetProtectedError, TEMP_SHEET_PREFIX } from "../excel-host/applyPlan";
import type { EtApplication, EtRange, EtSheets, EtWorkbook, EtWorksheet } from "./et";
import { bgr, XL } from "./etValues";
import { isOwnRule, type EtInventory } from "./readWorkbook";
import { writeSetting } from "./settingsStore";

/** Rows written per Value2: big sheets go in blocks, each one call. */
const ROWS_PER_WRITE = 5000;

/** An earlier run's sheet of the kind a plan sheet replaces, and the name of its table now. */
interface Previous {
  sheet: string;
  table: string;
  /** Already set aside by a run that failed during its swap. */
  aside: boolean;
}

/**
 * Carries out a write plan with the ET model, as the office-js shell does in Excel: each sheet is
 * built whole under a temporary name and swapped in only when complete; the add-in's own
 * conditional formats are removed and added again, nobody else's touched. ET acts at once, so a
 * failure part way removes the sheets this run was building before it is reported: the workbook
 * keeps the previous sheets, never a half-written one. The sheet the user was on stays the active
 * one, unless `show` names another.
 */
export function applyPlan(
  app: EtApplication,
  book: EtWorkbook,
  plan: WritePlan,
  inventory: EtInventory,
  show?: string,
): void {
  refuseProtected(plan, inventory);
  const worksheets = book.Worksheets;
  const userSheet = book.ActiveSheet.Name;
  const alerts = app.DisplayAlerts;
  const screen = app.ScreenUpdating;
  // Deleting a sheet asks the user unless alerts are off; the screen is drawn once at the end.
  app.DisplayAlerts = false;
  app.ScreenUpdating = false;
  // The sheet being built: removed if the run fails before it is complete.
  let building: EtWorksheet | null = null;
  try {
    const existing = new Map(inventory.sheets.map((s) => [s.name.toLowerCase(), s]));
    const holders = new Map<string, Previous>();
    for (const s of inventory.book.sheets)
      for (const t of s.tables ?? []) holders.set(t.name.toLowerCase(), { sheet: s.name, table: t.name, aside: false });
    for (const s of inventory.scratch) {
      if (!s.name.startsWith(ASIDE_SHEET_PREFIX)) continue;
      for (const table of s.tables) {
        const kind = table.replace(/_old$/, "").toLowerCase();
        if (!holders.has(kind)) holders.set(kind, { sheet: s.name, table, aside: true });
      }
    }
    const claimed = new Map(
      plan.sheets.flatMap((sheet) => {
        const previous = holders.get(sheet.tableName.toLowerCase());
        return previous ? [[sheet.tableName, previous] as const] : [];
      }),
    );
    const claimedSheets = new Set([...claimed.values()].map((p) => p.sheet.toLowerCase()));
    const handled = new Set(claimedSheets);
    for (const s of inventory.scratch) {
      if (!handled.has(s.name.toLowerCase())) {
        worksheets.Item(s.name).Delete();
        handled.add(s.name.toLowerCase());
      }
    }
    const taken = new Set(existing.keys());
    const freeName = (base: string): string => {
      let name = base;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}`;
      taken.add(name.toLowerCase());
      return name;
    };
    for (const [i, sheet] of plan.sheets.entries()) {
      const previous = claimed.get(sheet.tableName);
      const names = {
        temp: freeName(`${TEMP_SHEET_PREFIX}${i + 1}`),
        aside: freeName(`${ASIDE_SHEET_PREFIX}${i + 1}`),
      };
      building = worksheets.Add(undefined, worksheets.Item(worksheets.Count));
      buildSheet(app, building, sheet, names.temp);
      building = null;
      swapIn(worksheets, sheet, names, previous);
    }
    for (const name of plan.deleteSheets) {
      if (existing.has(name.toLowerCase()) && !handled.has(name.toLowerCase())) worksheets.Item(name).Delete();
    }

    const highlighted = new Set(plan.highlights.map((h) => h.sheet));
    for (const sheet of inventory.ownHighlights) {
      if (!highlighted.has(sheet) && !plan.clearOtherHighlights) continue;
      const conditions = worksheets.Item(sheet).Cells.FormatConditions;
      for (let i = conditions.Count; i >= 1; i--) {
        const condition = conditions.Item(i);
        if (isOwnRule(condition)) condition.Delete();
      }
    }
    for (const h of plan.highlights) {
      const ws = worksheets.Item(h.sheet);
      const range = ws.Range(h.range);
      // ET reads a rule's relative references from the active cell: the range's first cell.
      ws.Activate();
      ws.Range(h.range.split(":")[0]!).Select();
      for (const rule of h.rules) {
        const condition = range.FormatConditions.Add(XL.xlExpression, undefined, rule.formula);
        condition.Interior.Color = bgr(rule.fill);
        condition.Font.Color = bgr(rule.fontColor);
      }
    }

    for (const [key, value] of Object.entries(plan.settings)) {
      if (value !== null || inventory.settings.has(key)) writeSetting(book.CustomDocumentProperties, key, value);
    }
    activate(worksheets, show ?? userSheet);
  } catch (error) {
    try {
      building?.Delete();
    } catch {
      // Left under its temporary name (or WPS's default one, when naming it failed): the next run removes the first.
    }
    try {
      activate(worksheets, userSheet);
    } catch {
      // The user's sheet is one this run replaced before failing: WPS shows another.
    }
    throw error;
  } finally {
    app.DisplayAlerts = alerts;
    app.ScreenUpdating = screen;
  }
}

function activate(worksheets: EtSheets, name: string): void {
  worksheets.Item(name).Activate();
}

/**
 * A sheet known to be protected when the workbook was read stops the run before anything is
 * written (WPS would refuse its conditional formats only after the sheets before them).
 */
function refuseProtected(plan: WritePlan, inventory: EtInventory): void {
  const touched = new Set(plan.highlights.map((h) => h.sheet.toLowerCase()));
  if (plan.clearOtherHighlights) for (const sheet of inventory.ownHighlights) touched.add(sheet.toLowerCase());
  const locked = inventory.sheets.find((s) => s.protected && touched.has(s.name.toLowerCase()));
  if (locked) throw new SheetProtectedError(locked.name);
}

/** Fills a new sheet (the last tab) with the plan's sheet, under its temporary name. */
function buildSheet(app: EtApplication, ws: EtWorksheet, plan: SheetPlan, tempName: string): void {
  ws.Name = tempName;
  const width = plan.columns.length;
  const lastColumn = columnLetter(width - 1);
  const bodyRows = plan.rows.length;
  // ET's ColumnWidth is the plan's unit: characters, as Format ▸ Column Width shows them.
  plan.columns.forEach((c, i) => {
    ws.Range(`${columnLetter(i)}:${columnLetter(i)}`).ColumnWidth = c.width;
  });
  const header = ws.Range(`A1:${lastColumn}1`);
  header.NumberFormat = plan.headerNumberFormat;
  header.Value2 = [plan.columns.map((c) => c.header)];

  // Formats go in before values: a text column's "@" keeps a partner named "=HYPERLINK(…)" text.
  if (bodyRows > 0) {
    plan.columns.forEach((c, i) => {
      ws.Range(`${columnLetter(i)}2:${columnLetter(i)}${bodyRows + 1}`).NumberFormat = c.numberFormat;
    });
  }
  for (let start = 0; start < bodyRows; start += ROWS_PER_WRITE) {
    const rows = plan.rows.slice(start, start + ROWS_PER_WRITE);
    ws.Range(`A${start + 2}:${lastColumn}${start + 1 + rows.length}`).Value2 = rows.map((r) => r.map(cellValue));
    rows.forEach((r, i) =>
      r.forEach((v, c) => {
        if (isLink(v))
          ws.Hyperlinks.Add(ws.Range(`${columnLetter(c)}${start + 2 + i}`), "", v.target, undefined, v.text);
      }),
    );
    for (const run of linkRuns(rows)) {
      const column = columnLetter(run.column);
      setFont(ws.Range(`${column}${start + 2 + run.first}:${column}${start + 2 + run.last}`), plan.linkFont);
    }
  }

  const tableRows = Math.max(bodyRows, 1);
  const table = ws.ListObjects.Add(XL.xlSrcRange, ws.Range(`A1:${lastColumn}${tableRows + 1}`), undefined, XL.xlYes);
  table.Name = `${plan.tableName}_new`;
  table.TableStyle = plan.tableStyle;
  if (plan.totals) {
    // Under the table (an empty table still has one blank body row).
    const row = tableRows + 2;
    plan.columns.forEach((c, i) => {
      ws.Range(`${columnLetter(i)}${row}`).NumberFormat = c.numberFormat;
    });
    const totals = ws.Range(`A${row}:${lastColumn}${row}`);
    totals.Value2 = [plan.totals.map((v) => v ?? "")];
    setFont(totals, plan.totalsFont);
  }
  if (plan.chart && bodyRows > 0) {
    const { categoryColumn, seriesColumns, position } = plan.chart;
    const from = columnLetter(Math.min(categoryColumn, ...seriesColumns));
    const to = columnLetter(Math.max(categoryColumn, ...seriesColumns));
    // ET places a chart in points: from the top-left cell's corner to the far corner of the bottom-right cell.
    const topLeft = ws.Range(a1(position.topLeft));
    const bottomRight = ws.Range(a1(position.bottomRight));
    const chart = ws
      .ChartObjects()
      .Add(
        topLeft.Left,
        topLeft.Top,
        bottomRight.Left + bottomRight.Width - topLeft.Left,
        bottomRight.Top + bottomRight.Height - topLeft.Top,
      ).Chart;
    chart.ChartType = XL.xlColumnClustered;
    chart.SetSourceData(ws.Range(`${from}1:${to}${bodyRows + 1}`), XL.xlColumns);
    chart.HasTitle = true;
    chart.ChartTitle.Text = plan.chart.title;
  }
  // Freezing acts on the window's sheet.
  ws.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = plan.freezeRows;
  if (plan.freezeRows > 0) window.FreezePanes = true;
}

/**
 * The swap, once the new sheet is complete (as in the office-js shell): the previous sheet steps
 * aside under a temporary name and its table after it; the new sheet's table and then the sheet
 * take the names and the previous one's place; only then does the previous sheet go. Should this
 * fail part way, both sheets are whole under temporary names and the next run finishes the swap.
 */
function swapIn(
  worksheets: EtSheets,
  plan: SheetPlan,
  names: { temp: string; aside: string },
  previous: Previous | undefined,
): void {
  let old: EtWorksheet | undefined;
  if (previous) {
    old = worksheets.Item(previous.sheet);
    if (!previous.aside) old.Name = names.aside;
    const oldTable = `${plan.tableName}_old`;
    if (previous.table !== oldTable) old.ListObjects.Item(previous.table).Name = oldTable;
  }
  const ws = worksheets.Item(names.temp);
  ws.ListObjects.Item(`${plan.tableName}_new`).Name = plan.tableName;
  if (old && (previous!.aside || previous!.sheet.toLowerCase() === plan.name.toLowerCase())) ws.Move(old);
  ws.Name = plan.name;
  old?.Delete();
}

function setFont(range: EtRange, font: PlanFont): void {
  if (font.bold) range.Font.Bold = true;
  if (font.underline) range.Font.Underline = XL.xlUnderlineStyleSingle;
  if (font.color) range.Font.Color = bgr(font.color);
}
