import type { Analysis, Lang } from "../core/model";

/** A document made for the user to save: its file name and bytes. */
export interface MadeDocument {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The year-end report of 第十三条第四项 as a .docx, for the ribbon's 年度总结. The report's
 * builder and the .docx writer are loaded here, on demand, so that neither weighs on the
 * function file or the task pane until a report is asked for.
 */
export async function yearReportFile(analysis: Analysis, lang: Lang): Promise<MadeDocument> {
  const [{ yearReport }, { documentDocx }] = await Promise.all([
    import("../core/documents/yearReport"),
    import("../docx-writer/documentDocx"),
  ]);
  const doc = yearReport(analysis, lang);
  return { fileName: doc.fileName, bytes: await documentDocx(doc) };
}
