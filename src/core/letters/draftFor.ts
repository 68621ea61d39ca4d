import type { IsoDate } from "../dates/isoDate";
import type { Lang } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import type { GreetingRow } from "../greetings/greetingsCalendar";
import { draftLetter, type Letter } from "./draftLetter";
import type { EventToAnswer } from "./eventsToAnswer";
import { letterTemplate } from "./builtInTemplate";
import type { LetterTemplateId } from "./letterTemplates";

/** What the task pane knows when it drafts: the letter's date, the language, the workbook's settings. */
export interface DraftContext {
  today: IsoDate;
  lang: Lang;
  settings?: Pick<Settings, "letterTemplates" | "letterSender">;
}

/**
 * The draft for an unanswered event, with the template suggested for it, or another the user
 * picked (an event of a type the office's words do not tell gets null without one).
 */
export function draftForEvent(
  event: EventToAnswer,
  context: DraftContext,
  template: LetterTemplateId | null = event.template,
): Letter | null {
  if (!template) return null;
  return draft(template, context, { partner: event.partner, occasion: event.occasion, occasionDate: event.date });
}

/** The draft for one partner of a greeting row: a festival letter, or an anniversary letter. */
export function draftForGreeting(greeting: GreetingRow, partner: string, context: DraftContext): Letter {
  const kind = greeting.kind === "anniversary" ? "anniversary" : "festival";
  return draft(kind, context, {
    partner,
    occasion: greeting.occasion,
    occasionDate: greeting.date,
    years: greeting.years,
  });
}

function draft(
  kind: LetterTemplateId,
  context: DraftContext,
  input: { partner: string; occasion: string; occasionDate: IsoDate | null; years?: number },
): Letter {
  const settings = context.settings ?? DEFAULT_SETTINGS;
  return draftLetter(letterTemplate(kind, context.lang, settings.letterTemplates), {
    ...input,
    kind,
    date: context.today,
    lang: context.lang,
    sender: settings.letterSender[context.lang],
  });
}
