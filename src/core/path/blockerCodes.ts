import { PATH_STEPS, type PathBlocker, type PathStepId } from "./partnerPath";

/**
 * What blocks a path, as one line of plain data ("conditions:3:5 leaderVisit order:npc:govMeeting
 * skipped:report"). A finding's values are text or numbers, and a finding stays in no language
 * until it is shown: this is how PROC-NEXT carries its blockers to the message.
 */
export function blockerCodes(blockers: readonly PathBlocker[]): string {
  return blockers
    .map((b) => {
      switch (b.kind) {
        case "conditions":
          return `conditions:${b.met}:${b.required}`;
        case "leaderVisit":
          return "leaderVisit";
        case "order":
          return `order:${b.step}:${b.before}`;
        case "skipped":
          return `skipped:${b.step}`;
      }
    })
    .join(" ");
}

const isStep = (s: string | undefined): s is PathStepId => PATH_STEPS.some((step) => step === s);

/** The blockers of `blockerCodes`; a code it does not know is left out. */
export function blockersOfCodes(codes: string): PathBlocker[] {
  return codes
    .split(" ")
    .filter(Boolean)
    .flatMap((code): PathBlocker[] => {
      const [kind, a, b] = code.split(":");
      if (kind === "conditions" && Number.isInteger(Number(a)) && Number.isInteger(Number(b)))
        return [{ kind, met: Number(a), required: Number(b) }];
      if (kind === "leaderVisit") return [{ kind }];
      if (kind === "order" && isStep(a) && isStep(b)) return [{ kind, step: a, before: b }];
      if (kind === "skipped" && isStep(a)) return [{ kind, step: a }];
      return [];
    });
}
