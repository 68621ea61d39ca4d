import type { Analysis, Lang } from "../core/model";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";

/** A document made for the user to save: its file name, the words of its download link, its bytes. */
export interface MadeDocument {
  fileName: string;
  label: string;
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
  return { fileName: doc.fileName, label: M.downloadReport[lang], bytes: await documentDocx(doc) };
}
