import type { GreetingRow } from "../../../core/greetings/greetingsCalendar";
import type { EventToAnswer } from "../../../core/letters/eventsToAnswer";

/** A row's identity across renders: what the pane keeps selected. */
export const greetingKey = (g: GreetingRow) => `g|${g.kind}|${g.date}|${g.festival ?? g.partners.join("|")}`;
export const eventKey = (e: EventToAnswer) => `e|${e.at.sheet}|${e.at.row}`;

/** The line under an action: what it did, or why it could not. */
export type Status = { intent: "success" | "error" | "info"; text: string } | null;

/** An error's name only (never its stack), for the "could not be made" message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}
