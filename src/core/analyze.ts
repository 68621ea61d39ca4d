import type { WorkbookGrid } from "./workbook";
import type { Analysis } from "./model";
import type { IsoDate } from "./dates/isoDate";
import type { Settings } from "./settings";

export interface AnalyzeOptions {
  /** "Today" for days left and statuses. */
  today: IsoDate;
  /** The summary year; default: today's year. */
  year?: number;
  settings?: Partial<Settings>;
}

/** read → find sheets and columns → parse values → apply the rules → summarise. */
export function analyzeWorkbook(book: WorkbookGrid, options: AnalyzeOptions): Analysis {
  throw new Error(`analyzeWorkbook: under construction (${book.sheets.length}, ${options.today})`);
}
