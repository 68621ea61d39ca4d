import type { Analysis, Lang } from "../core/model";
import { fill } from "../core/i18n/format";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";
import type { MadeDocument } from "./yearReportFile";

/**
 * The drafts the paperwork is due for (core/documents/draftsOf.ts) as .docx files, for the
 * ribbon's 起草文稿. The drafts' builders and the .docx writer load here, on demand, as the
 * year-end report's do, so that the function file stays small until drafts are asked for.
 */
export async function draftFiles(analysis: Analysis, lang: Lang): Promise<MadeDocument[]> {
  const [{ draftsOf }, { documentDocx }] = await Promise.all([
    import("../core/documents/draftsOf"),
    import("../docx-writer/documentDocx"),
  ]);
  const files: MadeDocument[] = [];
  for (const doc of draftsOf(analysis, lang))
    files.push({
      fileName: doc.fileName,
      label: fill(M.downloadFile[lang], { name: doc.fileName }),
      bytes: await documentDocx(doc),
    });
  return files;
}
