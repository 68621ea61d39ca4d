import type { SheetLayout } from "../model";
import type { SheetGrid } from "../workbook";
import type { FieldId } from "../detect/fields";
import type { LevelTable } from "../values/parseLevel";
import { levelClass } from "../values/parseLevel";
import { parseMark } from "../values/parseMark";
import { isRecorded } from "../values/isRecorded";
import type { CandidateRecord } from "./records";
import { dateCell, rowReader } from "./rowReader";

const CONDITIONS: FieldId[] = ["cond1", "cond2", "cond3", "cond4", "cond5"];

/** The cities under consideration, with the five conditions of 第五条 and the steps of 第六条. */
export function readCandidates(grid: SheetGrid, layout: SheetLayout, levels: LevelTable): CandidateRecord[] {
  return layout.dataRows.map((row) => {
    const r = rowReader(grid, layout, row);
    const preliminary = dateCell(r, "preliminaryDate");
    const report = dateCell(r, "reportDate");
    const draft = dateCell(r, "draftDate");
    const consulted = dateCell(r, "consultedDate");
    const request = dateCell(r, "requestDate");
    const govMeeting = dateCell(r, "govMeetingDate");
    const npc = dateCell(r, "npcDate");
    const signing = dateCell(r, "signingDate");
    const city = r.text("city");
    return {
      sheet: r.sheet,
      row,
      layout,
      city,
      level: r.text("level"),
      levelClass: levelClass(r.value("level"), levels),
      conditions: CONDITIONS.map((f) => parseMark(r.value(f))),
      preliminary,
      report,
      draft,
      consulted,
      request,
      govMeeting,
      npc,
      signing,
      leaderVisitNoted: isRecorded(r.value("leaderVisits")),
      dates: [preliminary, report, draft, consulted, request, govMeeting, npc, signing],
      missing: city ? [] : ["city"],
    };
  });
}
