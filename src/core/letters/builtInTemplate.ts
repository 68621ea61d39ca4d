import type { Lang } from "../model";
import type { Settings } from "../settings";
import { LETTER_TEMPLATE_TEXT } from "../i18n/letters";
import type { LetterTemplate, LetterTemplateId } from "./letterTemplates";

/**
 * The built-in drafts, apart from the template ids (letterTemplates.ts) that settings read, so that
 * the task pane loads their words only when it drafts a letter or shows the template editor.
 */
export function builtInTemplate(id: LetterTemplateId, lang: Lang): LetterTemplate {
  return { title: LETTER_TEMPLATE_TEXT[`${id}.title`][lang], body: LETTER_TEMPLATE_TEXT[`${id}.body`][lang] };
}

/** The office's own template when the settings hold one, else the built-in draft. */
export function letterTemplate(
  id: LetterTemplateId,
  lang: Lang,
  overrides: Settings["letterTemplates"] = {},
): LetterTemplate {
  return overrides[lang]?.[id] ?? builtInTemplate(id, lang);
}
