import type { SheetLayout } from "../model";
import type { SheetGrid } from "../workbook";
import { parseRelation } from "../values/parseRelation";
import { parseTerm } from "../values/parseTerm";
import { isTerminated } from "../values/isTerminated";
import { parseCount } from "../values/parseCount";
import type { RegisterRecord } from "./records";
import { dateCell, rowReader, type DateCell } from "./rowReader";
import { foldText } from "../text/foldText";
import { chineseDigitsToArabic } from "../values/chineseNumber";

/** A renewal note written as a date that does not exist (2021-13-01, 2023年2月30日). */
function looksLikeDate(cell: DateCell): boolean {
  return cell.value.kind === "invalid" && DATE_SHAPED.test(foldText(chineseDigitsToArabic(cell.value.text)));
}
const DATE_SHAPED = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;

/** The register's rows: one agreement with one partner each. */
export function readRegister(grid: SheetGrid, layout: SheetLayout): RegisterRecord[] {
  return layout.dataRows.map((row) => {
    const r = rowReader(grid, layout, row);
    const signing = dateCell(r, "signingDate");
    const renewal = dateCell(r, "renewal");
    const npc = dateCell(r, "npcDate");
    const govMeeting = dateCell(r, "govMeetingDate");
    const end = dateCell(r, "endDate");
    const partner = r.text("partner");
    return {
      sheet: r.sheet,
      row,
      layout,
      partner,
      shortName: r.text("shortName"),
      relation: parseRelation(r.value("relation")),
      signing,
      renewal,
      npc,
      govMeeting,
      end,
      term: parseTerm(r.value("termYears")),
      terminated: isTerminated(r.value("status")),
      copies: parseCount(r.value("copies")),
      copiesHeld: parseCount(r.value("copiesHeld")),
      custodian: r.text("custodian"),
      divisionChange: r.text("divisionChange"),
      // Words in the renewal cell (协商中, 拟续签) are a note; only what is meant as a date is checked.
      dates: [
        signing,
        npc,
        govMeeting,
        end,
        ...(renewal.value.kind === "date" || looksLikeDate(renewal) ? [renewal] : []),
      ],
      missing: [
        ...(partner ? [] : ["partner" as const]),
        ...(signing.value.kind === "blank" ? ["signingDate" as const] : []),
      ],
    };
  });
}
