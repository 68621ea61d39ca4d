import type { Analysis, Lang } from "../model";

/** The JSON document of REPORT.md. */
export interface ReportDocument {
  today: string;
  year: number;
  sheets: { name: string; role: string; headerRow: number }[];
  agreements: unknown[];
  candidates: unknown[];
  findings: unknown[];
  summary: unknown;
}

export function buildReport(analysis: Analysis, lang: Lang): ReportDocument {
  throw new Error(`buildReport: under construction (${analysis.today}, ${lang})`);
}
