/*
 * The heavy parts are loaded here with import() only when needed, so that webpack puts each in a
 * chunk of its own and the pane's first load stays small: the greetings calendar (lunar-javascript)
 * and the letters' words when the view opens, the .ics writer (ics) and the .docx writer (docx)
 * when a download is asked for. Elsewhere only their types are imported.
 */
export const loadCalendar = () => import("../../../core/greetings/greetingsCalendar");
/** The drafts and their words, a chunk of their own: loaded when the view first shows. */
export const loadLetters = async () => ({
  ...(await import("../../../core/letters/draftFor")),
  LETTER_TEXT: (await import("../../../core/i18n/letters")).LETTER_TEXT,
});
export type Letters = Awaited<ReturnType<typeof loadLetters>>;
export const loadIcs = () => import("../../../core/greetings/calendarIcs");
export const loadDocx = () => import("../../../core/letters/letterDocx");
