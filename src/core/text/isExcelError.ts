/** Excel's error values, as office-js and the exceljs reader hand them over (#N/A from a failed lookup …). */
const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$/i;

export function isExcelError(text: string): boolean {
  return text.length <= 13 && EXCEL_ERROR.test(text);
}
