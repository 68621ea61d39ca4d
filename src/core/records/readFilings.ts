import type { SheetLayout } from "../model";
import type { SheetGrid } from "../workbook";
import type { FilingRecord } from "./records";
import { dateCell, rowReader } from "./rowReader";

/** Departmental single-field agreements reported for filing (第十四条). */
export function readFilings(grid: SheetGrid, layout: SheetLayout): FilingRecord[] {
  return layout.dataRows.map((row) => {
    const r = rowReader(grid, layout, row);
    const signing = dateCell(r, "signingDate");
    const filing = dateCell(r, "filingDate");
    const counterpart = r.text("counterpart");
    const department = r.text("department") || counterpart;
    return {
      sheet: r.sheet,
      row,
      layout,
      department,
      counterpart,
      name: r.text("agreementName"),
      signing,
      filing,
      dates: [signing, filing],
      missing: signing.value.kind === "blank" ? ["signingDate"] : [],
    };
  });
}
