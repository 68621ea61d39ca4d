import type { Analysis, Lang } from "../model";
import type { IsoDate } from "../dates/isoDate";
import type { WorkbookGrid } from "../workbook";
import { fill } from "../i18n/format";
import { SHEET_NAMES } from "../i18n/sheets";
import { highlightPlans } from "./highlights";
import { ownSheetName, ownSheets } from "./ownSheets";
import { eligibilitySheet } from "./sheets/eligibilitySheet";
import { expirySheet } from "./sheets/expirySheet";
import { findingsSheet } from "./sheets/findingsSheet";
import { greetingsSheet } from "./sheets/greetingsSheet";
import type { GreetingRow } from "../greetings/greetingsCalendar";
import { summarySheet } from "./sheets/summarySheet";
import { TABLE_PREFIX, type SheetPlan, type WritePlan } from "./writePlan";

/**
 * What a run writes: everything (the task pane's "write"), the highlights with the expiry sheet
 * they read (a ribbon button), the year-end summary alone (the other ribbon button), or the
 * greetings calendar alone (节日问候: not among WORKBOOK.md's sheets, so never part of "all").
 */
export type PlanScope = "all" | "highlights" | "summary" | "greetings";

interface PlanOptions {
  lang: Lang;
  scope: PlanScope;
  /** A fixed "today" for the highlight formulas; null lets Excel use TODAY(). */
  fixedToday: IsoDate | null;
  /** Settings to keep in the workbook alongside. */
  settings?: Record<string, string | null>;
  /**
   * The greetings calendar, for the "greetings" scope. The caller works it out (greetingsCalendar),
   * so that planning does not carry the lunar calendar into every page that plans.
   */
  greetings?: GreetingRow[];
}

type Kind = "expiry" | "findings" | "eligibility" | "summary" | "greetings";
const SCOPES: Record<PlanScope, Kind[]> = {
  all: ["expiry", "findings", "eligibility", "summary"],
  highlights: ["expiry"],
  summary: ["summary"],
  greetings: ["greetings"],
};

export function planWrites(analysis: Analysis, book: WorkbookGrid, options: PlanOptions): WritePlan {
  const { lang } = options;
  const own = ownSheets(book);
  const taken = new Set<string>();
  const tableNames: Record<Kind, string> = {
    expiry: `${TABLE_PREFIX}Expiry`,
    findings: `${TABLE_PREFIX}Findings`,
    eligibility: `${TABLE_PREFIX}Eligibility`,
    summary: `${TABLE_PREFIX}Summary_${analysis.year}`,
    greetings: `${TABLE_PREFIX}Greetings`,
  };
  const sheetNameOf = (kind: Kind): string => {
    const name = ownSheetName(
      fill(SHEET_NAMES[kind][lang], { year: analysis.year }),
      tableNames[kind],
      book,
      own,
      taken,
    );
    taken.add(name.toLowerCase());
    return name;
  };
  const build: Record<Kind, (name: string) => SheetPlan> = {
    expiry: (name) => expirySheet(analysis, lang, name, tableNames.expiry, book.date1904 === true),
    findings: (name) => findingsSheet(analysis, lang, name, tableNames.findings),
    eligibility: (name) => eligibilitySheet(analysis, lang, name, tableNames.eligibility),
    summary: (name) => summarySheet(analysis, lang, name, tableNames.summary),
    greetings: (name) =>
      greetingsSheet(options.greetings ?? [], lang, name, tableNames.greetings, book.date1904 === true),
  };
  const kinds = SCOPES[options.scope];
  const sheets = kinds.map((kind) => build[kind](sheetNameOf(kind)));

  // An earlier run's sheet of the same kind under another name (the other language's) goes.
  const wanted = new Set(sheets.map((s) => s.name));
  const deleteSheets = kinds.flatMap((kind) => {
    const held = own.get(tableNames[kind]);
    return held && !wanted.has(held) ? [held] : [];
  });

  const expiry = sheets.find((s) => s.tableName === tableNames.expiry);
  return {
    sheets,
    deleteSheets,
    highlights: expiry ? highlightPlans(analysis, book, expiry.name, options.fixedToday) : [],
    clearOtherHighlights: expiry !== undefined,
    settings: options.settings ?? {},
  };
}

/** The plan that takes away everything the add-in wrote: its sheets and its highlights. */
export function removalPlan(book: WorkbookGrid, settings: Record<string, string | null> = {}): WritePlan {
  return {
    sheets: [],
    deleteSheets: [...new Set(ownSheets(book).values())],
    highlights: [],
    clearOtherHighlights: true,
    settings,
  };
}
