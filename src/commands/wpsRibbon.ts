/**
 * The ribbon callbacks of ribbon.xml in WPS 表格: WPS calls the functions the add-in's entry page
 * puts on `window` by the names the XML gives (onLoad, onAction, getImage), with the control
 * whose `Id` is the button's id.
 *
 * - 打开任务窗格 opens the task pane (one per WPS window: its id is kept in PluginStorage, shared by
 *   the add-in's pages, and the same pane is shown again);
 * - 年度总结, 写入标注 and 起草文稿 run the same actions as the Excel ribbon's function buttons
 *   (ribbonActions.ts) on the WPS shell's services, and tell the one-line outcome. A message box
 *   cannot offer a file, so where an outcome comes with documents it says where the task pane
 *   offers them.
 */
import type { Lang } from "../core/model";
import type { AddinServices } from "../host/services";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";
import { RIBBON_ACTIONS, type RibbonFunction, type RibbonOutcome } from "./ribbonActions";

/** Button ids of ribbon.xml (test/commands/wpsRibbon.test.ts checks them against the file). */
export const WPS_BUTTONS = {
  btnOpenPane: "openPane",
  btnYearSummary: "showYearEndSummary",
  btnHighlights: "writeHighlights",
  btnDrafts: "makeDrafts",
} as const satisfies Record<string, "openPane" | RibbonFunction>;

type WpsButton = keyof typeof WPS_BUTTONS;

/** The icon WPS shows on each button, from the add-in's folder (assets/ is copied there). */
export const BUTTON_IMAGE = "assets/icon-32.png";
/** 起草文稿 has a page of its own, as on Excel's ribbon. */
export const BUTTON_IMAGES: Record<WpsButton, string> = {
  btnOpenPane: BUTTON_IMAGE,
  btnYearSummary: BUTTON_IMAGE,
  btnHighlights: BUTTON_IMAGE,
  btnDrafts: "assets/drafts-32.png",
};

/** Where PluginStorage keeps the task pane's id. */
export const PANE_ID_KEY = "PartnerCities.taskPaneId";

/** The part of WPS's add-in API the ribbon uses (wps-jsapi-declare's AddonRoot). */
export interface WpsAddinApi {
  readonly PluginStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string | number | boolean): void;
  };
  CreateTaskPane(url: string, title?: string): { readonly ID: number; Visible: boolean };
  GetTaskPane(id: number): { Visible: boolean };
}

interface WpsRibbonDeps {
  app: WpsAddinApi;
  services: () => AddinServices;
  lang: () => Lang;
  /** The task pane page's address. */
  paneUrl: string;
  paneTitle: (lang: Lang) => string;
  /** Shows the user an action's outcome (a WPS message box in the add-in). */
  tell: (outcome: RibbonOutcome) => void;
}

interface WpsRibbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  /** Resolves when the button's work is done; never rejects (its outcome is told instead). */
  OnAction(control: { Id: string }): Promise<void>;
  GetImage(control: { Id: string }): string;
}

export function wpsRibbon(deps: WpsRibbonDeps): WpsRibbon {
  const openPane = () => {
    const storage = deps.app.PluginStorage;
    const known = Number(storage.getItem(PANE_ID_KEY));
    if (known) {
      try {
        deps.app.GetTaskPane(known).Visible = true;
        return;
      } catch {
        // The pane was closed for good (its window went): a new one is made below.
      }
    }
    const pane = deps.app.CreateTaskPane(deps.paneUrl, deps.paneTitle(deps.lang()));
    storage.setItem(PANE_ID_KEY, pane.ID);
    pane.Visible = true;
  };
  return {
    OnAddinLoad: () => true,
    async OnAction(control) {
      const action = WPS_BUTTONS[control.Id as WpsButton];
      try {
        if (action === "openPane") return openPane();
        if (!action) return;
        const lang = deps.lang();
        const outcome = await RIBBON_ACTIONS[action](deps.services(), lang);
        const where = `${M.noDownloadInWps[lang]}${outcome.inPane ?? ""}`;
        deps.tell(outcome.documents ? { ...outcome, message: `${outcome.message} ${where}` } : outcome);
      } catch (error) {
        // The actions tell their own failures; this is the last guard (a pane WPS would not open).
        console.error(`友城工作: ${control.Id} failed`, error);
      }
    },
    GetImage: (control) => BUTTON_IMAGES[control.Id as WpsButton] ?? BUTTON_IMAGE,
  };
}
