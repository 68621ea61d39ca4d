/** The task pane's texts, in the two languages of the add-in (the manifest has the same two). */

export type Locale = "zh-CN" | "en-US";

export interface TaskpaneStrings {
  title: string;
  comingLater: string;
}

export const strings: Record<Locale, TaskpaneStrings> = {
  "zh-CN": {
    title: "友城工作",
    comingLater: "任务窗格将在后续版本中提供。",
  },
  "en-US": {
    title: "Partner Cities",
    comingLater: "The task pane comes in a later version.",
  },
};

/** zh-CN for any Chinese language tag or none, en-US for every other language. */
export function pickLocale(languageTag: string | null | undefined): Locale {
  if (!languageTag) return "zh-CN";
  return languageTag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
