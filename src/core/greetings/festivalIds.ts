import { FESTIVAL_ALIASES, FESTIVAL_NAMES } from "../i18n/greetings";
import { foldText } from "../text/foldText";

/**
 * The festivals the greetings calendar knows, and how settings name them. Their days are worked
 * out in festivals.ts, apart from this module, so that settings and the task pane's first load do
 * not carry the lunar calendar's tables.
 */
export const FESTIVAL_IDS = [
  "new-year",
  "spring-festival",
  "lantern",
  "qingming",
  "dragon-boat",
  "mid-autumn",
  "double-ninth",
  "national-day",
] as const;
export type FestivalId = (typeof FESTIVAL_IDS)[number];

/** The festivals greeted unless the settings say otherwise: 元旦, 春节, 中秋, 国庆. */
export const DEFAULT_FESTIVALS: FestivalId[] = ["new-year", "spring-festival", "mid-autumn", "national-day"];

/** How a festival is written in a setting: its id, its name in either language, or a common alias. */
export function festivalIdOf(written: string): FestivalId | null {
  const key = foldFestival(written);
  if (!key) return null;
  for (const id of FESTIVAL_IDS) {
    const names = [id, FESTIVAL_NAMES[id]["zh-CN"], FESTIVAL_NAMES[id]["en-US"], ...FESTIVAL_ALIASES[id]];
    if (names.some((n) => foldFestival(n) === key)) return id;
  }
  return null;
}

/** Width, case, spaces, apostrophes, and a final 节 / "festival" / "day" carry no meaning here. */
function foldFestival(s: string): string {
  return foldText(s)
    .toLowerCase()
    .replace(/['’\-_]/g, "")
    .replace(/(节|festival|day)$/u, "");
}
