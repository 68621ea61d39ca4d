/**
 * The one door to Excel: `Excel.run` inside Office, the in-memory host's `run` in tests and in
 * the browser preview. Everything that touches a workbook goes through a function of this type.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
