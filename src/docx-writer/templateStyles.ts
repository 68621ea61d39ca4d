import JSZip from "jszip";

/**
 * The office's own template: any .docx whose styles keep the names of documentStyles.ts (公文标题,
 * 一级标题, 公文正文 …), usually a document the add-in wrote, restyled in Word and saved. Its
 * styles part is taken whole, so that every style the office changed (fonts, sizes, spacing)
 * applies to the documents made after; nothing else of the template is used.
 */
export async function templateStyles(template: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(template);
  const styles = zip.file("word/styles.xml");
  if (!styles) throw new TemplateError();
  return styles.async("string");
}

/** The file given as a template is not a Word document with styles. */
class TemplateError extends Error {
  constructor() {
    super("not a .docx with styles");
    this.name = "TemplateError";
  }
}
