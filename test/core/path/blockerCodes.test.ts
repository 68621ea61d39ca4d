import { blockerCodes, blockersOfCodes } from "../../../src/core/path/blockerCodes";
import type { PathBlocker } from "../../../src/core/path/partnerPath";

test("every kind of blocker reads back as it was written", () => {
  const blockers: PathBlocker[] = [
    { kind: "conditions", met: 3, required: 5 },
    { kind: "leaderVisit" },
    { kind: "order", step: "npc", before: "govMeeting" },
    { kind: "skipped", step: "report" },
  ];
  expect(blockersOfCodes(blockerCodes(blockers))).toEqual(blockers);
  expect(blockersOfCodes(blockerCodes([]))).toEqual([]);
});

test("a code it does not know is left out rather than guessed", () => {
  expect(blockersOfCodes("leaderVisit order:npc:nowhere skipped:draft something")).toEqual([
    { kind: "leaderVisit" },
    { kind: "skipped", step: "draft" },
  ]);
});
