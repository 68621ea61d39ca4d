/**
 * Office's requirement sets where the add-in runs inside Office; undefined outside it (the
 * in-memory host of the tests and the preview), where there is nothing to ask.
 */
export function officeRequirements(): Office.RequirementSetSupport | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
}
