import type { Lang } from "../core/model";
import { LANGS } from "../core/i18n/format";

/**
 * What one person prefers (the pane's language), kept in the browser's storage on their machine —
 * not in the workbook, whose settings everyone who opens it shares (src/core/storedSettings.ts).
 *
 * Keys are prefixed with Office's `partitionKey` where Office gives one: Office on the web
 * partitions an add-in's localStorage per host page and asks add-ins to do so. Where the webview
 * blocks localStorage (sandboxed frames, private modes) the choice lasts while the pane is open.
 *
 * Why not @microsoft/office-js-helpers' `Storage` here: the package is one UMD bundle that cannot
 * be tree-shaken, and importing any of it adds 13.4 KB gzip to taskpane.html (measured with
 * `webpack --mode production`: 201.4 KB with it, 188.0 KB without, against the pane's 200 KB
 * budget), for what these twenty lines do; and its Storage predates `partitionKey`.
 */
const PREFIX = "PartnerCities.";

interface Preferences {
  lang(): Lang | null;
  setLang(lang: Lang): void;
}

/** `partition`: Office.context.partitionKey, when Office gives one. */
export function createPreferences(partition = ""): Preferences {
  const memory = new Map<string, string>();
  const key = (name: string) => `${partition}${PREFIX}${name}`;
  const read = (name: string): string | null => {
    try {
      return window.localStorage.getItem(key(name));
    } catch {
      return memory.get(key(name)) ?? null;
    }
  };
  const write = (name: string, value: string): void => {
    try {
      window.localStorage.setItem(key(name), value);
    } catch {
      memory.set(key(name), value);
    }
  };
  return {
    lang() {
      const value = read("lang");
      return value !== null && (LANGS as readonly string[]).includes(value) ? (value as Lang) : null;
    },
    setLang(lang) {
      write("lang", lang);
    },
  };
}
